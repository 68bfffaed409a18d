// Three worker processes sharing one key: through a real Redis they stay within the key's budget
// (zero 429s) and use nearly all of it; each on its own, they get 429s. Throughput is counted per
// window on the server's side, so a loaded machine can make the run slower but not fail it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prepareFleet, type Fleet } from "../../bench/fleet-launch.js";
import { startFakePostHog, type FakePostHog } from "../../bench/fleet-posthog.js";
import { startRedis, type TestRedis } from "../../bench/fleet-redis.js";

const N = 10;
const WINDOW = 1; // seconds
const rates = { clickhouse_burst: { requests: N, perSeconds: WINDOW } };
const PAGES_PER_WORKER = 10;

let redis: TestRedis;
let fake: FakePostHog;
let fleet: Fleet;
beforeAll(async () => {
  [redis, fleet] = await Promise.all([startRedis(), prepareFleet()]);
});
afterAll(async () => {
  await fake?.close();
  await redis?.stop();
  await fleet?.dispose();
});

const task = (origin: string, shared: boolean) => ({
  origin,
  apiKey: "phx_fleet_shared_key_0123456789",
  redisUrl: shared ? redis.url : undefined,
  rateLimit: true,
  limits: rates,
  pageSize: 1,
  concurrency: 4,
  retry: shared,
});

describe("a fleet of three processes on one key", () => {
  it("shares the budget through Redis: no 429, and every window used to at least 90%", async () => {
    fake = await startFakePostHog({ rates, items: PAGES_PER_WORKER });
    const reports = await fleet.run(3, task(fake.origin, true));

    expect(reports.map((r) => [r.items, r.failedWith])).toEqual([
      [PAGES_PER_WORKER, undefined],
      [PAGES_PER_WORKER, undefined],
      [PAGES_PER_WORKER, undefined],
    ]);
    expect(fake.throttled()).toBe(0);
    expect(fake.arrivals).toHaveLength(3 * PAGES_PER_WORKER);
    expect(fake.busiestWindow("clickhouse_burst")).toBe(N);
    // 30 requests at 10 a second, from 12 callers at once (so budget, not the callers' pace, is what
    // holds them back, even on a loaded machine): the first window (from the first arrival) full,
    // the second at least 90% used.
    const first = fake.arrivals[0]!.at;
    const perWindow = [0, 0, 0, 0];
    for (const a of fake.arrivals) perWindow[Math.min(3, Math.floor((a.at - first) / WINDOW))]!++;
    expect(perWindow[0]).toBe(N);
    expect(perWindow[1]).toBeGreaterThanOrEqual(0.9 * N);
  });

  it("each on its own store, the same three get 429s", async () => {
    await fake?.close();
    fake = await startFakePostHog({ rates, items: PAGES_PER_WORKER });
    const reports = await fleet.run(3, task(fake.origin, false));
    expect(fake.throttled()).toBeGreaterThan(0);
    expect(reports.some((r) => r.failedWith === 429)).toBe(true);
  });
});
