// The key goes only to the configured origin, is looked up per call, and is never shown.
import nock from "nock";
import { inspect } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import {
  createPostHogClient,
  PostHogApiError,
  PostHogRedirectError,
  type PostHogError,
} from "../../src/index.js";
import { startServer, type TestServer } from "../helpers/server.js";

const KEY = "phx_7rQxSecretKey0123456789abcdef";
const insights = "/api/environments/{project_id}/insights/" as const;
const page = { count: 0, next: null, previous: null, results: [] };

describe("the Authorization header", () => {
  it("is sent to the configured origin", async () => {
    const scope = nock("https://us.posthog.com", { reqheaders: { authorization: `Bearer ${KEY}` } })
      .get("/api/environments/1/insights/")
      .reply(200, page);
    await createPostHogClient({ apiKey: KEY, projectId: 1 }).GET(insights);
    scope.done();
  });

  it("a per-call baseUrl is neither typed nor honoured: the call goes to the configured origin", async () => {
    const scope = nock("https://us.posthog.com", { reqheaders: { authorization: `Bearer ${KEY}` } })
      .get("/api/environments/1/insights/")
      .reply(200, page);
    const posthog = createPostHogClient({ apiKey: KEY, projectId: 1 });
    // @ts-expect-error baseUrl would bypass the pipeline's origin checks
    await posthog.GET(insights, { baseUrl: "https://evil.example.com" });
    scope.done();
  });

  it("is not sent when middleware moves the request to another origin, nor any caller-set credentials", async () => {
    const scope = nock("https://evil.example.com", { badheaders: ["authorization", "cookie"] })
      .get("/api/environments/1/insights/")
      .reply(200, page);
    const posthog = createPostHogClient({
      apiKey: KEY,
      projectId: 1,
      headers: { Cookie: "sessionid=s3cret" },
    });
    posthog.use({
      onRequest: ({ request }) =>
        new Request(request.url.replace("us.posthog.com", "evil.example.com"), request),
    });
    await posthog.GET(insights, { headers: { Authorization: "Bearer other" } });
    scope.done();
  });

  it("is not sent to the same host on another port or scheme", async () => {
    const scope = nock("http://us.posthog.com", { badheaders: ["authorization"] })
      .get("/api/environments/1/insights/")
      .reply(200, page);
    const posthog = createPostHogClient({ apiKey: KEY, projectId: 1 });
    posthog.use({
      onRequest: ({ request }) => new Request(request.url.replace("https:", "http:"), request),
    });
    await posthog.GET(insights);
    scope.done();
  });

  it("comes from the key provider on every call, so keys can rotate", async () => {
    const keys = ["phx_first", "phx_second"];
    let calls = 0;
    const posthog = createPostHogClient({ apiKey: async () => keys[calls++]!, projectId: 1 });
    const first = nock("https://us.posthog.com", {
      reqheaders: { authorization: "Bearer phx_first" },
    })
      .get("/api/environments/1/insights/")
      .reply(200, page);
    const second = nock("https://us.posthog.com", {
      reqheaders: { authorization: "Bearer phx_second" },
    })
      .get("/api/environments/1/insights/")
      .reply(200, page);
    await posthog.GET(insights);
    await posthog.GET(insights);
    first.done();
    second.done();
    expect(calls).toBe(2);
  });

  it("is not sent to operations that refuse personal API keys; session credentials are", async () => {
    const scope = nock("https://us.posthog.com", {
      badheaders: ["authorization"],
      reqheaders: { cookie: "sessionid=abc" },
    })
      .get("/api/environments/1/persons/5/properties_timeline/")
      .reply(200, {
        points: [],
        crucial_property_keys: [],
        effective_date_from: "",
        effective_date_to: "",
      });
    const posthog = createPostHogClient({ apiKey: KEY, projectId: 1 });
    await posthog.GET("/api/environments/{project_id}/persons/{id}/properties_timeline/", {
      params: { path: { id: 5 } },
      headers: { Cookie: "sessionid=abc" },
    });
    scope.done();
  });

  it("is never visible to middleware", async () => {
    const seen: string[] = [];
    nock("https://us.posthog.com").get("/api/environments/1/insights/").reply(200, page);
    const posthog = createPostHogClient({ apiKey: KEY, projectId: 1 });
    posthog.use({
      onRequest: ({ request }) => void seen.push(JSON.stringify([...request.headers])),
      onResponse: ({ request }) => void seen.push(JSON.stringify([...request.headers])),
    });
    await posthog.GET(insights);
    expect(seen).toHaveLength(2);
    for (const line of seen) expect(line).not.toContain(KEY);
  });
});

