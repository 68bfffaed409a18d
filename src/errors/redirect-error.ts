import { PostHogError } from "./posthog-error.js";

export type RedirectStopReason =
  "other-origin" | "downgrade" | "too-many" | "method-change" | "unreadable";

/** The server answered with a redirect the client will not follow. Nothing was sent to its target. */
export class PostHogRedirectError extends PostHogError {
  override name = "PostHogRedirectError";

  constructor(
    message: string,
    readonly reason: RedirectStopReason,
    readonly method: string,
    /** The request that was redirected (path and query, credentials masked). */
    readonly path: string,
    readonly status: number,
    /** The refused Location, without user info and with credentials in its query masked. */
    readonly location: string,
    /** Redirects followed before this one. */
    readonly hops: number,
  ) {
    super(message);
  }
}
