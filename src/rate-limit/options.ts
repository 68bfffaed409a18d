// The public `rateLimit` option of createPostHogClient.
import type { RateLimitStore } from "./store.js";

/** A budget: at most `requests` in any trailing `perSeconds` seconds. */
export interface RateLimit {
  requests: number;
  perSeconds: number;
}

export interface RateLimitOptions {
  /** Where budgets are kept. Default: one in-process store shared by this process's clients.
   * `createRedisRateLimitStore(...)` shares them between processes. */
  store?: RateLimitStore | undefined;
  /** Rates by PostHog throttle scope, replacing the built-in ones (such as `clickhouse_burst`).
   * A name that is no PostHog scope adds a budget that every request draws from. */
  limits?: Record<string, RateLimit> | undefined;
}

/** What the limiter logs: waits for budget (debug) and pauses after a 429 (warn). The fields
 * name the attempt's method and path template, its scopes, and the wait. */
export interface RateLimitLogger {
  debug?(message: string, fields: RateLimitLogFields): void;
  warn?(message: string, fields: RateLimitLogFields): void;
}

export interface RateLimitLogFields {
  method: string;
  path: string;
  scopes?: string[];
  waitMs?: number;
  retryAfterMs?: number;
  error?: unknown;
}
