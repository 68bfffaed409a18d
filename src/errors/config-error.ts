import { PostHogError } from "./posthog-error.js";

/** Bad client options: thrown by createPostHogClient (or when a key provider returns a bad key). */
export class PostHogConfigError extends PostHogError {
  override name = "PostHogConfigError";

  constructor(
    /** The option to fix, such as "apiKey", "host" or "projectId". */
    readonly option: string,
    message: string,
  ) {
    super(message);
  }
}
