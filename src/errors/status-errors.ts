// PostHogApiError by status, as the OpenAI and Stripe SDKs have: catch the case you handle.
import { PostHogApiError } from "./api-error.js";

/** 400, 409, 422 and other 4xx a request's content caused: PostHog's `attr` names the field. */
export class PostHogValidationError extends PostHogApiError {
  override name = "PostHogValidationError";
}

/** 401: the key (or the session credentials) was not accepted. */
export class PostHogAuthenticationError extends PostHogApiError {
  override name = "PostHogAuthenticationError";
}

/** 403: a scope is missing, the key cannot reach the project, or the operation refuses keys. */
export class PostHogPermissionError extends PostHogApiError {
  override name = "PostHogPermissionError";
}

/** 404: no such object (or project) for this key. */
export class PostHogNotFoundError extends PostHogApiError {
  override name = "PostHogNotFoundError";
}

/** 429: throttled; `retryAfterSeconds` says how long PostHog asked to wait. */
export class PostHogRateLimitError extends PostHogApiError {
  override name = "PostHogRateLimitError";
}

/** 5xx: PostHog (or a proxy before it) could not handle the request. */
export class PostHogServerError extends PostHogApiError {
  override name = "PostHogServerError";
}
