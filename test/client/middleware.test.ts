// openapi-fetch middleware keeps working: it sees each call once and may change requests and answers.
import nock from "nock";
import { describe, expect, it } from "vitest";
import { createPostHogClient, PostHogNetworkError, PostHogNotFoundError } from "../../src/index.js";

const insights = "/api/environments/{project_id}/insights/" as const;
const page = { count: 1, next: null, previous: null, results: [{ id: 1, short_id: "a" }] };

it("runs client middleware (from options and use()) and per-call middleware, in order", async () => {
  const order: string[] = [];
  const scope = nock("https://us.posthog.com", { reqheaders: { "x-trace": "abc" } })
    .get("/api/environments/1/insights/")
    .reply(200, page);
  const posthog = createPostHogClient({
    apiKey: "phx_k",
    projectId: 1,
    middleware: [{ onRequest: () => void order.push("options") }],
  });
  posthog.use({
    onRequest: ({ request }) => {
      order.push("use");
      request.headers.set("x-trace", "abc");
      return request;
    },
    onResponse: ({ response, schemaPath }) => {
      order.push(`response ${schemaPath} ${response.status}`);
    },
  });
  const { data } = await posthog.GET(insights, {
    middleware: [{ onRequest: () => void order.push("call") }],
  });
  expect(data).toEqual(page);
  expect(order).toEqual([
    "options",
    "use",
    "call",
    "response /api/environments/{project_id}/insights/ 200",
  ]);
  scope.done();
});

it("can answer without a request (short-circuit) and can be ejected", async () => {
  const posthog = createPostHogClient({ apiKey: "phx_k", projectId: 1 });
  const cache = { onRequest: () => Response.json(page) };
  posthog.use(cache);
  expect((await posthog.GET(insights)).data).toEqual(page);
  posthog.eject(cache);
  nock("https://us.posthog.com")
    .get("/api/environments/1/insights/")
    .reply(200, { ...page, count: 2 });
  expect((await posthog.GET(insights)).data?.count).toBe(2);
});

it("runs the middleware a call was made with, even when ejected while the call is on its way", async () => {
  const seen: string[] = [];
  const posthog = createPostHogClient({ apiKey: "phx_k", projectId: 1 });
  const tracer = {
    onRequest: () => void seen.push("request"),
    onResponse: () => void seen.push("response"),
  };
  posthog.use(tracer);
  nock("https://us.posthog.com").get("/api/environments/1/insights/").times(2).reply(200, page);
  const first = posthog.GET(insights);
  posthog.eject(tracer);
  expect((await first).data).toEqual(page);
  expect(seen).toEqual(["request", "response"]);
  expect((await posthog.GET(insights)).data).toEqual(page);
  expect(seen).toEqual(["request", "response"]);
});

describe("with the pipeline's attempts", () => {
  const quick = { baseDelayMs: 1, maxDelayMs: 1 };

  it("a middleware that replaces the Response keeps the attempt count", async () => {
    nock("https://us.posthog.com").get("/api/environments/1/insights/").times(2).reply(503, "");
    nock("https://us.posthog.com").get("/api/environments/1/insights/").reply(200, page);
    const posthog = createPostHogClient({ apiKey: "phx_k", projectId: 1, retry: quick });
    posthog.use({
      onResponse: async ({ response }) =>
        Response.json(
          { ...((await response.json()) as object), count: 42 },
          { status: response.status },
        ),
    });
    const result = await posthog.GET(insights);
    expect(result.data?.count).toBe(42);
    expect(result.attempts).toBe(3);
  });

  it("onResponse sees the body already read, once, and a 4xx replaced still says its attempts", async () => {
    nock("https://us.posthog.com")
      .get("/api/environments/1/insights/")
      .reply(429, { detail: "slow" }, { "Retry-After": "0" });
    nock("https://us.posthog.com")
      .get("/api/environments/1/insights/")
      .reply(404, { detail: "Not found." });
    const seen: unknown[] = [];
    const posthog = createPostHogClient({
      apiKey: "phx_k",
      projectId: 1,
      retry: quick,
      throwOnError: true,
    });
    posthog.use({
      onResponse: async ({ response }) => void seen.push(await response.clone().json()),
    });
    const error = await posthog.GET(insights).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PostHogNotFoundError);
    expect(error).toMatchObject({ attempts: 2, detail: "Not found." });
    expect(seen).toEqual([{ detail: "Not found." }]);
  });

  it("onError sees the typed error and may recover with a Response", async () => {
    nock("https://us.posthog.com")
      .get("/api/environments/1/insights/")
      .replyWithError({ code: "ECONNRESET" });
    const errors: unknown[] = [];
    const posthog = createPostHogClient({ apiKey: "phx_k", projectId: 1, retry: false });
    posthog.use({ onError: ({ error }) => (errors.push(error), Response.json(page)) });
    const result = await posthog.GET(insights);
    expect(errors[0]).toBeInstanceOf(PostHogNetworkError);
    expect(result.data).toEqual(page);
    expect(result.attempts).toBe(0);
  });

  it("a short-circuiting middleware answers with no attempt made", async () => {
    const posthog = createPostHogClient({ apiKey: "phx_k", projectId: 1 });
    const { data, attempts } = await posthog.GET(insights, {
      middleware: [{ onRequest: () => Response.json(page) }],
    });
    expect(data).toEqual(page);
    expect(attempts).toBe(0);
  });

  it("refuses what is not middleware, as openapi-fetch does", () => {
    const posthog = createPostHogClient({ apiKey: "phx_k", projectId: 1 });
    expect(() => posthog.use({} as never)).toThrow(/Middleware must be an object/);
  });
});
