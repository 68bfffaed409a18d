// When to retry, and how long to wait. Pure functions: the transport applies them, and errors use
// the same one to say how long the server asked to wait.

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

/** No sleep is ever longer than this, whatever the options say. */
export const MAX_SLEEP_MS = 10 * 60_000;

const RETRY_STATUSES = new Set([408, 429, 500, 502, 503, 504]);
const IDEMPOTENT = new Set(["GET", "HEAD", "OPTIONS", "DELETE", "PUT"]);
/** Failures that prove the request never reached the server. */
const NOT_SENT_CODES = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN"]);

export type AttemptOutcome =
  | { kind: "status"; status: number }
  | { kind: "network"; code: string | undefined }
  | { kind: "timeout" };

/** Retry options made safe: every value a finite number in range, defaults where unusable. */
export function resolveRetry(retry: false | RetryOptions | undefined): Required<RetryOptions> {
  if (retry === false) return { ...RETRY_DEFAULTS, maxRetries: 0 };
  const pick = (name: keyof RetryOptions, max: number) => {
    const value = retry?.[name];
    return typeof value === "number" && Number.isFinite(value) && value >= 0
      ? Math.min(value, max)
      : RETRY_DEFAULTS[name];
  };
  return {
    maxRetries: Math.floor(pick("maxRetries", 100)),
    baseDelayMs: pick("baseDelayMs", MAX_SLEEP_MS),
    maxDelayMs: pick("maxDelayMs", MAX_SLEEP_MS),
    maxRetryAfterMs: pick("maxRetryAfterMs", MAX_SLEEP_MS),
  };
}

/**
 * Whether an attempt that ended this way may be retried. Idempotent methods are retried on any
 * transient failure. POST and PATCH only when the server provably did not act: a 429 (refused before
 * the view runs) or a connection that was never made; never after a 5xx, a timeout or a reset, and
 * never once any answer came back before (a redirect included): `answeredBefore`.
 */
export function isRetryable(
  method: string,
  outcome: AttemptOutcome,
  answeredBefore = false,
): boolean {
  const idempotent = IDEMPOTENT.has(method.toUpperCase());
  if (!idempotent && answeredBefore) return false;
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
  const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** retryIndex, MAX_SLEEP_MS);
  return Math.floor(random() * ceiling);
}

// RFC 9110 HTTP-date: IMF-fixdate, or the obsolete RFC 850 and asctime forms.
const DAY = "(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)";
const LONG_DAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
const MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)";
const TIME = "\\d\\d:\\d\\d:\\d\\d";
const HTTP_DATE = new RegExp(
  `^(?:${DAY}, \\d\\d ${MONTH} \\d{4} ${TIME} GMT|${LONG_DAY}, \\d\\d-${MONTH}-\\d\\d ${TIME} GMT|${DAY} ${MONTH} [ \\d]\\d ${TIME} \\d{4})$`,
);

/**
 * `Retry-After` in milliseconds: delay-seconds (digits, a fraction tolerated) or an HTTP-date (RFC
 * 9110); undefined when absent or anything else (`-1`, `1 2`, `soon 5` are not dates).
 */
export function parseRetryAfter(value: string | null | undefined, now: number): number | undefined {
  if (value === null || value === undefined) return undefined;
  const text = value.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Math.ceil(Number(text) * 1000);
  if (!HTTP_DATE.test(text)) return undefined;
  const date = Date.parse(text.includes("-") ? text.replace(/-/g, " ") : text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** How long the server asked to wait, in ms: `Retry-After`, else PostHog's "Expected available in N seconds". */
export function serverDelayMs(
  retryAfter: string | null | undefined,
  detail: string | undefined,
  now: number,
): number | undefined {
  const fromHeader = parseRetryAfter(retryAfter, now);
  if (fromHeader !== undefined) return fromHeader;
  const seconds = /available in (\d+(?:\.\d+)?) seconds?/i.exec(detail ?? "")?.[1];
  return seconds === undefined ? undefined : Math.ceil(Number(seconds) * 1000);
}

/**
 * The one decision of how long to wait before retry number `retryIndex + 1`, or undefined when the
 * answer should be given back now: the server's wait (429 and 503) when it asked for one within
 * maxRetryAfterMs, else backoff. Every wait is finite and capped.
 */
export function retryDelay(
  serverMs: number | undefined,
  retryIndex: number,
  options: Required<RetryOptions>,
  random: () => number,
): number | undefined {
  if (serverMs === undefined) return backoffDelay(retryIndex, options, random);
  // Asked to wait longer than allowed: give the answer back now rather than hold the caller.
  return serverMs > options.maxRetryAfterMs ? undefined : Math.min(serverMs, MAX_SLEEP_MS);
}
