// Redirects are followed by the client itself, over real 127.0.0.1 sockets: same-origin hops only,
// writes re-sent intact through 307/308 and never retried once an answer came back, and a Location
// on another origin ends the call without its URL ever being requested.
import { afterEach, describe, expect, it } from "vitest";
import {
  createPostHogClient,
  PostHogRateLimitError,
  PostHogRedirectError,
} from "../../src/index.js";
import { MAX_REDIRECTS, nextHop } from "../../src/core/redirects.js";
import { startServer, type Handler, type TestServer } from "../helpers/server.js";

const INSIGHTS = "/api/environments/{project_id}/insights/" as const;
const PERSON = "/api/environments/{project_id}/persons/{id}/" as const;
const KEY = "phx_redirect_test_key_0123456789";
const page = { count: 0, next: null, previous: null, results: [] };
let servers: TestServer[] = [];

afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});

async function serve(handler: Handler): Promise<TestServer> {
  const server = await startServer(handler);
  servers.push(server);
  return server;
}

const client = (server: TestServer, retry: object | false = { baseDelayMs: 1, maxDelayMs: 1 }) =>
  createPostHogClient({ apiKey: KEY, projectId: 1, host: server.origin, retry: retry as false });

describe("same-origin redirects", () => {
  it.each([307, 308])(
    "a POST through %i is re-sent with its body intact (defect 2)",
    async (status) => {
      const server = await serve((req, res) => {
        if (req.url === "/api/environments/1/insights/") {
          res.writeHead(status, { location: "/api/environments/1/insights/moved/" }).end();
        } else {
          res.writeHead(201, { "content-type": "application/json" }).end('{"id":7,"short_id":"x"}');
        }
      });
      const body = { name: "Weekly signups ünïcode", tags: ["a", "b"] };
      const { data, attempts } = await client(server).POST(INSIGHTS, { body, throwOnError: true });
      expect(data).toEqual({ id: 7, short_id: "x" });
      expect(attempts).toBe(1);
      expect(server.requests.map((r) => [r.method, r.url, r.body])).toEqual([
        ["POST", "/api/environments/1/insights/", JSON.stringify(body)],
        ["POST", "/api/environments/1/insights/moved/", JSON.stringify(body)],
      ]);
      // The key went along: the hop stayed on the configured origin.
      expect(server.requests[1]!.headers.authorization).toBe(`Bearer ${KEY}`);
    },
  );

  it("a PATCH through 308 is re-sent with its body intact (defect 2)", async () => {
    const server = await serve((req, res) => {
      if (!req.url!.includes("moved")) res.writeHead(308, { location: "/moved/" }).end();
      else res.writeHead(202).end();
    });
    const body = { properties: { plan: "pro" } };
    await client(server).PATCH(PERSON, { params: { path: { id: 5 } }, body, throwOnError: true });
    expect(server.requests.map((r) => r.body)).toEqual([
      JSON.stringify(body),
      JSON.stringify(body),
    ]);
    expect(server.requests.map((r) => r.method)).toEqual(["PATCH", "PATCH"]);
  });

  it("a POST whose redirect target answers 429 is not sent again (defect 1)", async () => {
    const server = await serve((req, res) => {
      if (!req.url!.includes("moved")) res.writeHead(307, { location: "/moved/" }).end();
      else res.writeHead(429, { "retry-after": "0", "content-type": "application/json" }).end("{}");
    });
    const error = await client(server)
      .POST(INSIGHTS, { body: { name: "x" }, throwOnError: true })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PostHogRateLimitError);
    // One trip through the redirect: the 307 was an answer, so the write is never retried.
    expect(server.requests.map((r) => r.url)).toEqual(["/api/environments/1/insights/", "/moved/"]);
  });

  it("a POST whose redirect target resets the connection is not sent again (defect 1)", async () => {
    const server = await serve((req, res) => {
      if (!req.url!.includes("moved")) res.writeHead(307, { location: "/moved/" }).end();
      else req.socket.destroy();
    });
    await expect(client(server).POST(INSIGHTS, { body: { name: "x" } })).rejects.toThrow(
      /could not complete the request/,
    );
    expect(server.requests).toHaveLength(2);
  });

  it("a POST answered 429 directly is still retried: the server refused it before acting", async () => {
    const server = await serve((_req, res, _body, index) => {
      if (index === 0) res.writeHead(429, { "retry-after": "0" }).end("{}");
      else res.writeHead(201, { "content-type": "application/json" }).end('{"id":1}');
    });
    const { attempts } = await client(server).POST(INSIGHTS, {
      body: { name: "x" },
      throwOnError: true,
    });
    expect(attempts).toBe(2);
    expect(server.requests).toHaveLength(2);
  });

  it("a GET through a 302 whose target answers 503 is retried from the start", async () => {
    const server = await serve((req, res, _body, index) => {
      if (!req.url!.includes("moved")) res.writeHead(302, { location: "/moved/" }).end();
      else if (index === 1) res.writeHead(503).end();
      else res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(page));
    });
    const { data, attempts, response } = await client(server).GET(INSIGHTS, { throwOnError: true });
    expect(data).toEqual(page);
    expect(attempts).toBe(2);
    expect(response.status).toBe(200);
    expect(server.requests.map((r) => r.url)).toEqual([
      "/api/environments/1/insights/",
      "/moved/",
      "/api/environments/1/insights/",
      "/moved/",
    ]);
  });

  it(`stop after ${MAX_REDIRECTS} hops with a typed error`, async () => {
    const server = await serve((req, res) =>
      res.writeHead(302, { location: `${req.url}x/` }).end(),
    );
    const error = await client(server)
      .GET(INSIGHTS)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PostHogRedirectError);
    expect(error).toMatchObject({ reason: "too-many", hops: MAX_REDIRECTS });
    expect(server.requests).toHaveLength(MAX_REDIRECTS + 1);
  });

  it("a 302 or 303 to a POST is not turned into a GET: a typed error, the target never requested", async () => {
    const server = await serve((_req, res) => res.writeHead(303, { location: "/other/" }).end());
    const error = await client(server)
      .POST(INSIGHTS, { body: { name: "x" } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PostHogRedirectError);
    expect(error).toMatchObject({ reason: "method-change", status: 303 });
    expect(server.requests).toHaveLength(1);
  });

  it("each hop is logged with its status", async () => {
    const server = await serve((req, res) => {
      if (!req.url!.includes("moved")) res.writeHead(301, { location: "/moved/" }).end();
      else res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(page));
    });
    const lines: string[] = [];
    const logger = {
      error() {},
      warn() {},
      debug() {},
      info: (line: string) => void lines.push(line),
    };
    const posthog = createPostHogClient({
      apiKey: KEY,
      projectId: 1,
      host: server.origin,
      logger,
      logLevel: "info",
    });
    await posthog.GET(INSIGHTS);
    expect(lines).toEqual([
      "posthog: GET /api/environments/1/insights/ answered 301: following it",
    ]);
  });
});

