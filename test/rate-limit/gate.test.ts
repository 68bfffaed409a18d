// createRateLimitGate: the option's defaults and checks, which budgets an attempt draws from, and
// the gate's waiting (abortable, logged) and pausing.
import { describe, expect, it, vi } from "vitest";
import { PostHogConfigError } from "../../src/errors/config-error.js";
import { HOSTS } from "../../src/options.js";
import { createRateLimitGate } from "../../src/rate-limit/create-gate.js";
import { createMemoryRateLimitStore } from "../../src/rate-limit/memory-store.js";
import type { RateLimitBudget, RateLimitStore } from "../../src/rate-limit/store.js";
import type { RateLimitAttempt } from "../../src/rate-limit/types.js";

const context = { origin: "https://posthog.example.com", timeoutMs: 60_000 };
const attempt = (scopes: readonly string[], keyId = "k1"): RateLimitAttempt => ({
  method: "GET",
  path: "/api/projects/{project_id}/insights/",
  scopes,
  keyId,
});
const never = new AbortController().signal;

/** A memory store that records which budgets each take drew from. */
function recordingStore() {
  const inner = createMemoryRateLimitStore();
  const taken: string[][] = [];
  const paused: [string[], number][] = [];
  const store: RateLimitStore = {
    take(budgets, holdMs) {
      taken.push(budgets.map((b) => b.id));
      return inner.take(budgets, holdMs);
    },
    settle: (budgets) => inner.settle(budgets),
    pause(budgets, ms) {
      paused.push([budgets.map((b) => b.scope), ms]);
      return inner.pause(budgets, ms);
    },
  };
  return { store, taken, paused };
}

describe("the rateLimit option", () => {
  it("is on by default for PostHog Cloud and off for a self-hosted host", () => {
    expect(createRateLimitGate(undefined, { ...context, origin: HOSTS.us })).toBeDefined();
    expect(createRateLimitGate(undefined, { ...context, origin: HOSTS.eu })).toBeDefined();
    expect(createRateLimitGate(undefined, context)).toBeUndefined();
    expect(createRateLimitGate({}, context)).toBeDefined();
    expect(createRateLimitGate(false, { ...context, origin: HOSTS.us })).toBeUndefined();
  });

  it.each([
    [true, "rateLimit must be false, or an object"],
    [null, "rateLimit must be false, or an object"],
    [{ limit: {} }, 'rateLimit has no option "limit"'],
    [{ store: {} }, "rateLimit store must be a RateLimitStore"],
    [{ limits: [] }, "rateLimit limits must map scope names"],
    [
      { limits: { burst: { requests: 0, perSeconds: 60 } } },
      "limits.burst.requests must be a positive integer",
    ],
    [
      { limits: { burst: { requests: 1.5, perSeconds: 60 } } },
      "limits.burst.requests must be a positive integer",
    ],
    [{ limits: { burst: { requests: 10 } } }, "limits.burst.perSeconds must be a positive number"],
  ])("refuses %j", (option, message) => {
    const make = () => createRateLimitGate(option as never, context);
    expect(make).toThrow(PostHogConfigError);
    expect(make).toThrow(message);
    try {
      make();
    } catch (error) {
      expect((error as PostHogConfigError).option).toBe("rateLimit");
    }
  });
});

