// Per-call timeoutMs, retry and signal work, over real sockets; a caller's signal is followed with a
// listener per attempt, removed after it, so a long-lived signal gathers nothing (issue 14).
import { getEventListeners } from "node:events";
import { afterEach, describe, expect, it } from "vitest";
import { createPostHogClient, PostHogConfigError, PostHogTimeoutError } from "../../src/index.js";
import { startServer, type Handler, type TestServer } from "../helpers/server.js";

const INSIGHTS = "/api/environments/{project_id}/insights/" as const;
const page = JSON.stringify({ count: 0, next: null, previous: null, results: [] });
let server: TestServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function clientFor(handler: Handler, options: object = {}) {
  server = await startServer(handler);
  return createPostHogClient({ apiKey: "phx_k", projectId: 1, host: server.origin, ...options });
}

describe("per-call options", () => {
  it("timeoutMs replaces the client's for that call", async () => {
    const posthog = await clientFor(() => {}, { timeoutMs: 60_000, retry: false });
    const error = await posthog.GET(INSIGHTS, { timeoutMs: 50 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PostHogTimeoutError);
    expect(error).toMatchObject({ timeoutMs: 50, attempts: 1 });
    await expect(posthog.GET(INSIGHTS, { timeoutMs: -1 })).rejects.toBeInstanceOf(
      PostHogConfigError,
    );
  });

  it("retry replaces the client's for that call", async () => {
    const posthog = await clientFor((_req, res) => res.writeHead(503).end(), {
      retry: { maxRetries: 3, baseDelayMs: 1, maxDelayMs: 1 },
    });
    expect((await posthog.GET(INSIGHTS, { retry: false })).attempts).toBe(1);
    expect(server!.requests).toHaveLength(1);
    expect(
      (await posthog.GET(INSIGHTS, { retry: { maxRetries: 1, baseDelayMs: 1 } })).attempts,
    ).toBe(2);
    expect((await posthog.GET(INSIGHTS)).attempts).toBe(4);
  });
});

describe("a caller's signal", () => {
  it("has no listener left after many calls, retries included", async () => {
    const posthog = await clientFor(
      (_req, res, _body, index) =>
        index % 2 === 0
          ? res.writeHead(503).end()
          : res.writeHead(200, { "content-type": "application/json" }).end(page),
      { retry: { baseDelayMs: 1, maxDelayMs: 1 } },
    );
    const controller = new AbortController();
    for (let i = 0; i < 50; i++) {
      const { attempts } = await posthog.GET(INSIGHTS, { signal: controller.signal });
      expect(attempts).toBe(2);
    }
    expect(getEventListeners(controller.signal, "abort")).toHaveLength(0);
  });

  it("still cancels a streamed body after the call returned", async () => {
    const posthog = await clientFor((_req, res) => {
      res.writeHead(200, { "content-type": "text/csv" });
      res.write("a,b\r\n1,2\r\n");
    });
    const controller = new AbortController();
    const { data } = await posthog.GET(INSIGHTS, { parseAs: "stream", signal: controller.signal });
    const reader = (data as ReadableStream<Uint8Array>).getReader();
    expect((await reader.read()).done).toBe(false);
    const reason = new Error("stop");
    controller.abort(reason);
    await expect(reader.read()).rejects.toBe(reason);
    expect(getEventListeners(controller.signal, "abort")).toHaveLength(0);
  });
});

describe("parseAs", () => {
  it("arrayBuffer and blob hold exactly the body, even read as a pooled Buffer", async () => {
    const png = [0x89, 0x50, 0x4e, 0x47];
    const body = () =>
      new ReadableStream({
        start(controller) {
          controller.enqueue(Buffer.from(png)); // a view into Node's shared 8 KB pool
          controller.close();
        },
      });
    const posthog = createPostHogClient({
      apiKey: "phx_k",
      projectId: 1,
      fetch: async () => new Response(body(), { headers: { "content-type": "image/png" } }),
    });
    const buffer = await posthog.GET(INSIGHTS, { parseAs: "arrayBuffer", throwOnError: true });
    expect([...new Uint8Array(buffer.data as ArrayBuffer)]).toEqual(png);
    const blob = await posthog.GET(INSIGHTS, { parseAs: "blob", throwOnError: true });
    expect([...new Uint8Array(await (blob.data as Blob).arrayBuffer())]).toEqual(png);
    expect((blob.data as Blob).type).toBe("image/png");
  });
});
