import { PostHogError } from "./posthog-error.js";

/** A response body grew past `maxResponseBytes` (counted after decoding); reading stopped there. */
export class PostHogResponseTooLargeError extends PostHogError {
  override name = "PostHogResponseTooLargeError";

  constructor(
    message: string,
    readonly status: number,
    readonly method: string,
    readonly path: string,
    /** The limit, in decoded bytes. */
    readonly maxResponseBytes: number,
  ) {
    super(message);
  }
}
