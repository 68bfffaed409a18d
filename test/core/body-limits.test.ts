// Response bodies are bounded (counted after decoding) and read within their attempt, over real
// 127.0.0.1 sockets: a gzip bomb is stopped with a typed error, a streamed call's error body is read
// with the timeout and a bound, and a cut one is a typed error (defects 4 and 13).
import { createGzip, gzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { DEFAULT_MAX_RESPONSE_BYTES } from "../../src/core/options.js";
import {
  createPostHogClient,
  PostHogConfigError,
  PostHogNetworkError,
  PostHogResponseTooLargeError,
  PostHogServerError,
  PostHogTimeoutError,
} from "../../src/index.js";
import { startFaultServer, type FaultHandler, type FaultServer } from "../helpers/server.js";

const INSIGHTS = "/api/environments/{project_id}/insights/" as const;
const EVENTS = "/api/environments/{project_id}/events/" as const;
let server: FaultServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function clientFor(handler: FaultHandler, options: object = {}) {
  server = await startFaultServer(handler);
  return createPostHogClient({
    apiKey: "phx_k",
    projectId: 1,
    host: server.origin,
    retry: { baseDelayMs: 1, maxDelayMs: 1 },
    ...options,
  });
}

/** `megabytes` MiB of a JSON-looking body, gzipped (a few KB per MiB), built without holding it. */
async function gzipBomb(megabytes: number): Promise<Buffer> {
  const gzip = createGzip();
  const parts: Buffer[] = [];
  gzip.on("data", (c: Buffer) => parts.push(c));
  const done = new Promise((resolve) => gzip.on("end", resolve));
  const chunk = Buffer.alloc(1024 * 1024, 0x20);
  gzip.write('{"results": [');
  for (let i = 0; i < megabytes; i++) gzip.write(chunk);
  gzip.end("]}");
  await done;
  return Buffer.concat(parts);
}

describe("maxResponseBytes (defect 4)", () => {
  it("defaults to 64 MiB and is checked at creation", () => {
    expect(DEFAULT_MAX_RESPONSE_BYTES).toBe(64 * 1024 * 1024);
    for (const bad of [0, -1, 1.5, Infinity, NaN, "1"]) {
      expect(() =>
        createPostHogClient({ apiKey: "phx_k", maxResponseBytes: bad as number }),
      ).toThrow(PostHogConfigError);
    }
  });

  it("stops a gzip bomb at the limit, counted after decoding, with a typed error, not retried", async () => {
    const bomb = await gzipBomb(32);
    expect(bomb.byteLength).toBeLessThan(256 * 1024);
    const posthog = await clientFor(
      (ex) =>
        ex.respond(200, bomb, { "Content-Type": "application/json", "Content-Encoding": "gzip" }),
      { maxResponseBytes: 4 * 1024 * 1024 },
    );
    const error = await posthog.GET(INSIGHTS).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PostHogResponseTooLargeError);
    expect(error).toMatchObject({ status: 200, maxResponseBytes: 4 * 1024 * 1024, method: "GET" });
    expect((error as Error).message).toMatch(/larger than maxResponseBytes/);
    expect(server!.requests).toHaveLength(1);
  });

  it("with the default limit, a bomb past it is stopped too", async () => {
    const bomb = await gzipBomb(66);
    const posthog = await clientFor((ex) =>
      ex.respond(200, bomb, { "Content-Type": "application/json", "Content-Encoding": "gzip" }),
    );
    await expect(posthog.GET(INSIGHTS)).rejects.toBeInstanceOf(PostHogResponseTooLargeError);
  });

  it("a body within the limit is read whole", async () => {
    const text = JSON.stringify({
      count: 1,
      next: null,
      previous: null,
      results: [{ id: 1, name: "x".repeat(5000) }],
    });
    const posthog = await clientFor(
      (ex) =>
        ex.respond(200, gzipSync(text), {
          "Content-Type": "application/json",
          "Content-Encoding": "gzip",
        }),
      { maxResponseBytes: text.length },
    );
    expect((await posthog.GET(INSIGHTS)).data).toEqual(JSON.parse(text));
  });

  it("a huge error body is cut, not buffered whole: the error still says what came", async () => {
    const posthog = await clientFor(
      (ex) => {
        ex.head(500, { "Content-Type": "text/plain", "Transfer-Encoding": "chunked" });
        ex.chunk("upstream failed: ");
        for (let i = 0; i < 40; i++) ex.chunk("z".repeat(64 * 1024));
        ex.endChunks();
      },
      { retry: false },
    );
    const error = await posthog.GET(INSIGHTS, { throwOnError: true }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PostHogServerError);
    expect((error as PostHogServerError).detail).toMatch(/^upstream failed: z+\.\.\.$/);
  });
});

describe("a streamed call's error body (defect 13)", () => {
  it("is read within the timeout: one that stalls is a PostHogTimeoutError", async () => {
    const posthog = await clientFor(
      (ex) => {
        ex.head(500, { "Content-Type": "application/json", "Content-Length": 1000 });
        ex.write('{"detail": "par');
      },
      { timeoutMs: 150, retry: false },
    );
    const error = await (async () => {
      for await (const row of posthog.csvRows(EVENTS)) void row;
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PostHogTimeoutError);
  });

  it("is read with a bound and becomes the API error", async () => {
    const posthog = await clientFor(
      (ex) => {
        ex.head(503, { "Content-Type": "text/plain", "Transfer-Encoding": "chunked" });
        for (let i = 0; i < 40; i++) ex.chunk("y".repeat(64 * 1024));
        ex.endChunks();
      },
      { retry: false },
    );
    const { error: body, response } = await posthog.GET(EVENTS, { parseAs: "stream" });
    expect(response.status).toBe(503);
    expect((body as { detail: string }).detail.length).toBeLessThan(400);
  });

  it("cut short is a PostHogNetworkError, not a bare TypeError", async () => {
    const posthog = await clientFor(
      (ex) => {
        ex.head(500, { "Content-Type": "application/json", "Content-Length": 1000 });
        ex.write('{"detail": "par');
        setTimeout(() => ex.reset(), 20);
      },
      { retry: false },
    );
    const error = await (async () => {
      for await (const row of posthog.csvRows(EVENTS)) void row;
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PostHogNetworkError);
  });
});
