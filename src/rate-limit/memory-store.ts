// The in-process store: budgets in a Map, on this process's monotonic clock. Synchronous, so the
// limiter costs well under a microsecond per call when there is room.
import { SlidingWindow } from "./sliding-window.js";
import type { RateLimitBudget, RateLimitStore } from "./store.js";

export function createMemoryRateLimitStore(
  now: () => number = () => performance.now(),
): RateLimitStore {
  const windows = new Map<string, SlidingWindow>();
  // The windows of the budgets being taken, found once (take is synchronous).
  const scratch: SlidingWindow[] = [];
  const windowOf = (budget: RateLimitBudget): SlidingWindow => {
    let window = windows.get(budget.id);
    if (!window) windows.set(budget.id, (window = new SlidingWindow()));
    return window;
  };
  return {
    take(budgets, holdMs) {
      const at = now();
      let wait = 0;
      for (let i = 0; i < budgets.length; i++) {
        const budget = budgets[i]!;
        const window = (scratch[i] = windowOf(budget));
        const w = window.wait(at, budget.requests, budget.windowMs, holdMs);
        if (w > wait) wait = w;
      }
      if (wait > 0) return wait;
      for (let i = 0; i < budgets.length; i++) scratch[i]!.take(at);
      return 0;
    },
    settle(budgets) {
      const at = now();
      for (const budget of budgets) windowOf(budget).settle(at);
    },
    pause(budgets, ms) {
      const at = now();
      for (const budget of budgets) windowOf(budget).pause(at, ms);
    },
  };
}

let shared: RateLimitStore | undefined;

/** The default store: one per process, so clients created with the same key share its budgets. */
export function sharedMemoryStore(): RateLimitStore {
  return (shared ??= createMemoryRateLimitStore());
}
