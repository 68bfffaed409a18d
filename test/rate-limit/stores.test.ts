// The two stores apply the same rule: the same steps give the same answers from the in-process
// store and from a real Redis (the Lua script). Windows are long (10 s) so the few milliseconds the
// steps take cannot change an answer.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMemoryRateLimitStore } from "../../src/rate-limit/memory-store.js";
import { createRedisRateLimitStore } from "../../src/rate-limit/redis-store.js";
import { windowMs } from "../../src/rate-limit/sliding-window.js";
import type { RateLimitBudget, RateLimitStore } from "../../src/rate-limit/store.js";
import { startRedis, type TestRedis } from "../../bench/fleet-redis.js";

let redis: TestRedis;
const opened: RateLimitStore[] = [];
beforeAll(async () => {
  redis = await startRedis();
});
afterAll(async () => {
  for (const store of opened) await store.close?.();
  await redis?.stop();
});

let owners = 0;
/** Budgets of a fresh owner, so no two tests share state in Redis. */
function budgets(...rates: [scope: string, requests: number][]): RateLimitBudget[] {
  const owner = `h.k${owners++}`;
  return rates.map(([scope, requests]) => ({
    owner,
    scope,
    id: `${owner}:${scope}`,
    requests,
    windowMs: windowMs(10),
  }));
}

const stores: [string, () => RateLimitStore][] = [
  ["memory", () => createMemoryRateLimitStore()],
  [
    "redis",
    () => {
      const store = createRedisRateLimitStore({ url: redis.url });
      opened.push(store);
      return store;
    },
  ],
];

describe.each(stores)("the %s store", (_, make) => {
  it("takes up to the budget, then waits a window for an unanswered slot", async () => {
    const store = make();
    const b = budgets(["burst", 3]);
    for (let i = 0; i < 3; i++) expect(await store.take(b, 60_000)).toBe(0);
    expect(await store.take(b, 60_000)).toBe(windowMs(10));
  });

  it("after the answers, waits until the oldest answer's window ends", async () => {
    const store = make();
    const b = budgets(["burst", 2]);
    await store.take(b, 60_000);
    await store.take(b, 60_000);
    await store.settle(b);
    await store.settle(b);
    const wait = await store.take(b, 60_000);
    expect(wait).toBeGreaterThan(windowMs(10) - 1000);
    expect(wait).toBeLessThanOrEqual(windowMs(10));
  });

  it("takes from every budget or from none", async () => {
    const store = make();
    const [burst, sustained] = budgets(["burst", 5], ["sustained", 1]);
    expect(await store.take([burst!, sustained!], 60_000)).toBe(0);
    // sustained is full: nothing is taken from burst either.
    for (let i = 0; i < 3; i++)
      expect(await store.take([burst!, sustained!], 60_000)).toBeGreaterThan(0);
    for (let i = 0; i < 4; i++) expect(await store.take([burst!], 60_000)).toBe(0);
    expect(await store.take([burst!], 60_000)).toBeGreaterThan(0);
  });

  it("pauses a budget for every caller, whatever room it has", async () => {
    const store = make();
    const b = budgets(["burst", 100]);
    await store.pause(b, 800);
    await store.pause(b, 100); // a shorter pause does not shorten it
    const wait = await store.take(b, 60_000);
    expect(wait).toBeGreaterThan(500);
    expect(wait).toBeLessThanOrEqual(800);
    // Another budget of the same key is not paused.
    expect(
      await store.take([{ ...b[0]!, scope: "other", id: `${b[0]!.owner}:other` }], 60_000),
    ).toBe(0);
  });

  it("counts a slot never settled as answered once its hold ends", async () => {
    const store = make();
    const b = budgets(["burst", 1]);
    expect(await store.take(b, 20)).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 40));
    // Noticed now, so its window starts now: a whole window to wait.
    const wait = await store.take(b, 20);
    expect(wait).toBeGreaterThan(windowMs(10) - 1000);
    // Settling it late does not free anything nor count it twice.
    await store.settle(b);
    expect(await store.take(b, 20)).toBeGreaterThan(windowMs(10) - 1000);
  });
});
