// When to retry, and how long to wait. Pure functions: the transport applies them.

export interface RetryOptions {
  /** Retries after the first attempt (default 2). */
  maxRetries?: number;
  /** The first backoff step, in milliseconds (default 500); each retry doubles it. */
  baseDelayMs?: number;
  /** The largest backoff step, in milliseconds (default 8000). */
  maxDelayMs?: number;
  /** The longest `Retry-After` honoured, in milliseconds (default 60 000). A longer one is not
   * waited for: the answer is returned (or thrown) at once, saying how long to wait. */
  maxRetryAfterMs?: number;
}

export const RETRY_DEFAULTS: Required<RetryOptions> = {
  maxRetries: 2,
  baseDelayMs: 500,
  maxDelayMs: 8_000,
  maxRetryAfterMs: 60_000,
};

const RETRY_STATUSES = new Set([408, 429, 500, 502, 503, 504]);
const IDEMPOTENT = new Set(["GET", "HEAD", "OPTIONS", "DELETE", "PUT"]);
/** Failures that prove the request never reached the server. */
const NOT_SENT_CODES = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN"]);

export type AttemptOutcome =
  | { kind: "status"; status: number }
  | { kind: "network"; code: string | undefined }
  | { kind: "timeout" };

/**
 * Whether an attempt that ended this way may be retried. Idempotent methods are retried on any
 * transient failure. POST and PATCH only when the server provably did not act: a 429 (refused before
 * the view runs) or a connection that was never made; never after a 5xx, a timeout or a reset.
 */
export function isRetryable(method: string, outcome: AttemptOutcome): boolean {
  const idempotent = IDEMPOTENT.has(method.toUpperCase());
  switch (outcome.kind) {
    case "status":
      return RETRY_STATUSES.has(outcome.status) && (idempotent || outcome.status === 429);
    case "network":
      return idempotent || (outcome.code !== undefined && NOT_SENT_CODES.has(outcome.code));
    case "timeout":
      return idempotent;
  }
}

/** Exponential backoff with full jitter: a uniform wait in [0, min(max, base * 2^retryIndex)). */
export function backoffDelay(
  retryIndex: number,
  options: Required<RetryOptions>,
  random: () => number,
): number {
  const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** retryIndex);
  return Math.floor(random() * ceiling);
}

/** `Retry-After` in milliseconds: delta-seconds or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (value === null || value.trim() === "") return undefined;
  if (/^\s*\d+(\.\d+)?\s*$/.test(value)) return Math.ceil(Number(value) * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
