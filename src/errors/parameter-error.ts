import { PostHogError } from "./posthog-error.js";

/** A path or query parameter that cannot be sent as given. Thrown before any request. */
export class PostHogParameterError extends PostHogError {
  override name = "PostHogParameterError";

  constructor(
    readonly parameter: string,
    readonly location: "path" | "query",
    message: string,
  ) {
    super(message);
  }
}
