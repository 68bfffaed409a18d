// The key never shows: scrubbed before anything is cut (defect 5), for every key a rotating key
// function gave to calls still in flight (7), in every spelling (8), in a network error's foreign
// cause (9), in the non-throwing result's response (19), in log lines; a hanging key function is
// covered by the call's signal and timeout (10); a deeply nested error body is no RangeError (14).
import { inspect } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import {
  createPostHogClient,
  PostHogApiError,
  PostHogNetworkError,
  PostHogParameterError,
  PostHogResponseError,
  PostHogTimeoutError,
} from "../../src/index.js";
import { startServer, type Handler, type TestServer } from "../helpers/server.js";

const INSIGHTS = "/api/environments/{project_id}/insights/" as const;
const PERSON = "/api/environments/{project_id}/persons/{id}/" as const;
const KEY = "phx_0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJK";
let server: TestServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

function everything(value: unknown): string {
  return [
    JSON.stringify(value) ?? "",
    inspect(value, { depth: 30, showHidden: true }),
    value instanceof Error ? `${value.message}\n${value.stack}` : "",
  ].join("\n");
}

function expectNoKey(value: unknown, key = KEY, partLength = 12): void {
  const text = everything(value);
  // Not the key, nor a piece of it long enough to matter.
  for (let i = 0; i + partLength <= key.length; i += 4) {
    expect(text).not.toContain(key.slice(i, i + partLength));
  }
}

async function clientFor(handler: Handler, options: object = {}) {
  server = await startServer(handler);
  return createPostHogClient({
    apiKey: KEY,
    projectId: 1,
    host: server.origin,
    retry: false,
    ...options,
  });
}

describe("scrub first, then cut (defect 5)", () => {
  it("a text error body that a cut would split through the key: detail and message", async () => {
    // The key straddles the 300th character, where detail is cut.
    const text = `${"x".repeat(280)} ${KEY} ${"y".repeat(100)}`;
    const posthog = await clientFor((_req, res) =>
      res.writeHead(400, { "content-type": "text/plain" }).end(text),
    );
    const error = await posthog.GET(INSIGHTS, { throwOnError: true }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PostHogApiError);
    expect((error as PostHogApiError).detail).toContain("[REDACTED]");
    expectNoKey(error);
  });

  it("a bodyPreview that a cut would split through the key", async () => {
    const text = `<html>${"x".repeat(480)} ${KEY}</html>`;
    const posthog = await clientFor((_req, res) =>
      res.writeHead(200, { "content-type": "text/html" }).end(text),
    );
    const error = await posthog.GET(INSIGHTS).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PostHogResponseError);
    expectNoKey(error);
  });

  it("a parameter error that cuts the value through the key", async () => {
    const posthog = createPostHogClient({ apiKey: KEY, projectId: 1 });
    const error = await posthog
      .GET(PERSON, { params: { path: { id: `${"a".repeat(50)}${KEY}` as unknown as number } } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PostHogParameterError);
    expectNoKey(error, KEY, 8);
  });
});

describe("rotating keys (defect 7)", () => {
  it("every key given to a call still in flight is scrubbed, not only the last 16", async () => {
    const keys = Array.from(
      { length: 40 },
      (_, i) => `phx_rotating_${String(i).padStart(2, "0")}_abcdefghijklmnop`,
    );
    let given = 0;
    let release!: () => void;
    const othersDone = new Promise<void>((resolve) => (release = resolve));
    const posthog = createPostHogClient({
      apiKey: async () => keys[given++]!,
      projectId: 1,
      retry: false,
      fetch: async (request) => {
        const key = request.headers.get("authorization")!.slice("Bearer ".length);
        // The first call answers last, once 39 newer keys have been used.
        if (key === keys[0]) await othersDone;
        return Response.json({ detail: `Key ${key} is invalid.` }, { status: 401 });
      },
    });
    const first = posthog.GET(INSIGHTS, { throwOnError: true }).catch((e: unknown) => e);
    const rest = [];
    for (let i = 1; i < keys.length; i++) rest.push(await posthog.GET(INSIGHTS));
    release();
    const error = await first;
    expect(error).toBeInstanceOf(PostHogApiError);
    expectNoKey(error, keys[0]);
    for (const [i, result] of rest.entries()) expectNoKey(result.error, keys[i + 1]);
  });
});

describe("every spelling of the key (defect 8)", () => {
  it('a key with " and \\ is scrubbed once JSON-escaped too', async () => {
    const key = 'phx_quote"and\\backslash_0123456789';
    const posthog = createPostHogClient({
      apiKey: key,
      projectId: 1,
      retry: false,
      // A detail that is not a string is shown as JSON: the key appears escaped.
      fetch: async () =>
        Response.json({ detail: { echoed: key, twice: JSON.stringify(key) } }, { status: 400 }),
    });
    const error = await posthog.GET(INSIGHTS, { throwOnError: true }).catch((e: unknown) => e);
    const text = everything(error);
    for (const spelling of [
      key,
      JSON.stringify(key).slice(1, -1),
      JSON.stringify(JSON.stringify(key)).slice(1, -1),
      inspect(key).slice(1, -1),
    ]) {
      expect(text).not.toContain(spelling);
    }
    expect(text).not.toContain("phx_quote");
  });
});

