// A failed attempt in words and numbers: the wait the server asked for, what the log says, and the
// error thrown once the transport gives up. Loaded with the first failure; a call that succeeds at
// once never needs it.
import { readErrorFields, parseErrorBody } from "../error-body.js";
import { PostHogNetworkError } from "../errors/network-error.js";
import { PostHogTimeoutError } from "../errors/timeout-error.js";
import { serverDelayMs, type AttemptOutcome } from "../retry.js";
import type { Answer, Outgoing, TransportConfig } from "./outgoing.js";
import { decodeText } from "./read-body.js";

/** The wait the server asked for, on a 429 or 503: Retry-After, else PostHog's detail. */
export function askedDelay(answer: Omit<Answer, "attempts">, now: number): number | undefined {
  const { status, headers } = answer.response;
  if (status !== 429 && status !== 503) return undefined;
  const header = headers.get("retry-after");
  const detail =
    header === null && answer.bytes
      ? readErrorFields(parseErrorBody(decodeText(answer.bytes))).detail
      : undefined;
  return serverDelayMs(header, detail, now);
}

export function describe(outcome: AttemptOutcome, timeoutMs: number): string {
  if (outcome.kind === "status") return `answered ${outcome.status}`;
  if (outcome.kind === "timeout") return `timed out after ${timeoutMs} ms`;
  return `could not complete the request${outcome.code ? ` (${outcome.code})` : ""}`;
}

export const tries = (attempts: number) => (attempts === 1 ? "1 attempt" : `${attempts} attempts`);

export function attemptError(
  config: TransportConfig,
  out: Outgoing,
  outcome: AttemptOutcome,
  cause: unknown,
  attempts: number,
): Error {
  const { method, where, timeoutMs } = out;
  if (outcome.kind === "timeout") {
    return new PostHogTimeoutError(
      `${method} ${where} timed out after ${timeoutMs} ms (${tries(attempts)}). Raise timeoutMs, or retry later.`,
      method,
      where,
      timeoutMs,
      attempts,
    );
  }
  const code = outcome.kind === "network" && outcome.code ? ` (${outcome.code})` : "";
  return new PostHogNetworkError(
    `${method} ${where} failed: could not complete the request${code} after ${tries(attempts)}. ` +
      `Check the host and the network, then retry.`,
    method,
    where,
    attempts,
    { cause: config.secrets.error(cause) },
  );
}
