// Timeouts and cancellation over real sockets (a 127.0.0.1 server started by each test).
import { afterEach, describe, expect, it } from "vitest";
import { createPostHogClient, PostHogNetworkError, PostHogTimeoutError } from "../../src/index.js";
import { DEFAULT_TIMEOUT_MS, resolveOptions } from "../../src/options.js";
import {
  refusingOrigin,
  startServer,
  until,
  type Handler,
  type TestServer,
} from "../helpers/server.js";

const insights = "/api/environments/{project_id}/insights/" as const;
const page = JSON.stringify({ count: 0, next: null, previous: null, results: [] });
let server: TestServer | undefined;

async function clientFor(
  handler: Handler,
  options: { timeoutMs?: number; retry?: false | object } = {},
) {
  server = await startServer(handler);
  return createPostHogClient({ apiKey: "phx_k", projectId: 1, host: server.origin, ...options });
}

afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe("timeouts", () => {
  it("default to 60 s per attempt", () => {
    expect(DEFAULT_TIMEOUT_MS).toBe(60_000);
    expect(resolveOptions({ apiKey: "phx_k" }).timeoutMs).toBe(60_000);
  });

  it("end an attempt whose headers never come", async () => {
    // Long enough for the request to reach the server on a loaded machine (the test asserts it did).
    const posthog = await clientFor(() => {}, { timeoutMs: 1000, retry: false });
    const error = await posthog.GET(insights).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PostHogTimeoutError);
    expect(error).toMatchObject({
      timeoutMs: 1000,
      attempts: 1,
      method: "GET",
      path: "/api/environments/1/insights/",
    });
    expect((error as Error).message).toMatch(
      /timed out after 1000 ms \(1 attempt\)\. Raise timeoutMs/,
    );
    expect(server!.requests).toHaveLength(1);
  });

  it("cover a body that stalls after the headers", async () => {
    const posthog = await clientFor(
      (_req, res) => {
        res.writeHead(200, { "content-type": "application/json", "content-length": "1000" });
        res.write('{"count": 0, "res');
      },
      { timeoutMs: 150, retry: false },
    );
    await expect(posthog.GET(insights)).rejects.toBeInstanceOf(PostHogTimeoutError);
  });

  it("are retried for a GET", async () => {
    const posthog = await clientFor(
      (_req, res, _body, index) => {
        if (index > 0) res.writeHead(200, { "content-type": "application/json" }).end(page);
      },
      // The second attempt must be answered within it, even on a loaded machine.
      { timeoutMs: 1000, retry: { baseDelayMs: 1, maxDelayMs: 1 } },
    );
    const { data } = await posthog.GET(insights);
    expect(data).toEqual(JSON.parse(page));
    expect(server!.requests).toHaveLength(2);
  });
});

describe("cancellation", () => {
  it("rejects promptly with the caller's abort reason, and is never retried", async () => {
    const posthog = await clientFor(() => {}, { timeoutMs: 10_000 });
    const controller = new AbortController();
    const reason = new Error("request no longer needed");
    const pending = posthog.GET(insights, { signal: controller.signal });
    await until(() => server!.requests.length === 1); // the request is at the server, unanswered
    controller.abort(reason);
    await expect(pending).rejects.toBe(reason);
    expect(server!.requests).toHaveLength(1);
  });
});

describe("connection failures", () => {
  it("a reset mid-body on a GET is retried", async () => {
    const posthog = await clientFor(
      (req, res, _body, index) => {
        if (index === 0) {
          res.writeHead(200, { "content-type": "application/json", "content-length": "500" });
          res.write('{"count":');
          setTimeout(() => req.socket.destroy(), 10);
        } else {
          res.writeHead(200, { "content-type": "application/json" }).end(page);
        }
      },
      { retry: { baseDelayMs: 1, maxDelayMs: 1 } },
    );
    expect((await posthog.GET(insights)).data).toEqual(JSON.parse(page));
    expect(server!.requests).toHaveLength(2);
  });

  it("a reset on a POST is not retried: the server may have acted", async () => {
    const posthog = await clientFor((req) => req.socket.destroy(), { retry: { baseDelayMs: 1 } });
    const error = await posthog
      .POST("/api/environments/{project_id}/insights/", { body: { name: "x" } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PostHogNetworkError);
    expect(server!.requests).toHaveLength(1);
  });

  it("a refused connection is a PostHogNetworkError naming ECONNREFUSED", async () => {
    const refusing = await refusingOrigin();
    const posthog = createPostHogClient({
      apiKey: "phx_k",
      projectId: 1,
      host: refusing.origin,
      retry: { baseDelayMs: 1, maxDelayMs: 1 },
    });
    const error = await posthog
      .GET(insights)
      .catch((e: unknown) => e)
      .finally(refusing.close);
    expect(error).toBeInstanceOf(PostHogNetworkError);
    expect((error as Error).message).toMatch(/ECONNREFUSED\) after 3 attempts/);
  });
});