describe("redirects (real sockets)", () => {
  let servers: TestServer[] = [];
  afterEach(async () => {
    await Promise.all(servers.map((s) => s.close()));
    servers = [];
  });

  it("to another origin are not followed: the key, and the request, never reach it", async () => {
    const other = await startServer((_req, res) =>
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(page)),
    );
    const home = await startServer((req, res) =>
      res.writeHead(302, { location: `${other.origin}${req.url}` }).end(),
    );
    servers = [home, other];
    const posthog = createPostHogClient({ apiKey: KEY, projectId: 1, host: home.origin });
    const error = await posthog.GET(insights).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PostHogRedirectError);
    expect(error).toMatchObject({ reason: "other-origin", status: 302, hops: 0 });
    expect(home.requests[0]!.headers.authorization).toBe(`Bearer ${KEY}`);
    expect(other.requests).toHaveLength(0);
  });
});

describe("redaction", () => {
  function serializations(value: unknown): string[] {
    return [
      String(value),
      JSON.stringify(value) ?? "",
      inspect(value, { depth: 10, showHidden: true }),
      value instanceof Error ? `${value.message}\n${value.stack}` : "",
    ];
  }

  it("keeps the key out of the client's inspect, JSON and string forms", () => {
    const posthog = createPostHogClient({ apiKey: KEY, projectId: 1 });
    for (const text of serializations(posthog)) expect(text).not.toContain(KEY);
    expect(inspect(posthog)).toContain("https://us.posthog.com");
  });

  it("keeps the key out of API errors, even when the server echoes it", async () => {
    nock("https://us.posthog.com")
      .get("/api/environments/1/insights/")
      .query(true)
      .reply(401, {
        type: "authentication_error",
        code: "authentication_failed",
        detail: `Personal API key ${KEY} is invalid.`,
        attr: null,
      });
    const posthog = createPostHogClient({ apiKey: KEY, projectId: 1 });
    const error = (await posthog
      .GET(insights, { throwOnError: true, params: { query: { search: KEY } } })
      .catch((e) => e)) as PostHogApiError;
    expect(error).toBeInstanceOf(PostHogApiError);
    expect(error.detail).toContain("[REDACTED]");
    for (const text of serializations(error)) expect(text).not.toContain(KEY);
    expect(JSON.stringify(error.body)).not.toContain(KEY);
  });

  it("keeps the key out of returned error bodies", async () => {
    nock("https://us.posthog.com")
      .get("/api/environments/1/insights/")
      .reply(400, { detail: `bad key ${KEY}` });
    const { error } = await createPostHogClient({ apiKey: KEY, projectId: 1 }).GET(insights);
    expect(JSON.stringify(error)).not.toContain(KEY);
  });

  it("masks credentials in the query of the request summary", async () => {
    nock("https://us.posthog.com")
      .get("/api/environments/1/insights/")
      .query(true)
      .reply(404, { detail: "Not found." });
    const posthog = createPostHogClient({ apiKey: KEY, projectId: 1 });
    const error = (await posthog
      .GET(insights, {
        throwOnError: true,
        params: { query: { personal_api_key: "phx_other" } as never },
      })
      .catch((e) => e)) as PostHogError & { path: string };
    expect(error.path).toBe("/api/environments/1/insights/?personal_api_key=%5BREDACTED%5D");
    for (const text of serializations(error)) expect(text).not.toContain("phx_other");
  });

  it("keeps the key out of network errors", async () => {
    nock("https://us.posthog.com")
      .get("/api/environments/1/insights/")
      .replyWithError({ code: "ECONNRESET", message: "socket hang up" });
    const posthog = createPostHogClient({ apiKey: KEY, projectId: 1, retry: false });
    const error = await posthog.GET(insights).catch((e) => e);
    for (const text of serializations(error)) expect(text).not.toContain(KEY);
  });
});
