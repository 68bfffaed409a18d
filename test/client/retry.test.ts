// Retries: which failures, how often, how long between, and never a POST the server may have acted on.
import nock from "nock";
import { describe, expect, it } from "vitest";
import {
  createPostHogClient,
  PostHogApiError,
  PostHogNetworkError,
  PostHogTimeoutError,
} from "../../src/index.js";
import { assembleClient } from "../../src/client.js";
import type { Clock } from "../../src/core/clock.js";
import { backoffDelay, isRetryable, parseRetryAfter, RETRY_DEFAULTS } from "../../src/retry.js";

/** A clock that records the waits asked of it and returns at once. */
function fakeClock(now = 1_700_000_000_000, random = 0.5): Clock & { waits: number[] } {
  const waits: number[] = [];
  return {
    waits,
    now: () => now,
    random: () => random,
    sleep: async (ms, signal) => {
      signal?.throwIfAborted();
      waits.push(ms);
    },
  };
}

type Step = number | { status: number; headers?: Record<string, string> } | { error: string };

/** A fetch that answers each attempt with the next step, and records what it was sent. */
function scripted(steps: Step[]) {
  const sent: { method: string; body: string; authorization: string | null }[] = [];
  const fetch = async (request: Request): Promise<Response> => {
    sent.push({
      method: request.method,
      body: await request.text(),
      authorization: request.headers.get("authorization"),
    });
    const step = steps[Math.min(sent.length - 1, steps.length - 1)]!;
    if (typeof step === "object" && "error" in step) {
      throw new TypeError("fetch failed", {
        cause: Object.assign(new Error(step.error), { code: step.error }),
      });
    }
    const { status, headers } = typeof step === "number" ? { status: step, headers: {} } : step;
    return new Response(status === 204 ? null : JSON.stringify({ status }), { status, headers });
  };
  return { fetch, sent };
}

type Fetch = (request: Request) => Promise<Response>;

/** The whole pipeline over a scripted fetch and a fake clock: `transport(call)` gives the response. */
function clientWith(
  fetch: Fetch,
  retry: object | false = {},
  clock = fakeClock(),
  timeoutMs = 5_000,
) {
  // The retry policy alone: Cloud's rate limiter (on by default) would wait out a 429's pause in
  // real time, beneath this fake clock (test/rate-limit covers the two together).
  return assembleClient(
    { apiKey: "phx_k", projectId: 1, fetch, timeoutMs, retry: retry as false, rateLimit: false },
    { clock },
  );
}

interface Call {
  method: "GET" | "POST";
  body?: unknown;
  signal?: AbortSignal;
}

function transportWith(steps: Step[], retry: object | false = {}, clock = fakeClock()) {
  const { fetch, sent } = scripted(steps);
  const posthog = clientWith(fetch, retry, clock);
  const transport = async (call: Call) => {
    const signal = call.signal ? { signal: call.signal } : {};
    const result =
      call.method === "GET"
        ? await posthog.GET(INSIGHTS, signal)
        : await posthog.POST(INSIGHTS, { body: call.body as never, ...signal });
    return Object.assign(result.response, { attempts: result.attempts });
  };
  return { transport, sent, clock };
}

const INSIGHTS = "/api/environments/{project_id}/insights/" as const;
const get = (signal?: AbortSignal): Call => ({ method: "GET", ...(signal ? { signal } : {}) });
const post = (body: unknown = { name: "Weekly signups" }): Call => ({ method: "POST", body });

