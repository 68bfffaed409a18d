// The rate limiter's gate in the pipeline: awaited before each request on the wire, told each
// status, its waits covered by the call's signal and timeout, and it knows the key only by a hash.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { assembleClient } from "../../src/client.js";
import { PostHogTimeoutError } from "../../src/index.js";
import { operations } from "../../generated/operations.js";
import type { RateLimitAttempt, RateLimitGate } from "../../src/rate-limit/types.js";

const INSIGHTS = "/api/environments/{project_id}/insights/" as const;
const KEY = "phx_gate_test_key";
const page = { count: 0, next: null, previous: null, results: [] };

function fakeGate(wait?: (signal: AbortSignal) => Promise<number>) {
  const acquired: RateLimitAttempt[] = [];
  const observed: [number, number | undefined][] = [];
  const gate: RateLimitGate = {
    acquire: async (attempt, signal) => {
      acquired.push(attempt);
      return wait ? wait(signal) : 0;
    },
    observe: (_attempt, status, retryAfterMs) => void observed.push([status, retryAfterMs]),
  };
  return { gate, acquired, observed };
}

const never = (signal: AbortSignal) =>
  new Promise<number>((_, reject) =>
    signal.addEventListener("abort", () => reject(signal.reason), { once: true }),
  );

describe("the gate", () => {
  it("is acquired before each attempt and observes each status with its Retry-After", async () => {
    const { gate, acquired, observed } = fakeGate();
    let calls = 0;
    const posthog = assembleClient(
      {
        apiKey: KEY,
        projectId: 1,
        retry: { baseDelayMs: 1, maxDelayMs: 1 },
        fetch: async () =>
          calls++ === 0
            ? new Response("{}", { status: 429, headers: { "retry-after": "0" } })
            : Response.json(page),
      },
      { gate },
    );
    const { attempts } = await posthog.GET(INSIGHTS);
    expect(attempts).toBe(2);
    const keyId = createHash("sha256").update(KEY).digest("hex").slice(0, 16);
    // The scopes are the spec's for the operation.
    const scopes = operations[INSIGHTS].get.throttle;
    expect(scopes.length).toBeGreaterThan(0);
    expect(acquired).toEqual([
      { method: "GET", path: INSIGHTS, scopes, keyId },
      { method: "GET", path: INSIGHTS, scopes, keyId },
    ]);
    expect(JSON.stringify(acquired)).not.toContain(KEY);
    expect(observed).toEqual([
      [429, 0],
      [200, undefined],
    ]);
  });

  it("a wait is cut by the call's timeout: a PostHogTimeoutError, nothing sent", async () => {
    const { gate } = fakeGate(never);
    let sent = 0;
    const posthog = assembleClient(
      {
        apiKey: KEY,
        projectId: 1,
        timeoutMs: 50,
        retry: false,
        fetch: async () => (sent++, Response.json(page)),
      },
      { gate },
    );
    await expect(posthog.GET(INSIGHTS)).rejects.toBeInstanceOf(PostHogTimeoutError);
    expect(sent).toBe(0);
  });

  it("a wait is cut by the call's signal, with its reason", async () => {
    const { gate } = fakeGate(never);
    let sent = 0;
    const posthog = assembleClient(
      { apiKey: KEY, projectId: 1, fetch: async () => (sent++, Response.json(page)) },
      { gate },
    );
    const controller = new AbortController();
    const reason = new Error("shutting down");
    const pending = posthog.GET(INSIGHTS, { signal: controller.signal });
    setTimeout(() => controller.abort(reason), 10);
    await expect(pending).rejects.toBe(reason);
    expect(sent).toBe(0);
  });

  it("a wait is logged at info", async () => {
    const { gate } = fakeGate(async () => 120);
    const lines: string[] = [];
    const logger = {
      error() {},
      warn() {},
      debug() {},
      info: (line: string) => void lines.push(line),
    };
    const posthog = assembleClient(
      {
        apiKey: KEY,
        projectId: 1,
        logger,
        logLevel: "info",
        fetch: async () => Response.json(page),
      },
      { gate },
    );
    await posthog.GET(INSIGHTS);
    expect(lines).toEqual([
      "posthog: GET /api/environments/1/insights/ waited 120 ms for the rate limiter",
    ]);
  });
});
