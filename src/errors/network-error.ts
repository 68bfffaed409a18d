import { PostHogError } from "./posthog-error.js";

/** The request could not be completed: connection refused or reset, DNS failure, a body cut short. */
export class PostHogNetworkError extends PostHogError {
  override name = "PostHogNetworkError";

  constructor(
    message: string,
    readonly method: string,
    readonly path: string,
    /** How many times the request was sent, retries included. */
    readonly attempts: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