describe("redirects to another origin", () => {
  it("end the call with PostHogRedirectError; the other server is never requested", async () => {
    const other = await serve((_req, res) => res.writeHead(200).end("{}"));
    const home = await serve((req, res) =>
      res.writeHead(307, { location: `${other.origin}${req.url}?token=${KEY}` }).end(),
    );
    const error = await client(home)
      .POST(INSIGHTS, { body: { name: "x" } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PostHogRedirectError);
    expect(error).toMatchObject({ reason: "other-origin", method: "POST", status: 307 });
    expect((error as PostHogRedirectError).location).toContain("token=%5BREDACTED%5D");
    expect(JSON.stringify(error) + (error as Error).message).not.toContain(KEY);
    expect(home.requests).toHaveLength(1);
    expect(other.requests).toHaveLength(0);
  });

  it("the same host on another port is another origin", async () => {
    const other = await serve((_req, res) => res.writeHead(200).end("{}"));
    const home = await serve((_req, res) =>
      res
        .writeHead(302, { location: other.origin.replace("127.0.0.1", "localhost") + "/x/" })
        .end(),
    );
    await expect(client(home).GET(INSIGHTS)).rejects.toBeInstanceOf(PostHogRedirectError);
    expect(other.requests).toHaveLength(0);
  });

  it("a scheme downgrade is refused as such", () => {
    const hop = () =>
      nextHop(
        "https://us.posthog.com/a/",
        "GET",
        301,
        "http://us.posthog.com/a/",
        0,
        "/a/",
        (t) => t,
      );
    expect(hop).toThrow(PostHogRedirectError);
    expect(hop).toThrow(/would leave https/);
    try {
      hop();
    } catch (error) {
      expect(error).toMatchObject({ reason: "downgrade" });
    }
  });
});