describe("network errors (defect 9)", () => {
  it("a foreign cause is copied as scrubbed name, message and code, whatever it holds", async () => {
    const posthog = createPostHogClient({
      apiKey: KEY,
      projectId: 1,
      retry: false,
      fetch: async () => {
        // Deeper than util.inspect's default depth, and in a property no message shows.
        const cause = Object.assign(new Error("connect ECONNRESET"), {
          code: "ECONNRESET",
          agent: { pool: { sockets: { a: { b: { c: { d: { auth: `Bearer ${KEY}` } } } } } } },
        });
        throw new TypeError("fetch failed", { cause });
      },
    });
    const error = await posthog.GET(INSIGHTS).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PostHogNetworkError);
    const cause = (error as Error).cause as Error & { cause: Error & { code: string } };
    expect(cause).toMatchObject({ name: "TypeError", message: "fetch failed" });
    expect(cause.cause).toMatchObject({ message: "connect ECONNRESET", code: "ECONNRESET" });
    expect(Object.keys(cause.cause)).toEqual(["name", "code"]);
    expectNoKey(error);
  });
});

describe("a hanging key function (defect 10)", () => {
  it("is covered by the call's timeout", async () => {
    const posthog = createPostHogClient({
      apiKey: () => new Promise<string>(() => {}),
      projectId: 1,
      timeoutMs: 50,
    });
    const error = await posthog.GET(INSIGHTS).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PostHogTimeoutError);
    expect((error as Error).message).toMatch(/apiKey function gave no key within 50 ms/);
  });

  it("is covered by the call's signal", async () => {
    const posthog = createPostHogClient({
      apiKey: () => new Promise<string>(() => {}),
      projectId: 1,
    });
    const controller = new AbortController();
    const reason = new Error("no longer needed");
    const pending = posthog.GET(INSIGHTS, { signal: controller.signal });
    controller.abort(reason);
    await expect(pending).rejects.toBe(reason);
  });
});

describe("a deeply nested error body (defect 14)", () => {
  const deep = "[".repeat(200_000) + "]".repeat(200_000);

  it("is no RangeError without throwOnError: the error is the body's text", async () => {
    const posthog = await clientFor((_req, res) =>
      res.writeHead(400, { "content-type": "application/json" }).end(deep),
    );
    const { error, response } = await posthog.GET(INSIGHTS);
    expect(response.status).toBe(400);
    expect(error).toBeDefined();
  });

  it("nor with it: a PostHogApiError", async () => {
    const posthog = await clientFor((_req, res) =>
      res.writeHead(400, { "content-type": "application/json" }).end(deep),
    );
    const error = await posthog.GET(INSIGHTS, { throwOnError: true }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PostHogApiError);
    expect(typeof (error as PostHogApiError).body).toBe("string");
  });
});

describe("the non-throwing result (defect 19)", () => {
  it("carries a response whose headers are scrubbed like the thrown error's", async () => {
    const posthog = await clientFor((_req, res) =>
      res
        .writeHead(400, { "content-type": "application/json", "x-echo": `key=${KEY}` })
        .end('{"detail":"bad"}'),
    );
    const { error, response } = await posthog.GET(INSIGHTS);
    expect(error).toEqual({ detail: "bad" });
    expect(response.status).toBe(400);
    expect(response.headers.get("x-echo")).toBe("key=[REDACTED]");
    expectNoKey([...response.headers]);
  });

  it("keeps the answer itself when no header shows the key", async () => {
    const posthog = await clientFor((_req, res) =>
      res
        .writeHead(404, { "content-type": "application/json", "x-request-id": "r1" })
        .end('{"detail":"Not found."}'),
    );
    const { response } = await posthog.GET(INSIGHTS);
    expect(response.headers.get("x-request-id")).toBe("r1");
    expect(response.bodyUsed).toBe(true);
  });
});

describe("log lines", () => {
  it("never show the key, at debug, whatever the server echoes", async () => {
    const lines: unknown[] = [];
    const record = (...args: unknown[]) => void lines.push(args);
    const logger = { error: record, warn: record, info: record, debug: record };
    const posthog = await clientFor(
      (req, res, _body, index) =>
        index < 2
          ? res.writeHead(503, { "x-echo": KEY }).end(`${KEY}`)
          : res
              .writeHead(400, { "content-type": "application/json" })
              .end(JSON.stringify({ detail: KEY })),
      { logger, logLevel: "debug", retry: { baseDelayMs: 1, maxDelayMs: 1 } },
    );
    await posthog.GET(INSIGHTS, { params: { query: { search: KEY } } });
    expect(lines.length).toBeGreaterThan(5);
    expectNoKey(lines);
  });
});
