// The limiter's rule against DRF's own: on a simulated clock, whatever the latencies, every request
// the client lets through is one the server's throttles allow; and with instant answers the client
// lets through exactly what the server would.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createMemoryRateLimitStore } from "../../src/rate-limit/memory-store.js";
import { SlidingWindow, windowMs } from "../../src/rate-limit/sliding-window.js";
import type { RateLimitBudget } from "../../src/rate-limit/store.js";
import { DrfThrottle, idealSeconds, type Rate } from "../../bench/fleet-posthog.js";

const budget = (scope: string, rate: Rate): RateLimitBudget => ({
  owner: "host.key",
  scope,
  id: `host.key:${scope}`,
  requests: rate.requests,
  windowMs: windowMs(rate.perSeconds),
});

describe("windowMs", () => {
  it("adds 0.5% of the window, at least 5 ms and at most 1 s", () => {
    expect(windowMs(60)).toBe(60_300);
    expect(windowMs(3600)).toBe(3_601_000);
    expect(windowMs(1)).toBe(1005);
    expect(windowMs(0.1)).toBe(105);
  });
});

describe("SlidingWindow", () => {
  it("holds a slot until its answer, then for a window from the answer", () => {
    const w = new SlidingWindow();
    for (let i = 0; i < 3; i++) {
      expect(w.wait(0, 3, 1000, 60_000)).toBe(0);
      w.take(0);
    }
    // All three unanswered: each frees a whole window after an answer still to come.
    expect(w.wait(0, 3, 1000, 60_000)).toBe(1000);
    w.settle(10);
    w.settle(20);
    w.settle(30);
    expect(w.wait(500, 3, 1000, 60_000)).toBe(510);
    expect(w.wait(1009, 3, 1000, 60_000)).toBe(1);
    expect(w.wait(1010, 3, 1000, 60_000)).toBe(0);
  });

  it("counts a slot never settled as answered when its hold ends", () => {
    const w = new SlidingWindow();
    w.take(0);
    expect(w.wait(199, 1, 1000, 200)).toBe(1000);
    // Noticed at 200: it counts as answered at 200.
    expect(w.wait(200, 1, 1000, 200)).toBe(1000);
    expect(w.wait(1200, 1, 1000, 200)).toBe(0);
    // Its late answer does not count twice.
    w.settle(1300);
    expect(w.wait(1300, 1, 1000, 200)).toBe(0);
  });

  it("waits out a pause whatever the budget", () => {
    const w = new SlidingWindow();
    w.pause(100, 2000);
    w.pause(200, 500);
    expect(w.wait(100, 10, 1000, 60_000)).toBe(2000);
    expect(w.wait(2100, 10, 1000, 60_000)).toBe(0);
  });

  it("keeps its log short however long it runs", () => {
    const w = new SlidingWindow();
    let waited = 0;
    for (let t = 0; t < 100_000; t++) {
      waited += w.wait(t, 10, 5, 1000);
      w.take(t);
      w.settle(t);
    }
    expect(waited).toBe(0);
    expect((w as unknown as { done: number[] }).done.length).toBeLessThan(3000);
  });
});

describe("against DRF's throttle", () => {
  it("never lets through a request the server refuses, whatever the latencies", () => {
    fc.assert(
      fc.property(
        fc.record({
          burst: fc.integer({ min: 1, max: 6 }),
          sustained: fc.integer({ min: 1, max: 12 }),
          // Requests wanted: when, and how long to reach the server and to answer.
          requests: fc.array(
            fc.record({
              at: fc.integer({ min: 0, max: 5000 }),
              toServer: fc.integer({ min: 0, max: 400 }),
              toAnswer: fc.integer({ min: 0, max: 400 }),
            }),
            { minLength: 1, maxLength: 60 },
          ),
        }),
        ({ burst, sustained, requests }) => {
          const rates = {
            burst: { requests: burst, perSeconds: 1 },
            sustained: { requests: sustained, perSeconds: 4 },
          };
          const server = [new DrfThrottle(rates.burst), new DrfThrottle(rates.sustained)];
          let clock = 0;
          const store = createMemoryRateLimitStore(() => clock);
          const budgets = [budget("burst", rates.burst), budget("sustained", rates.sustained)];
          // Events in time order; at equal times answers first, then arrivals, then tries.
          type Event = { at: number; order: number; run: () => void };
          const events: Event[] = [];
          const schedule = (at: number, order: number, run: () => void) =>
            events.push({ at, order, run });
          let refused = 0;
          let served = 0;
          const attempt = (r: (typeof requests)[number]) => () => {
            const wait = store.take(budgets, 10_000) as number;
            if (wait > 0) return schedule(clock + wait, 2, attempt(r));
            const arrival = clock + r.toServer;
            schedule(arrival, 1, () => {
              const now = clock / 1000;
              // Every throttle is checked, as DRF's check_throttles does.
              const verdicts = server.map((t) => t.allow(now));
              if (verdicts.includes(false)) refused++;
              else served++;
            });
            schedule(arrival + r.toAnswer, 0, () => store.settle(budgets));
          };
          for (const r of requests) schedule(r.at, 2, attempt(r));
          while (events.length) {
            events.sort((a, b) => a.at - b.at || a.order - b.order);
            const next = events.shift()!;
            clock = next.at;
            next.run();
          }
          expect(refused).toBe(0);
          expect(served).toBe(requests.length);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("with instant answers, takes the ideal schedule but for the safety margin", () => {
    const rates = {
      burst: { requests: 4, perSeconds: 1 },
      sustained: { requests: 10, perSeconds: 5 },
    };
    let clock = 0;
    const store = createMemoryRateLimitStore(() => clock);
    const budgets = [budget("burst", rates.burst), budget("sustained", rates.sustained)];
    let sent = 0;
    while (sent < 17) {
      const wait = store.take(budgets, 10_000) as number;
      if (wait > 0) {
        clock += wait;
        continue;
      }
      store.settle(budgets);
      sent++;
    }
    // The ideal: 4 at 0, 1 and 5 s... each window boundary late by its margin only.
    const ideal = idealSeconds(17, [rates.burst, rates.sustained]) * 1000;
    expect(ideal).toBeCloseTo(6000, 3);
    expect(clock).toBeGreaterThanOrEqual(ideal);
    expect(clock).toBeLessThanOrEqual(ideal + 2 * 25 + 2 * 5);
  });
});
