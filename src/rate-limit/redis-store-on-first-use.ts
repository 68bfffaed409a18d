// createRedisRateLimitStore as the package exports it: the store's code (and its Lua script) loads
// on the store's first use, so it stays out of what an import loads. Every store call is
// asynchronous anyway (it goes to Redis).
import type { RedisRateLimitStoreOptions } from "./redis-store.js";
import type { RateLimitStore } from "./store.js";

export function createRedisRateLimitStore(options: RedisRateLimitStoreOptions): RateLimitStore {
  let store: Promise<RateLimitStore> | undefined;
  const open = () =>
    (store ??= import("./redis-store.js").then((m) => m.createRedisRateLimitStore(options)));
  return {
    take: async (budgets, holdMs) => (await open()).take(budgets, holdMs),
    settle: async (budgets) => (await open()).settle(budgets),
    pause: async (budgets, ms) => (await open()).pause(budgets, ms),
    // Nothing was opened before the first use, so there is nothing to close.
    close: async () => void (await (await store)?.close?.()),
  };
}
