import { PostHogError } from "./posthog-error.js";

export type PaginationStopReason =
  "other-origin" | "user-info" | "other-path" | "repeated" | "no-progress" | "unreadable";

/** Pagination stopped rather than follow a `next` link that is unsafe or would loop. Nothing was sent to it. */
export class PostHogPaginationError extends PostHogError {
  override name = "PostHogPaginationError";

  constructor(
    message: string,
    readonly reason: PaginationStopReason,
    /** The refused link, with credentials in its query masked and no user info. */
    readonly url: string,
  ) {
    super(message);
  }
}
