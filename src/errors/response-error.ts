import { PostHogError } from "./posthog-error.js";

/** A successful status whose body cannot be read as the operation's format (for example bad JSON). */
export class PostHogResponseError extends PostHogError {
  override name = "PostHogResponseError";

  constructor(
    message: string,
    readonly status: number,
    readonly method: string,
    readonly path: string,
    /** The start of the body, at most 500 characters. */
    readonly bodyPreview: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
