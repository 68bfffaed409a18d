import { PostHogError } from "./posthog-error.js";

/** An attempt took longer than `timeoutMs` (and no retry was left or allowed). */
export class PostHogTimeoutError extends PostHogError {
  override name = "PostHogTimeoutError";

  constructor(
    message: string,
    readonly method: string,
    readonly path: string,
    readonly timeoutMs: number,
    readonly attempts: number,
  ) {
    super(message);
  }
}
