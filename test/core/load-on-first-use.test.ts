// The helpers whose code loads on first use: loaded once, only when used, and then behaving as the
// loaded code does (early exits reach it; concurrent first uses share one load).
import { describe, expect, it } from "vitest";
import { createRedisRateLimitStore, PostHogRateLimitStoreError } from "../../src/index.js";
import { loadOnFirstItem } from "../../src/load-on-first-item.js";
import { gateOnFirstUse } from "../../src/rate-limit/gate-on-first-use.js";
import type { RateLimitAttempt, RateLimitGate } from "../../src/rate-limit/types.js";

const attempt: RateLimitAttempt = { method: "GET", path: "/x/", scopes: ["burst"], keyId: "k" };

describe("gateOnFirstUse", () => {
  it("loads the gate once for concurrent first attempts, then calls straight through", async () => {
    const seen: string[] = [];
    let loads = 0;
    let release!: () => void;
    const loaded = new Promise<void>((resolve) => (release = resolve));
    const real: RateLimitGate = {
      acquire: async (a) => (seen.push(`acquire ${a.path}`), 7),
      observe: (_a, status, retryAfterMs) => void seen.push(`observe ${status} ${retryAfterMs}`),
    };
    const gate = gateOnFirstUse(async () => {
      loads++;
      await loaded;
      return real;
    });
    const signal = new AbortController().signal;
    const first = gate.acquire(attempt, signal);
    const second = gate.acquire({ ...attempt, path: "/y/" }, signal);
    expect(loads).toBe(1);
    expect(seen).toEqual([]);
    release();
    expect(await Promise.all([first, second])).toEqual([7, 7]);
    gate.observe(attempt, 429, 1000);
    expect(await gate.acquire({ ...attempt, path: "/z/" }, signal)).toBe(7);
    expect(loads).toBe(1);
    expect(seen).toEqual(["acquire /x/", "acquire /y/", "observe 429 1000", "acquire /z/"]);
  });

  it("rejects the attempt when the limiter cannot load, and loads nothing before it is used", async () => {
    let loads = 0;
    const gate = gateOnFirstUse(async () => {
      loads++;
      throw new Error("no limiter");
    });
    expect(loads).toBe(0);
    await expect(gate.acquire(attempt, new AbortController().signal)).rejects.toThrow("no limiter");
  });
});

describe("loadOnFirstItem", () => {
  it("opens nothing until the first item is asked for, then yields the loaded items", async () => {
    let opened = 0;
    const rows = loadOnFirstItem(async () => {
      opened++;
      return (async function* () {
        yield 1;
        yield 2;
      })();
    });
    expect(opened).toBe(0);
    const items: number[] = [];
    for await (const item of rows) items.push(item);
    expect(items).toEqual([1, 2]);
    expect(opened).toBe(1);
  });

  it("passes an early exit to the loaded generator, so its cleanup runs", async () => {
    let cleanedUp = false;
    const rows = loadOnFirstItem(async () =>
      (async function* () {
        try {
          yield "a";
          yield "b";
        } finally {
          cleanedUp = true;
        }
      })(),
    );
    for await (const row of rows) {
      expect(row).toBe("a");
      break;
    }
    expect(cleanedUp).toBe(true);
  });

  it("never loads when the caller stops before the first item", async () => {
    let opened = 0;
    const rows = loadOnFirstItem(async () => {
      opened++;
      return [1][Symbol.iterator]() as unknown as AsyncIterable<number>;
    });
    await rows.return();
    expect(opened).toBe(0);
  });
});

describe("createRedisRateLimitStore, as the package exports it", () => {
  it("closes without opening anything when it was never used", async () => {
    const evals: unknown[] = [];
    const client = {
      evalsha: async (...args: unknown[]) => (evals.push(args), 0),
      eval: async (...args: unknown[]) => (evals.push(args), 0),
    };
    const store = createRedisRateLimitStore({ client });
    await store.close!();
    expect(evals).toEqual([]);
  });

  it("runs each call through the loaded store, its errors typed as the store's", async () => {
    const budget = { owner: "o", scope: "burst", id: "o:burst", requests: 1, windowMs: 1000 };
    const calls: unknown[][] = [];
    const ok = createRedisRateLimitStore({
      client: {
        evalsha: async (...args: unknown[]) => (calls.push(args), 250),
        eval: async () => 0,
      },
    });
    expect(await ok.take([budget], 5000)).toBe(250);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.slice(1)).toEqual([
      3,
      "posthog-rate-limit:{o}:burst:done",
      "posthog-rate-limit:{o}:burst:pending",
      "posthog-rate-limit:{o}:burst:paused",
      "take",
      5000,
      1,
      1000,
    ]);
    const failing = createRedisRateLimitStore({
      client: {
        evalsha: async () => {
          throw new Error("READONLY You can't write against a read only replica.");
        },
        eval: async () => 0,
      },
    });
    await expect(failing.settle([budget])).rejects.toBeInstanceOf(PostHogRateLimitStoreError);
  });
});
