// A tiny run of bench/fleet.ts (npm run bench runs it at full size, outside npm test): the
// benchmark works and its figures are sane and consistent, never how fast anything is.
import { describe, expect, it } from "vitest";
import { benchFleet, formatFleet } from "../../bench/fleet.js";

describe("the fleet benchmark", () => {
  it("reads every page with each contender and reports ratios, 429s and the limiter's cost", async () => {
    const options = {
      workers: 2,
      pagesPerWorker: 4,
      requests: 4,
      perSeconds: 0.3,
      concurrency: 2,
      costCalls: 2000,
    };
    const r = await benchFleet(options);
    expect(r.contenders.map((c) => c.name)).toEqual([
      "shared limiter (Redis)",
      "limiter per process",
      "retry on 429 (today)",
    ]);
    const [shared] = r.contenders;
    // The shared limiter never meets a 429, so it always reads everything.
    expect(shared).toMatchObject({ pages: 8, complete: true, failedWorkers: 0, throttled: 0 });
    expect(r.target.sharedZero429).toBe(true);
    expect(r.idealSeconds).toBeCloseTo(0.3, 6); // 8 pages at 4 per 0.3 s: the last starts at 0.3 s
    expect(r.idealPagesPerSecond).toBeCloseTo(8 / 0.3, 6);
    for (const c of r.contenders) {
      expect(c.pages).toBeLessThanOrEqual(8);
      expect(c.complete).toBe(c.pages === 8);
      expect(c.seconds).toBeGreaterThan(0);
      expect(c.ratio).toBeCloseTo(c.pagesPerSecond / r.idealPagesPerSecond, 9);
    }
    for (const value of Object.values(r.cost)) expect(value).toBeGreaterThan(0);
    expect(r.target.memoryUnderOneMicrosecond).toBe(r.cost.memoryNsPerCall < 1000);
    const text = formatFleet(r);
    expect(text).toContain("6. Fleet: 2 processes on one key, 4 pages each");
    expect(text).toMatch(/shared limiter \(Redis\) +8\/8 +yes/);
  }, 60_000); // six worker processes and a Redis
});
