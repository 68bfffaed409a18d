// The attempts of one call: send, decide, wait, send again. Retries follow src/retry.ts; the one
// delay function decides every wait; each attempt, retry, wait and failure is logged.
import { isRetryable, retryDelay, type AttemptOutcome } from "../retry.js";
import { attempt } from "./attempt.js";
import type { Answer, Outgoing, TransportConfig } from "./outgoing.js";

/** Loaded with the first failed attempt: its words, its asked-for wait, its error. */
const loadFailedAttempt = () => import("./failed-attempt.js");

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
    const { askedDelay, attemptError, describe, tries } = await loadFailedAttempt();
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
