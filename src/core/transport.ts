// The attempts of one call: send, decide, wait, send again. Retries follow src/retry.ts; the one
// delay function decides every wait; each attempt, retry, wait and failure is logged.
import { readErrorFields, parseErrorBody } from "../error-body.js";
import { PostHogNetworkError } from "../errors/network-error.js";
import { PostHogTimeoutError } from "../errors/timeout-error.js";
import { isRetryable, retryDelay, serverDelayMs, type AttemptOutcome } from "../retry.js";
import { attempt } from "./attempt.js";
import type { Answer, Outgoing, TransportConfig } from "./outgoing.js";
import { decodeText } from "./read-body.js";

export async function sendAttempts(config: TransportConfig, out: Outgoing): Promise<Answer> {
  const { clock, log } = config;
  const { method, where } = out;
  out.signal?.throwIfAborted();
  // A write is never sent again once an answer other than a 429 came back (a redirect included).
  let answeredBefore = false;
  for (let number = 1; ; number++) {
    const result = await attempt(config, out, number);
    const status = result.ok ? result.answer.response.status : undefined;
    const outcome: AttemptOutcome = result.ok
      ? { kind: "status", status: status! }
      : result.outcome;
    const answeredNow = result.ok ? result.answer.hops > 0 : result.answered;
    const fields = { method, path: where, attempt: number, durationMs: result.durationMs };
    if (result.ok) {
      log?.(
        "debug",
        `${method} ${where} answered ${status} in ${result.durationMs} ms (attempt ${number})`,
        {
          ...fields,
          status,
        },
      );
      if (result.answer.response.ok) return { ...result.answer, attempts: number };
    }
    const retryable =
      number <= out.retry.maxRetries && isRetryable(method, outcome, answeredBefore || answeredNow);
    answeredBefore ||= answeredNow || (status !== undefined && status !== 429);
    const wait = retryable
      ? retryDelay(
          result.ok ? askedDelay(result.answer, clock.now()) : undefined,
          number - 1,
          out.retry,
          clock.random,
        )
      : undefined;
    const what = describe(outcome, out.timeoutMs);
    if (wait === undefined) {
      log?.("info", `${method} ${where} failed: ${what} (${tries(number)})`, {
        ...fields,
        ...(status === undefined ? {} : { status }),
      });
      if (result.ok) return { ...result.answer, attempts: number };
      throw attemptError(config, out, outcome, result.error, number);
    }
    log?.("info", `${method} ${where} ${what} (attempt ${number}); retrying in ${wait} ms`, {
      ...fields,
      ...(status === undefined ? {} : { status }),
      waitMs: wait,
    });
    await clock.sleep(wait, out.signal);
  }
}

/** The wait the server asked for, on a 429 or 503: Retry-After, else PostHog's detail. */
function askedDelay(answer: Omit<Answer, "attempts">, now: number): number | undefined {
  const { status, headers } = answer.response;
  if (status !== 429 && status !== 503) return undefined;
  const header = headers.get("retry-after");
  const detail =
    header === null && answer.bytes
      ? readErrorFields(parseErrorBody(decodeText(answer.bytes))).detail
      : undefined;
  return serverDelayMs(header, detail, now);
}

function describe(outcome: AttemptOutcome, timeoutMs: number): string {
  if (outcome.kind === "status") return `answered ${outcome.status}`;
  if (outcome.kind === "timeout") return `timed out after ${timeoutMs} ms`;
  return `could not complete the request${outcome.code ? ` (${outcome.code})` : ""}`;
}

const tries = (attempts: number) => (attempts === 1 ? "1 attempt" : `${attempts} attempts`);

function attemptError(
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
