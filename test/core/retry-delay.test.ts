// One function decides every retry wait (Retry-After, PostHog's "Expected available in N seconds",
// backoff), and the error's message and retryAfterSeconds read the server's wait the same way.
import { describe, expect, it } from "vitest";
import { assembleClient } from "../../src/client.js";
import type { Clock } from "../../src/core/clock.js";
import { PostHogRateLimitError } from "../../src/index.js";
import {
  MAX_SLEEP_MS,
  parseRetryAfter,
  resolveRetry,
  retryDelay,
  RETRY_DEFAULTS,
  serverDelayMs,
} from "../../src/retry.js";

const INSIGHTS = "/api/environments/{project_id}/insights/" as const;
const NOW = Date.parse("Mon, 23 Nov 2026 18:00:00 GMT");

function fakeClock(): Clock & { waits: number[] } {
  const waits: number[] = [];
  return {
    waits,
    now: () => NOW,
    random: () => 0.5,
    sleep: async (ms) => void waits.push(ms),
  };
}

function throttledThenOk(headers: Record<string, string>, detail = "Request was throttled.") {
  let calls = 0;
  return async () =>
    calls++ === 0
      ? Response.json(
          { type: "throttled_error", code: "throttled", detail, attr: null },
          { status: 429, headers },
        )
      : Response.json({ count: 0, next: null, previous: null, results: [] });
}

describe("Retry-After (defect 20)", () => {
  it.each(["-1", "1 2", "soon 5", "5 soon", "Mon, 23 Nov", "1e3", "+3", ""])(
    "%j is neither delay-seconds nor an HTTP-date",
    (value) => {
      expect(parseRetryAfter(value, NOW)).toBeUndefined();
    },
  );

  it("reads delay-seconds and the three HTTP-date forms", () => {
    expect(parseRetryAfter("13", NOW)).toBe(13_000);
    expect(parseRetryAfter(" 13 ", NOW)).toBe(13_000);
    expect(parseRetryAfter("Mon, 23 Nov 2026 18:00:07 GMT", NOW)).toBe(7_000);
    expect(parseRetryAfter("Monday, 23-Nov-26 18:00:09 GMT", NOW)).toBe(9_000);
    expect(parseRetryAfter("Mon Nov 23 18:00:04 2026", NOW)).toBe(4_000);
  });

  it("an invalid value means backoff, not 'retry now'", async () => {
    const clock = fakeClock();
    const posthog = assembleClient(
      { apiKey: "phx_k", projectId: 1, fetch: throttledThenOk({ "retry-after": "-1" }) },
      { clock },
    );
    const { attempts } = await posthog.GET(INSIGHTS);
    expect(attempts).toBe(2);
    // Half (random 0.5) of the first 500 ms backoff step; the old reading of "-1" as a date waited 0.
    expect(clock.waits).toEqual([250]);
  });
});

describe("the one delay function", () => {
  it("takes PostHog's 'Expected available in N seconds' when Retry-After is missing", async () => {
    const clock = fakeClock();
    const posthog = assembleClient(
      {
        apiKey: "phx_k",
        projectId: 1,
        fetch: throttledThenOk({}, "Request was throttled. Expected available in 3 seconds."),
      },
      { clock },
    );
    await posthog.GET(INSIGHTS);
    expect(clock.waits).toEqual([3_000]);
  });

  it("gives the message and retryAfterSeconds the same wait", async () => {
    const posthog = assembleClient(
      {
        apiKey: "phx_k",
        projectId: 1,
        retry: false,
        fetch: throttledThenOk({}, "Request was throttled. Expected available in 13 seconds."),
      },
      { clock: fakeClock() },
    );
    const error = (await posthog
      .GET(INSIGHTS, { throwOnError: true })
      .catch((e: unknown) => e)) as PostHogRateLimitError;
    expect(error).toBeInstanceOf(PostHogRateLimitError);
    expect(error.retryAfterSeconds).toBe(13);
    expect(error.message).toContain("Throttled, retry after 13 s.");
    expect(serverDelayMs(null, error.detail, NOW)).toBe(13_000);
  });

  it("caps every sleep, whatever the options", () => {
    expect(resolveRetry({ maxRetryAfterMs: Infinity }).maxRetryAfterMs).toBe(
      RETRY_DEFAULTS.maxRetryAfterMs,
    );
    const retry = resolveRetry({ maxRetryAfterMs: 1e12, maxDelayMs: 1e12, baseDelayMs: NaN });
    expect(retry.maxRetryAfterMs).toBe(MAX_SLEEP_MS);
    expect(retry.maxDelayMs).toBe(MAX_SLEEP_MS);
    expect(retry.baseDelayMs).toBe(RETRY_DEFAULTS.baseDelayMs);
    expect(retryDelay(3_600_000, 0, retry, () => 0.5)).toBeUndefined(); // an hour: not waited
    expect(retryDelay(undefined, 50, retry, () => 0.999)).toBeLessThan(MAX_SLEEP_MS);
    expect(retryDelay(2_000, 0, retry, () => 0.5)).toBe(2_000);
  });
});
