// Property: the API key never appears in an error's message, JSON.stringify or util.inspect (with
// hidden properties, 10 levels deep), whatever the server echoes back: in PostHog's error fields, a
// text or HTML body, the status text, the query string (via `search`), after retries, with or
// without throwOnError. The "server" is a custom `fetch` returning crafted Responses, so hundreds of
// cases run in a few seconds with no network. Single cases below pin each place a key was found
// leaking before (error fields, headers, non-JSON bodies, encoded queries, refused links, causes).
import { inspect } from "node:util";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  createPostHogClient,
  PostHogApiError,
  PostHogError,
  PostHogNetworkError,
  PostHogPaginationError,
  PostHogResponseError,
  PostHogTimeoutError,
} from "../../src/index.js";

const HOST = "http://127.0.0.1:8020";
const INSIGHTS = "/api/environments/{project_id}/insights/" as const;
const apiKey = fc.stringMatching(/^[\x21-\x7e]{8,60}$/);

/** Everything an error shows: its message, its JSON, its full inspection (cause chain included). */
function shown(value: unknown): string[] {
  const out = [JSON.stringify(value) ?? "", inspect(value, { depth: 10, showHidden: true })];
  if (value instanceof Error) out.push(value.message, String(value), value.stack ?? "");
  return out;
}

function expectNoKey(value: unknown, key: string): void {
  for (const text of shown(value)) {
    if (text.includes(key)) throw new Error(`the key shows in:\n${text}`);
  }
}

type BodyShape =
  | "detail"
  | "fields"
  | "error"
  | "message"
  | "swapped"
  | "nested"
  | "key-as-name"
  | "array"
  | "text"
  | "html"
  | "empty";

function errorBody(shape: BodyShape, echo: string): { text: string; type?: string } {
  const json = (value: unknown) => ({ text: JSON.stringify(value), type: "application/json" });
  switch (shape) {
    case "detail":
      return json({ type: "authentication_error", code: "authentication_failed", detail: echo });
    case "fields":
      return json({
        type: `validation ${echo}`,
        code: `code ${echo}`,
        detail: `bad ${echo}!`,
        attr: echo,
      });
    case "error":
      return json({ error: echo });
    case "message":
      return json({ success: false, message: `${echo}${echo}` });
    case "swapped":
      return json({ code: `Key ${echo} is wrong.`, detail: "invalid" });
    case "nested":
      return json({ detail: "x", errors: [{ field: [echo], deeper: { key: echo } }] });
    case "key-as-name":
      return json({ [echo]: echo, detail: "x" });
    case "array":
      return json([echo, { echo }]);
    case "text":
      return { text: `upstream said: ${echo}` };
    case "html":
      return {
        text: `<!doctype html><html><head><title>${echo}</title></head><body>${echo}</body></html>`,
        type: "text/html",
      };
    case "empty":
      return { text: "" };
  }
}

const scenario = fc.record({
  outcome: fc.constantFrom("status", "status", "status", "network", "timeout", "proxy-200"),
  status: fc.constantFrom(400, 401, 403, 404, 405, 429, 500, 502, 503),
  shape: fc.constantFrom<BodyShape>(
    "detail",
    "fields",
    "error",
    "message",
    "swapped",
    "nested",
    "key-as-name",
    "array",
    "text",
    "html",
    "empty",
  ),
  /** How the key is embedded where it is echoed. */
  around: fc.tuple(
    fc.constantFrom("", " ", "Bearer ", "x", "\n"),
    fc.constantFrom("", ".", "x", '"'),
  ),
  statusText: fc.boolean(),
  /** Send the key as the `search` query parameter, so the error's path holds it. */
  inQuery: fc.boolean(),
  /** 429s (Retry-After: 0) before the final answer. */
  throttled: fc.integer({ min: 0, max: 2 }),
  throwOnError: fc.boolean(),
  /** The key as a string, or from a function. */
  keyFunction: fc.boolean(),
});