describe("budgets", () => {
  it("draws from the attempt's scopes that have a rate, per key and host", async () => {
    const { store, taken } = recordingStore();
    const limits = { clickhouse_burst: { requests: 5, perSeconds: 60 } };
    const gate = createRateLimitGate({ store, limits }, context)!;
    await gate.acquire(attempt(["clickhouse_burst", "no_rate_known"]), never);
    await gate.acquire(attempt(["clickhouse_burst"], "k2"), never);
    const other = createRateLimitGate(
      { store, limits },
      { ...context, origin: "https://other.example.com" },
    )!;
    await other.acquire(attempt(["clickhouse_burst"]), never);
    const [a, b, c] = taken.map((ids) => ids.map((id) => id.split(":")));
    // Only the scope with a rate; owner = host hash . key id.
    expect(a).toHaveLength(1);
    expect(a![0]![1]).toBe("clickhouse_burst");
    expect(a![0]![0]).toMatch(/^[0-9a-f]{12}\.k1$/);
    expect(b![0]![0]).toBe(a![0]![0]!.replace(".k1", ".k2"));
    expect(c![0]![0]).not.toBe(a![0]![0]);
    expect(c![0]![0]).toMatch(/\.k1$/);
  });

  it("counts each key's budget apart and shares it between gates on one store", async () => {
    const store = createMemoryRateLimitStore();
    const limits = { clickhouse_burst: { requests: 2, perSeconds: 60 } };
    const one = createRateLimitGate({ store, limits }, context)!;
    const two = createRateLimitGate({ store, limits }, context)!;
    const scopes = ["clickhouse_burst"];
    expect(await one.acquire(attempt(scopes), never)).toBe(0);
    expect(await two.acquire(attempt(scopes), never)).toBe(0);
    // Key k1 is spent, in both gates; k2 is not.
    expect(await one.acquire(attempt(scopes, "k2"), never)).toBe(0);
    const aborted = new AbortController();
    const waiting = two.acquire(attempt(scopes), aborted.signal);
    aborted.abort(new Error("stop"));
    await expect(waiting).rejects.toThrow("stop");
  });
  it("finds each attempt's own budgets when attempts alternate, one scopes list or another", async () => {
    const { store, taken } = recordingStore();
    const limits = {
      clickhouse_burst: { requests: 100, perSeconds: 60 },
      persons_burst: { requests: 100, perSeconds: 60 },
    };
    const gate = createRateLimitGate({ store, limits }, context)!;
    const clickhouse = ["clickhouse_burst"];
    const persons = ["persons_burst"];
    // The same list, the same list under another key, another list, and an equal copy of the first.
    for (const [scopes, key] of [
      [clickhouse, "k1"],
      [clickhouse, "k1"],
      [clickhouse, "k2"],
      [persons, "k2"],
      [persons, "k1"],
      [["clickhouse_burst"], "k1"],
    ] as const) {
      await gate.acquire(attempt(scopes, key), never);
      gate.observe(attempt(scopes, key), 200, undefined);
    }
    expect(taken.map((ids) => ids.map((id) => id.replace(/^[0-9a-f]{12}\./, "")))).toEqual([
      ["k1:clickhouse_burst"],
      ["k1:clickhouse_burst"],
      ["k2:clickhouse_burst"],
      ["k2:persons_burst"],
      ["k1:persons_burst"],
      ["k1:clickhouse_burst"],
    ]);
  });
});

