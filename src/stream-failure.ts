// Errors while reading a streamed body (CSV rows, the tile stream) become typed errors: the caller's
// abort reason when it cancelled, a PostHogNetworkError when the connection dropped mid-body.
import { PostHogError } from "./errors/posthog-error.js";
import { PostHogNetworkError } from "./errors/network-error.js";

export function streamFailure(
  error: unknown,
  signal: AbortSignal | null | undefined,
  pathname: string,
  what: string,
): unknown {
  if (signal?.aborted) return signal.reason;
  if (error instanceof PostHogError) return error;
  return new PostHogNetworkError(
    `GET ${pathname}: ${what} was cut short before it ended. Retry the call.`,
    "GET",
    pathname,
    1,
    { cause: error },
  );
}