describe("the API key never shows in an error", () => {
  it("whatever the server echoes, with or without throwOnError (400 runs)", async () => {
    await fc.assert(
      fc.asyncProperty(apiKey, scenario, async (key, s) => {
        const echo = s.around[0] + key + s.around[1];
        let attempts = 0;
        const posthog = createPostHogClient({
          apiKey: s.keyFunction ? async () => key : key,
          projectId: 1,
          host: HOST,
          timeoutMs: s.outcome === "timeout" ? 5 : 30_000,
          retry: { maxRetries: 2, baseDelayMs: 1, maxDelayMs: 1 },
          fetch: async (request) => {
            attempts++;
            expect(request.headers.get("authorization")).toBe(`Bearer ${key}`);
            if (attempts <= s.throttled) {
              return Response.json(
                { detail: `throttled ${echo}` },
                { status: 429, headers: { "Retry-After": "0" } },
              );
            }
            if (s.outcome === "network") throw new TypeError("fetch failed");
            if (s.outcome === "timeout") {
              // The 5 ms timeout may already have fired on a busy machine: no abort event then.
              return new Promise<Response>((_, reject) => {
                if (request.signal.aborted) reject(request.signal.reason);
                request.signal.addEventListener("abort", () => reject(request.signal.reason));
              });
            }
            if (s.outcome === "proxy-200") {
              return new Response(`<html><body>Gateway ${echo}</body></html>`, {
                status: 200,
                headers: { "content-type": `text/html; x=${echo.trim() || "x"}` },
              });
            }
            const body = errorBody(s.shape, echo);
            return new Response(body.text, {
              status: s.status,
              statusText: s.statusText ? echo.trim() || "x" : "",
              headers: body.type ? { "content-type": body.type } : {},
            });
          },
        });
        const init = {
          throwOnError: s.throwOnError,
          params: { query: s.inQuery ? { search: key } : {} },
        };
        let result: unknown;
        try {
          result = await posthog.GET(INSIGHTS, init);
        } catch (error) {
          expect(error).toBeInstanceOf(PostHogError);
          if (s.outcome === "network") expect(error).toBeInstanceOf(PostHogNetworkError);
          if (s.outcome === "timeout") expect(error).toBeInstanceOf(PostHogTimeoutError);
          if (s.outcome === "proxy-200") expect(error).toBeInstanceOf(PostHogResponseError);
          if (s.outcome === "status") expect(error).toBeInstanceOf(PostHogApiError);
          expectNoKey(error, key);
          return;
        }
        // Without throwOnError, a non-2xx comes back as { error }: that must be clean too.
        expect(s.outcome === "status" && !s.throwOnError).toBe(true);
        const { error } = result as { error: unknown };
        expect(error).toBeDefined();
        expectNoKey(error, key);
      }),
      { numRuns: 400 },
    );
  });

  it("a PostHog-style key echoed in every field of every shape (1000 runs)", async () => {
    // The pure-string path: real keys are phx_ + 43 alphanumerics; no retries, one status.
    await fc.assert(
      fc.asyncProperty(
        fc.stringMatching(/^phx_[A-Za-z0-9]{43}$/),
        fc.constantFrom<BodyShape>(
          "detail",
          "fields",
          "error",
          "swapped",
          "nested",
          "key-as-name",
          "text",
          "html",
        ),
        fc.constantFrom(400, 401, 403, 429, 500),
        async (key, shape, status) => {
          const body = errorBody(shape, key);
          const posthog = createPostHogClient({
            apiKey: key,
            projectId: 1,
            host: HOST,
            retry: false,
            fetch: async () =>
              new Response(body.text, {
                status,
                statusText: key,
                headers: body.type ? { "content-type": body.type } : {},
              }),
          });
          const error = await posthog
            .GET(INSIGHTS, { throwOnError: true, params: { query: { search: key } } })
            .catch((e: unknown) => e);
          expect(error).toBeInstanceOf(PostHogApiError);
          expectNoKey(error, key);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe("echo places where the key shows today (bugs)", () => {
  const KEY = "phx_Echo+Key/0123456789";
  const client = (fetch: (request: Request) => Response | Promise<Response>) =>
    createPostHogClient({
      apiKey: KEY,
      projectId: 1,
      host: HOST,
      retry: false,
      fetch: async (request) => fetch(request),
    });
  const failure = (promise: Promise<unknown>) =>
    promise.then(
      () => {
        throw new Error("expected a failure");
      },
      (error: unknown) => error,
    );

  // PostHogApiError scrubs `detail` but not `type`, `code` or `attr` (toJSON and inspect show them).
  // `code` is free text in the older persons/groups shape, e.g. {"code": "This field is required."}.
  it("type, code or attr echoing the key", async () => {
    for (const body of [
      { type: "validation_error", code: "invalid_input", detail: "bad", attr: KEY },
      { type: "validation_error", code: `Key ${KEY} is not valid.`, detail: "Also not valid." },
      { type: KEY, code: "invalid_input", detail: "bad" },
    ]) {
      const error = await failure(
        client(() => Response.json(body, { status: 400 })).GET(INSIGHTS, { throwOnError: true }),
      );
      expect(error).toBeInstanceOf(PostHogApiError);
      expectNoKey(error, KEY);
    }
  });

  // PostHogApiError keeps the response's Headers; util.inspect prints them, unscrubbed.
  it("a response header echoing the key (util.inspect of PostHogApiError.headers)", async () => {
    const error = await failure(
      client(() =>
        Response.json({ detail: "no" }, { status: 401, headers: { "x-echo": `Bearer ${KEY}` } }),
      ).GET(INSIGHTS, { throwOnError: true }),
    );
    expect(error).toBeInstanceOf(PostHogApiError);
    expectNoKey(error, KEY);
  });

  // PostHogResponseError.bodyPreview is the raw body (JSON.stringify and inspect show it), and its
  // cause is JSON.parse's SyntaxError, whose message quotes the start of the body.
  it("a 200 body that is not JSON and echoes the key (a proxy's debug page)", async () => {
    const error = await failure(
      client(
        () =>
          new Response(`Authorization: Bearer ${KEY}`, {
            status: 200,
            headers: { "content-type": "text/plain" },
          }),
      ).GET(INSIGHTS),
    );
    expect(error).toBeInstanceOf(PostHogResponseError);
    expectNoKey(error, KEY);
  });

  // The message quotes the Content-Type header as received.
  it("a Content-Type echoing the key, on a 200 that is not JSON", async () => {
    const error = await failure(
      client(
        () =>
          new Response("oops", {
            status: 200,
            headers: { "content-type": `text/plain; token=${KEY}` },
          }),
      ).GET(INSIGHTS),
    );
    expect(error).toBeInstanceOf(PostHogResponseError);
    expectNoKey(error, KEY);
  });

  // Errors show the request's path and query percent-encoded; the scrubber looks for the raw key, so
  // a key with characters that URLSearchParams encodes ("+", "/") shows as phx_Echo%2BKey%2F0123...
  it("a key sent in the query shows percent-encoded", async () => {
    const error = await failure(
      client(() => Response.json({ detail: "bad" }, { status: 400 })).GET(INSIGHTS, {
        throwOnError: true,
        params: { query: { search: KEY } },
      }),
    );
    expect(error).toBeInstanceOf(PostHogApiError);
    const encoded = new URLSearchParams({ k: KEY }).toString().slice(2);
    expect(encoded).not.toBe(KEY);
    for (const text of shown(error)) expect(text).not.toContain(encoded);
  });

  // A next link is shown in PostHogPaginationError (message and url) without going through the
  // client's scrubber: only query parameters with credential-like names are masked.
  it("a refused next link that echoes the key in its query", async () => {
    const error = await failure(
      client(() =>
        Response.json({
          count: 2,
          next: `https://elsewhere.example/api/environments/1/insights/?search=${KEY}`,
          results: [{ id: 1 }],
        }),
      )
        .paginate(INSIGHTS)
        .toArray(),
    );
    expect(error).toBeInstanceOf(PostHogPaginationError);
    expectNoKey(error, KEY);
  });

  // The transport keeps a failing fetch's error as `cause` unscrubbed; util.inspect prints it. A
  // custom fetch (a proxy agent, say) whose error quotes the request's headers leaks the key.
  it("a custom fetch whose error quotes the Authorization header", async () => {
    const error = await failure(
      client((request) => {
        throw new TypeError("fetch failed", {
          cause: new Error(`proxy refused ${request.headers.get("authorization")}`),
        });
      }).GET(INSIGHTS),
    );
    expect(error).toBeInstanceOf(PostHogNetworkError);
    expectNoKey(error, KEY);
  });
});