describe("the retry policy", () => {
  it.each([
    ["GET", 503, true],
    ["GET", 500, true],
    ["GET", 502, true],
    ["GET", 504, true],
    ["GET", 408, true],
    ["GET", 429, true],
    ["DELETE", 503, true],
    ["GET", 400, false],
    ["GET", 404, false],
    ["GET", 501, false],
    ["POST", 503, false],
    ["POST", 500, false],
    ["PATCH", 502, false],
    ["POST", 408, false],
    ["POST", 429, true],
    ["PATCH", 429, true],
  ])("%s answered %i: retry is %s", (method, status, expected) => {
    expect(isRetryable(method, { kind: "status", status })).toBe(expected);
  });

  it("retries POST only after failures that prove nothing was sent", () => {
    expect(isRetryable("POST", { kind: "network", code: "ECONNREFUSED" })).toBe(true);
    expect(isRetryable("POST", { kind: "network", code: "ENOTFOUND" })).toBe(true);
    expect(isRetryable("POST", { kind: "network", code: "ECONNRESET" })).toBe(false);
    expect(isRetryable("POST", { kind: "network", code: undefined })).toBe(false);
    expect(isRetryable("POST", { kind: "timeout" })).toBe(false);
    expect(isRetryable("GET", { kind: "network", code: "ECONNRESET" })).toBe(true);
    expect(isRetryable("GET", { kind: "timeout" })).toBe(true);
  });

  it("backs off exponentially with full jitter, capped", () => {
    const opts = { ...RETRY_DEFAULTS, baseDelayMs: 500, maxDelayMs: 8_000 };
    expect([0, 1, 2, 3, 4, 5].map((i) => backoffDelay(i, opts, () => 0.999_999))).toEqual([
      499, 999, 1999, 3999, 7999, 7999,
    ]);
    expect(backoffDelay(3, opts, () => 0)).toBe(0);
    expect(backoffDelay(1, opts, () => 0.25)).toBe(250);
  });

  it("reads Retry-After as seconds or as an HTTP date", () => {
    const now = Date.parse("Mon, 23 Nov 2026 18:00:00 GMT");
    expect(parseRetryAfter("13", now)).toBe(13_000);
    expect(parseRetryAfter("0.5", now)).toBe(500);
    expect(parseRetryAfter("Mon, 23 Nov 2026 18:00:07 GMT", now)).toBe(7_000);
    expect(parseRetryAfter("Mon, 23 Nov 2026 17:00:00 GMT", now)).toBe(0);
    expect(parseRetryAfter("soon", now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });
});

describe("the transport", () => {
  it("retries a GET twice by default, waiting a jittered backoff between", async () => {
    const { transport, sent, clock } = transportWith([503, 502, 200]);
    const response = await transport(get());
    expect(response.status).toBe(200);
    expect(sent).toHaveLength(3);
    expect(clock.waits).toEqual([250, 500]); // random 0.5 of 500 ms, then of 1000 ms
    expect(response.attempts).toBe(3);
  });

  it("gives the last answer back when retries run out", async () => {
    const { transport, sent } = transportWith([503]);
    const response = await transport(get());
    expect(response.status).toBe(503);
    expect(sent).toHaveLength(3);
    expect(response.attempts).toBe(3);
  });

  it("honours maxRetries and retry: false", async () => {
    expect((await transportWith([503], { maxRetries: 4 }).transport(get())).status).toBe(503);
    const five = transportWith([503], { maxRetries: 4 });
    await five.transport(get());
    expect(five.sent).toHaveLength(5);
    const none = transportWith([503], false);
    await none.transport(get());
    expect(none.sent).toHaveLength(1);
  });

  it("waits what Retry-After says, in seconds", async () => {
    const { transport, clock } = transportWith([
      { status: 429, headers: { "retry-after": "3" } },
      200,
    ]);
    expect((await transport(get())).status).toBe(200);
    expect(clock.waits).toEqual([3000]);
  });

  it("waits what Retry-After says, as an HTTP date", async () => {
    const now = Date.parse("Mon, 23 Nov 2026 18:00:00 GMT");
    const { transport, clock } = transportWith(
      [{ status: 503, headers: { "retry-after": "Mon, 23 Nov 2026 18:00:05 GMT" } }, 200],
      {},
      fakeClock(now),
    );
    expect((await transport(get())).status).toBe(200);
    expect(clock.waits).toEqual([5000]);
  });

  it("does not wait past maxRetryAfterMs: the 429 comes back at once", async () => {
    const { transport, sent, clock } = transportWith(
      [{ status: 429, headers: { "retry-after": "120" } }, 200],
      {
        maxRetryAfterMs: 30_000,
      },
    );
    const response = await transport(get());
    expect(response.status).toBe(429);
    expect(sent).toHaveLength(1);
    expect(clock.waits).toEqual([]);
  });

  it("never retries a POST after a 5xx", async () => {
    const { transport, sent } = transportWith([503, 200]);
    expect((await transport(post())).status).toBe(503);
    expect(sent).toHaveLength(1);
  });

  it("retries a POST after a 429, re-sending the body intact", async () => {
    const body = { name: "Weekly signups", tags: ["growth", "ünïcode"] };
    const { transport, sent } = transportWith([429, 201]);
    expect((await transport(post(body))).status).toBe(201);
    expect(sent.map((s) => s.body)).toEqual([JSON.stringify(body), JSON.stringify(body)]);
    expect(sent.map((s) => s.authorization)).toEqual(["Bearer phx_k", "Bearer phx_k"]);
  });

  it("retries a POST when the connection was refused, not when it was reset", async () => {
    const refused = transportWith([{ error: "ECONNREFUSED" }, 201]);
    expect((await refused.transport(post())).status).toBe(201);
    expect(refused.sent).toHaveLength(2);

    const reset = transportWith([{ error: "ECONNRESET" }, 201]);
    const error = await reset.transport(post()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PostHogNetworkError);
    expect(error).toMatchObject({ attempts: 1, method: "POST" });
    expect(reset.sent).toHaveLength(1);
  });

  it("retries a GET after a reset, and says how many attempts it made", async () => {
    const { transport, sent } = transportWith([{ error: "ECONNRESET" }]);
    const error = await transport(get()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PostHogNetworkError);
    expect((error as Error).message).toMatch(/\(ECONNRESET\) after 3 attempts/);
    // The cause is copied (name, message, code), never kept as the foreign object.
    expect((error as PostHogNetworkError).cause).toMatchObject({
      name: "TypeError",
      message: "fetch failed",
    });
    expect(sent).toHaveLength(3);
  });

  it("times out each attempt, retrying a GET but not a POST", async () => {
    // The 20 ms timeout may already have fired on a busy machine: no abort event then.
    const hang = (request: Request) =>
      new Promise<Response>((_, reject) => {
        if (request.signal.aborted) reject(request.signal.reason);
        request.signal.addEventListener("abort", () => reject(request.signal.reason));
      });
    let attempts = 0;
    const make = () => clientWith((request) => (attempts++, hang(request)), {}, fakeClock(), 20);
    const getError = await make()
      .GET(INSIGHTS)
      .catch((e: unknown) => e);
    expect(getError).toBeInstanceOf(PostHogTimeoutError);
    expect(getError).toMatchObject({ timeoutMs: 20, attempts: 3 });
    expect(attempts).toBe(3);

    attempts = 0;
    const postError = await make()
      .POST(INSIGHTS, { body: { name: "x" } as never })
      .catch((e: unknown) => e);
    expect(postError).toBeInstanceOf(PostHogTimeoutError);
    expect(postError).toMatchObject({ attempts: 1 });
    expect(attempts).toBe(1);
  });

  it("stops at once when the caller aborts during a backoff, with the abort reason", async () => {
    const controller = new AbortController();
    const reason = new Error("shutting down");
    const clock = fakeClock();
    clock.sleep = (_ms, signal) =>
      new Promise((_, reject) => {
        signal!.addEventListener("abort", () => reject(signal!.reason));
        controller.abort(reason);
      });
    const { fetch, sent } = scripted([503, 200]);
    const posthog = clientWith(fetch, {}, clock);
    await expect(posthog.GET(INSIGHTS, { signal: controller.signal })).rejects.toBe(reason);
    expect(sent).toHaveLength(1);
  });

  it("never starts when the caller already aborted", async () => {
    const { transport, sent } = transportWith([200]);
    const controller = new AbortController();
    controller.abort(new Error("cancelled"));
    await expect(transport(get(controller.signal))).rejects.toThrow("cancelled");
    expect(sent).toHaveLength(0);
  });
});

describe("through the client", () => {
  const quick = { baseDelayMs: 1, maxDelayMs: 1 };

  it("a GET that fails twice then succeeds returns the data", async () => {
    const scope = nock("https://us.posthog.com")
      .get("/api/environments/1/insights/")
      .times(2)
      .reply(503, "")
      .get("/api/environments/1/insights/")
      .reply(200, { count: 0, next: null, previous: null, results: [] });
    const posthog = createPostHogClient({
      apiKey: "phx_k",
      projectId: 1,
      retry: quick,
      rateLimit: false,
    });
    const { data } = await posthog.GET("/api/environments/{project_id}/insights/");
    expect(data).toEqual({ count: 0, next: null, previous: null, results: [] });
    scope.done();
  });

  it("an error after retries says how many attempts were made", async () => {
    nock("https://us.posthog.com").get("/api/environments/1/insights/").times(3).reply(503, "");
    const posthog = createPostHogClient({
      apiKey: "phx_k",
      projectId: 1,
      retry: quick,
      throwOnError: true,
    });
    const error = (await posthog
      .GET("/api/environments/{project_id}/insights/")
      .catch((e: unknown) => e)) as PostHogApiError;
    expect(error).toBeInstanceOf(PostHogApiError);
    expect(error.attempts).toBe(3);
    expect(error.message).toContain("Gave up after 3 attempts");
  });

  it("a POST that gets a 503 reaches the server once", async () => {
    const scope = nock("https://us.posthog.com")
      .post("/api/environments/1/insights/")
      .once()
      .reply(503, "");
    const posthog = createPostHogClient({
      apiKey: "phx_k",
      projectId: 1,
      retry: quick,
      rateLimit: false,
    });
    const { error, response } = await posthog.POST("/api/environments/{project_id}/insights/", {
      body: { name: "x" },
    });
    expect(response.status).toBe(503);
    expect(error).toBeDefined();
    scope.done();
    expect(nock.pendingMocks()).toEqual([]);
  });

  it("a POST throttled with Retry-After: 0 is sent again, with the same body", async () => {
    const bodies: unknown[] = [];
    nock("https://us.posthog.com")
      .post("/api/environments/1/insights/", (b) => (bodies.push(b), true))
      .reply(
        429,
        {
          type: "throttled_error",
          code: "throttled",
          detail: "Request was throttled.",
          attr: null,
        },
        { "Retry-After": "0" },
      )
      .post("/api/environments/1/insights/", (b) => (bodies.push(b), true))
      .reply(201, { id: 1, short_id: "abc" });
    const posthog = createPostHogClient({ apiKey: "phx_k", projectId: 1 });
    const { data } = await posthog.POST("/api/environments/{project_id}/insights/", {
      body: { name: "Weekly signups" },
    });
    expect(data).toEqual({ id: 1, short_id: "abc" });
    expect(bodies).toEqual([{ name: "Weekly signups" }, { name: "Weekly signups" }]);
  });
});
