// Options and per-call headers over a real 127.0.0.1 socket: #10.11 (undefined retry fields mean the
// default, so the Retry-After cap stays) and #10.16 (a bad header value is refused before sending,
// with a PostHogConfigError that never quotes it).
import { afterEach, describe, expect, it } from "vitest";
import { createPostHogClient, PostHogApiError, PostHogConfigError } from "../../src/index.js";
import { startServer, type TestServer } from "../helpers/server.js";

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const insights = "/api/environments/{project_id}/insights/" as const;
const page = JSON.stringify({ count: 0, next: null, previous: null, results: [] });

describe("retry fields given as undefined take their defaults (#10.11)", () => {
  it("maxRetryAfterMs: undefined keeps the 60 s cap: a Retry-After of an hour is not slept", async () => {
    server = await startServer((_req, res) =>
      res
        .writeHead(429, { "retry-after": "3600", "content-type": "application/json" })
        .end(JSON.stringify({ detail: "Request was throttled." })),
    );
    const posthog = createPostHogClient({
      apiKey: "phx_k",
      projectId: 1,
      host: server.origin,
      retry: { maxRetries: 2, maxRetryAfterMs: undefined, baseDelayMs: undefined },
    });
    const error = await posthog.GET(insights, { throwOnError: true }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PostHogApiError);
    expect((error as PostHogApiError).status).toBe(429);
    expect(server.requests).toHaveLength(1);
  });

  it("maxRetries: undefined is the default two retries", async () => {
    server = await startServer((_req, res) => res.writeHead(503).end());
    const posthog = createPostHogClient({
      apiKey: "phx_k",
      projectId: 1,
      host: server.origin,
      retry: { maxRetries: undefined, baseDelayMs: 1, maxDelayMs: 1 },
    });
    await posthog.GET(insights).catch(() => undefined);
    expect(server.requests).toHaveLength(3);
  });
});

describe("per-call headers are checked before sending (#10.16)", () => {
  const SECRET = "sessionid=s3cr3t-session";
  const bad = { Cookie: `${SECRET}\n` };

  async function refused(call: (posthog: ReturnType<typeof client>) => Promise<unknown>) {
    const posthog = client();
    const error = await call(posthog).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PostHogConfigError);
    expect((error as PostHogConfigError).option).toBe("headers");
    expect((error as Error).message).toMatch(/the value of Cookie contains a line break/);
    expect(String((error as Error).stack)).not.toContain("s3cr3t");
    expect(server!.requests).toHaveLength(0);
  }
  function client() {
    return createPostHogClient({ apiKey: "phx_k", projectId: 1, host: server!.origin });
  }
  const serve = async () => {
    server = await startServer((_req, res) =>
      res.writeHead(200, { "content-type": "application/json" }).end(page),
    );
  };

  it("GET", async () => {
    await serve();
    await refused((posthog) => posthog.GET(insights, { headers: bad }));
  });

  it("a header given as an array of values", async () => {
    await serve();
    await refused((posthog) =>
      posthog.GET(insights, { headers: { Cookie: ["a=1", `${SECRET}\r`] } }),
    );
  });

  it("paginate", async () => {
    await serve();
    await refused((posthog) => posthog.paginate(insights, { headers: bad }).toArray());
  });

  it("csvRows", async () => {
    await serve();
    await refused(async (posthog) => {
      for await (const _ of posthog.csvRows("/api/environments/{project_id}/events/", {
        headers: bad,
      }));
    });
  });

  it("the tile stream's session credentials", async () => {
    await serve();
    await refused(async (posthog) => {
      for await (const _ of posthog.streamDashboardTiles(1, { headers: bad }));
    });
  });

  it("sends the forms openapi-fetch takes: numbers, and null to remove a header", async () => {
    await serve();
    const posthog = createPostHogClient({
      apiKey: "phx_k",
      projectId: 1,
      host: server!.origin,
      headers: { "X-Team": "billing" },
    });
    await posthog.GET(insights, { headers: { "X-Count": 3, "X-Team": null } });
    expect(server!.requests[0]!.headers["x-count"]).toBe("3");
    expect(server!.requests[0]!.headers["x-team"]).toBeUndefined();
  });
});