describe("waiting", () => {
  it("rejects with the signal's reason, at once when already aborted", async () => {
    const gate = createRateLimitGate(
      {
        limits: { clickhouse_burst: { requests: 1, perSeconds: 60 } },
        store: createMemoryRateLimitStore(),
      },
      context,
    )!;
    const a = attempt(["clickhouse_burst"]);
    const done = new AbortController();
    done.abort(new Error("already"));
    await expect(gate.acquire(a, done.signal)).rejects.toThrow("already");
    await gate.acquire(a, never);
    const later = new AbortController();
    setTimeout(() => later.abort(new Error("later")), 20);
    await expect(gate.acquire(a, later.signal)).rejects.toThrow("later");
  });

  it("resolves with the milliseconds waited, and logs the wait", async () => {
    const debug = vi.fn();
    const gate = createRateLimitGate(
      {
        limits: { clickhouse_burst: { requests: 1, perSeconds: 0.1 } },
        store: createMemoryRateLimitStore(),
      },
      { ...context, logger: { debug } },
    )!;
    const a = attempt(["clickhouse_burst"]);
    expect(await gate.acquire(a, never)).toBe(0);
    gate.observe(a, 200, undefined);
    const waited = await gate.acquire(a, never);
    expect(waited).toBeGreaterThan(50);
    expect(debug).toHaveBeenCalledTimes(1);
    expect(debug.mock.calls[0]![0]).toMatch(
      /^GET \/api\/projects\/\{project_id\}\/insights\/ waits \d+ ms for PostHog's rate limit \(clickhouse_burst\)$/,
    );
    expect(debug.mock.calls[0]![1]).toMatchObject({ scopes: ["clickhouse_burst"] });
  });

  it("pauses the attempt's budgets on a 429 with Retry-After, and warns", async () => {
    const { store, paused } = recordingStore();
    const warn = vi.fn();
    const limits = { clickhouse_burst: { requests: 100, perSeconds: 60 } };
    const gate = createRateLimitGate({ store, limits }, { ...context, logger: { warn } })!;
    const a = attempt(["clickhouse_burst"]);
    await gate.acquire(a, never);
    gate.observe(a, 429, undefined); // no Retry-After: nothing to pause for
    expect(paused).toEqual([]);
    await gate.acquire(a, never);
    gate.observe(a, 429, 300);
    expect(paused).toEqual([[["clickhouse_burst"], 300]]);
    expect(warn.mock.calls[0]![0]).toContain(
      "got a 429: every caller sharing its budgets (clickhouse_burst) pauses for 300 ms",
    );
    const started = performance.now();
    const waited = await gate.acquire(a, never);
    expect(waited).toBeGreaterThanOrEqual(290);
    expect(performance.now() - started).toBeGreaterThanOrEqual(290);
    // Another key's budget was not paused.
    expect(await gate.acquire(attempt(["clickhouse_burst"], "k2"), never)).toBe(0);
  });

  it("adds a limit naming no PostHog scope to every attempt", async () => {
    const { store, taken } = recordingStore();
    const gate = createRateLimitGate(
      { store, limits: { my_proxy: { requests: 10, perSeconds: 1 } } },
      context,
    )!;
    await gate.acquire(attempt([]), never);
    await gate.acquire(attempt(["anything"]), never);
    expect(taken.map((ids) => ids.map((id) => id.split(":")[1]))).toEqual([
      ["my_proxy"],
      ["my_proxy"],
    ]);
  });

  it("warns when the store fails to settle or pause, without throwing", async () => {
    const warn = vi.fn();
    const failing: RateLimitStore = {
      take: () => 0,
      settle: () => Promise.reject(new Error("store down")),
      pause: () => {
        throw new Error("store down too");
      },
    };
    const gate = createRateLimitGate(
      { store: failing, limits: { x: { requests: 1, perSeconds: 1 } } },
      { ...context, logger: { warn } },
    )!;
    const a = attempt(["x"]);
    await gate.acquire(a, never);
    expect(() => gate.observe(a, 429, 1000)).not.toThrow();
    await new Promise((resolve) => setTimeout(resolve, 0));
    const messages = warn.mock.calls.map((call) => call[0] as string);
    expect(messages).toContain("The rate limiter's store failed: store down");
    expect(messages).toContain("The rate limiter's store failed: store down too");
  });

  it("hands the store budgets that name no key", async () => {
    const seen: RateLimitBudget[] = [];
    const store: RateLimitStore = { take: (b) => (seen.push(...b), 0), settle() {}, pause() {} };
    const gate = createRateLimitGate(
      { store, limits: { burst: { requests: 1, perSeconds: 1 } } },
      context,
    )!;
    await gate.acquire(attempt(["burst"], "0123456789abcdef"), never);
    expect(seen[0]).toMatchObject({ scope: "burst", requests: 1, windowMs: 1005 });
    expect(seen[0]!.owner.endsWith(".0123456789abcdef")).toBe(true);
  });
});
