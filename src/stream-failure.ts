// Errors while reading a streamed body (CSV rows, the tile stream) become typed errors: the caller's
// abort reason when it cancelled, a PostHogNetworkError when the connection dropped (before or in the
// middle of the body). What they show is scrubbed of the client's keys (and of any other values the
// caller's `scrub` covers, such as session cookies): parsers quote the bytes they could not read.
import { PostHogError } from "./errors/posthog-error.js";
import { PostHogNetworkError } from "./errors/network-error.js";

/** Scrubs credentials from text. */
export type Scrub = (text: string) => string;

/** A foreign error as a plain Error with only its name, message and code, scrubbed: no record, no
 * raw field, no nested cause (csv-parse keeps the record; JSON.parse quotes the text). */
export function scrubbedCause(error: unknown, scrub: Scrub): Error {
  const copy = new Error(scrub(error instanceof Error ? error.message : String(error)));
  copy.name = error instanceof Error ? error.name : "Error";
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === "string") Object.assign(copy, { code });
  return copy;
}

export function streamFailure(
  error: unknown,
  signal: AbortSignal | null | undefined,
  pathname: string,
  what: string,
  scrub: Scrub,
): unknown {
  if (signal?.aborted) return signal.reason;
  if (error instanceof PostHogError) return error;
  return new PostHogNetworkError(
    `GET ${scrub(pathname)}: ${what} was cut short before it ended. Retry the call.`,
    "GET",
    scrub(pathname),
    1,
    { cause: scrubbedCause(error, scrub) },
  );
}
