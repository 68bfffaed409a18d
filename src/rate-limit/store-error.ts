import { PostHogError } from "../errors/posthog-error.js";

/** The rate limiter's shared store (Redis) could not be reached or did not answer in time. No
 * request was sent: without the store, the fleet's budget is unknown. */
export class PostHogRateLimitStoreError extends PostHogError {
  override name = "PostHogRateLimitStoreError";
}
