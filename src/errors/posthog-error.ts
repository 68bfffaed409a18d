/** The base of every error this client throws. */
export class PostHogError extends Error {
  override name = "PostHogError";

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}
