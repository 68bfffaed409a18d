// The gate the call path goes through before each attempt: it takes a slot in every budget the
// attempt draws from, waiting (abortably) while any is full or paused, and settles the slot when
// the answer comes. A 429 with Retry-After pauses those budgets for every caller of the store.
import type { RateLimit, RateLimitLogger } from "./options.js";
import { windowMs } from "./sliding-window.js";
import type { RateLimitBudget, RateLimitStore } from "./store.js";
import type { RateLimitAttempt, RateLimitGate } from "./types.js";

export interface GateConfig {
  store: RateLimitStore;
  /** Rates by scope. An attempt's scopes without a rate draw from no budget. */
  rates: Readonly<Record<string, RateLimit>>;
  /** Scopes every attempt draws from, besides its own. */
  everyAttempt: readonly string[];
  /** Names the PostHog host in budgets (its budgets are not another host's). */
  hostId: string;
  /** How long an unsettled slot is held at most: longer than any attempt can take. */
  holdMs: number;
  logger?: RateLimitLogger | undefined;
  now?: () => number;
}

const NO_WAIT = Promise.resolve(0);

export function createGate(config: GateConfig): RateLimitGate {
  const { store, rates, everyAttempt, hostId, holdMs, logger } = config;
  const now = config.now ?? (() => performance.now());
  // Budgets by the attempt's scopes (a handful of distinct lists: one per viewset), then by key.
  const byScopes = new Map<string, Map<string, RateLimitBudget[]>>();

  // The last attempt's budgets: acquire and observe of one attempt, and runs of one operation,
  // find them again without building the key.
  let last: { scopes: readonly string[]; keyId: string; budgets: RateLimitBudget[] } | undefined;

  function budgetsOf(attempt: RateLimitAttempt): RateLimitBudget[] {
    if (last && last.scopes === attempt.scopes && last.keyId === attempt.keyId) return last.budgets;
    const budgets = findBudgets(attempt);
    last = { scopes: attempt.scopes, keyId: attempt.keyId, budgets };
    return budgets;
  }

  function findBudgets(attempt: RateLimitAttempt): RateLimitBudget[] {
    const scopesKey = attempt.scopes.join(" ");
    let byKey = byScopes.get(scopesKey);
    if (!byKey) byScopes.set(scopesKey, (byKey = new Map()));
    let budgets = byKey.get(attempt.keyId);
    if (!budgets) {
      const owner = `${hostId}.${attempt.keyId}`;
      budgets = [...new Set([...attempt.scopes, ...everyAttempt])]
        .filter((scope) => rates[scope] !== undefined)
        .map((scope) => ({
          owner,
          scope,
          id: `${owner}:${scope}`,
          requests: rates[scope]!.requests,
          windowMs: windowMs(rates[scope]!.perSeconds),
        }));
      byKey.set(attempt.keyId, budgets);
    }
    return budgets;
  }

  async function waitFor(
    attempt: RateLimitAttempt,
    budgets: RateLimitBudget[],
    first: number | Promise<number>,
    signal: AbortSignal,
  ): Promise<number> {
    const start = now();
    let wait = await first;
    let logged = false;
    for (;;) {
      if (signal.aborted) {
        if (wait === 0) quietly(attempt, () => store.settle(budgets));
        throw signal.reason;
      }
      if (wait === 0) return now() - start;
      if (!logged) {
        logged = true;
        logger?.debug?.(
          `${attempt.method} ${attempt.path} waits ${Math.ceil(wait)} ms for PostHog's rate limit (${budgets.map((b) => b.scope).join(", ")})`,
          {
            method: attempt.method,
            path: attempt.path,
            scopes: budgets.map((b) => b.scope),
            waitMs: Math.ceil(wait),
          },
        );
      }
      await sleep(wait, signal);
      wait = await store.take(budgets, holdMs);
    }
  }

  function warn(attempt: RateLimitAttempt, error: unknown): void {
    logger?.warn?.(`The rate limiter's store failed: ${(error as Error)?.message ?? error}`, {
      method: attempt.method,
      path: attempt.path,
      error,
    });
  }

  function quietly(attempt: RateLimitAttempt, step: () => void | Promise<void>): void {
    try {
      step()?.catch((error: unknown) => warn(attempt, error));
    } catch (error) {
      warn(attempt, error);
    }
  }

  return {
    acquire(attempt, signal) {
      if (signal.aborted) return Promise.reject(signal.reason);
      const budgets = budgetsOf(attempt);
      if (budgets.length === 0) return NO_WAIT;
      try {
        const first = store.take(budgets, holdMs);
        return first === 0 ? NO_WAIT : waitFor(attempt, budgets, first, signal);
      } catch (error) {
        return Promise.reject(error);
      }
    },
    observe(attempt, status, retryAfterMs) {
      const budgets = budgetsOf(attempt);
      if (budgets.length === 0) return;
      try {
        store.settle(budgets)?.catch((error: unknown) => warn(attempt, error));
      } catch (error) {
        warn(attempt, error);
      }
      if (status === 429 && retryAfterMs !== undefined && retryAfterMs > 0) {
        logger?.warn?.(
          `${attempt.method} ${attempt.path} got a 429: every caller sharing its budgets (${budgets.map((b) => b.scope).join(", ")}) pauses for ${retryAfterMs} ms`,
          {
            method: attempt.method,
            path: attempt.path,
            scopes: budgets.map((b) => b.scope),
            retryAfterMs,
          },
        );
        quietly(attempt, () => store.pause(budgets, retryAfterMs));
      }
    },
  };
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      resolve();
    }, Math.ceil(ms));
    signal.addEventListener("abort", onAbort, { once: true });
  });
}
