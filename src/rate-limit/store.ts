// Where budgets live: in this process (the default) or shared by a fleet (Redis). A store applies
// the sliding-window rule of sliding-window.ts atomically, so callers never count apart.

/** One budget a request draws from: one throttle scope of one key (of one PostHog host). */
export interface RateLimitBudget {
  /** Whose budget: hashes of the PostHog host and of the key (never the key itself). */
  readonly owner: string;
  /** PostHog's throttle scope, such as "clickhouse_burst". */
  readonly scope: string;
  /** `owner:scope`, the budget's name. */
  readonly id: string;
  /** Requests allowed in the trailing window. */
  readonly requests: number;
  /** The trailing window in milliseconds, safety margin included. */
  readonly windowMs: number;
}

/**
 * A place to keep budgets. Each method applies to every budget given, atomically: a store shared
 * by several processes must not let two of them take the same last slot.
 */
export interface RateLimitStore {
  /**
   * Takes one slot in every budget if each has room and none is paused, and returns 0. Otherwise
   * takes nothing and returns how many milliseconds to wait before asking again. A slot taken and
   * never settled counts as answered `holdMs` after it was taken.
   */
  take(budgets: readonly RateLimitBudget[], holdMs: number): number | Promise<number>;
  /** One slot taken in each budget was answered (or given up) now: its window starts now. */
  settle(budgets: readonly RateLimitBudget[]): void | Promise<void>;
  /** Nothing is taken from these budgets, by any caller, for `ms` (a 429's Retry-After). */
  pause(budgets: readonly RateLimitBudget[], ms: number): void | Promise<void>;
  /** Releases what the store opened (a Redis connection it made). */
  close?(): Promise<void>;
}
