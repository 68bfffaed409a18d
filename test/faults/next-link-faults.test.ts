// paginate() against real 127.0.0.1 servers whose next links misbehave: links that loop, that point to
// another port, that carry user info, that leave the path. Each refusal is a PostHogPaginationError
// with its reason, and the servers' own records prove the refused link was never requested (not even
// a connection to the other port). Also: faults on pages fetched concurrently.
import { afterEach, describe, expect, it } from "vitest";
import {
  createPostHogClient,
  PostHogApiError,
  PostHogPaginationError,
  type PaginationStopReason,
} from "../../src/index.js";
import { guardProcess } from "./process-guard.js";
import { startFaultServer, type Exchange, type FaultServer } from "../helpers/server.js";

const KEY = "phx_pages_key_0123456789";
const INSIGHTS = "/api/environments/{project_id}/insights/" as const;
const PATH = "/api/environments/1/insights/";

const guard = guardProcess();
let servers: FaultServer[] = [];

afterEach(async () => {
  try {
    for (const server of servers) await server.allClosed();
    for (const server of servers) expect(server.errors).toEqual([]);
    expect(await guard.drain()).toEqual([]);
  } finally {
    await Promise.all(servers.map((server) => server.close()));
    servers = [];
  }
});

const offsetOf = (url: string) => Number(new URL(url, "http://x").searchParams.get("offset") ?? 0);

/**
 * A list server: the page at each offset holds one insight whose id is offset + 1, and links to
 * whatever `nextFor(offset, origin)` says (null for none).
 */
async function listServer(
  nextFor: (offset: number, origin: string) => string | null,
  count = 100,
): Promise<FaultServer> {
  let origin = "";
  const server = await startFaultServer((ex: Exchange) => {
    const offset = offsetOf(ex.request.url);
    ex.json(200, {
      count,
      next: nextFor(offset, origin),
      previous: null,
      results: [{ id: offset + 1, name: `insight ${offset + 1}` }],
    });
  });
  origin = server.origin;
  servers.push(server);
  return server;
}

async function trap(): Promise<FaultServer> {
  const server = await startFaultServer((ex) =>
    ex.json(200, { count: 0, next: null, results: [] }),
  );
  servers.push(server);
  return server;
}

async function drain(server: FaultServer, options: { concurrency?: number } = {}) {
  const posthog = createPostHogClient({
    apiKey: KEY,
    projectId: 1,
    host: server.origin,
    retry: { baseDelayMs: 1, maxDelayMs: 2 },
  });
  const seen: number[] = [];
  try {
    for await (const insight of posthog.paginate(INSIGHTS, undefined, options))
      seen.push(insight.id);
  } catch (error) {
    return { seen, error };
  }
  return { seen, error: undefined };
}

function expectStop(error: unknown, reason: PaginationStopReason): PostHogPaginationError {
  expect(error).toBeInstanceOf(PostHogPaginationError);
  expect((error as PostHogPaginationError).reason).toBe(reason);
  return error as PostHogPaginationError;
}

describe("next links that loop", () => {
  it("a page that links to itself: repeated, after two requests", async () => {
    const server = await listServer((_, origin) => `${origin}${PATH}?limit=1&offset=1`);
    const { seen, error } = await drain(server);
    expect(seen).toEqual([1, 2]);
    const stop = expectStop(error, "repeated");
    expect(stop.url).toBe(`${PATH}?limit=1&offset=1`);
    expect(server.requests.map((r) => r.url)).toEqual([PATH, `${PATH}?limit=1&offset=1`]);
  });

  it("a cycle of three pages: repeated, each page requested once", async () => {
    const server = await listServer(
      (offset, origin) => `${origin}${PATH}?limit=1&offset=${(offset % 3) + 1}`,
    );
    const { seen, error } = await drain(server);
    expect(seen).toEqual([1, 2, 3, 4]);
    expectStop(error, "repeated");
    expect(server.requests.map((r) => offsetOf(r.url))).toEqual([0, 1, 2, 3]);
  });

  it("a two-page cycle whose links differ in parameter order stops before going back", async () => {
    const server = await listServer((offset, origin) =>
      offset % 2 === 0 ? `${origin}${PATH}?limit=1&offset=1` : `${origin}${PATH}?offset=0&limit=1`,
    );
    const { seen, error } = await drain(server);
    expectStop(error, "no-progress");
    expect(seen).toEqual([1, 2]);
    expect(server.requests).toHaveLength(2);
  });
});

describe("next links that leave: refused, and never requested", () => {
  it("another port on the same host", async () => {
    const other = await trap();
    const server = await listServer(() => `${other.origin}${PATH}?limit=1&offset=1`);
    const { seen, error } = await drain(server);
    expect(seen).toEqual([1]);
    const stop = expectStop(error, "other-origin");
    expect(stop.message).toContain("Nothing was sent to it.");
    expect(stop.url).toBe(`${other.origin}${PATH}?limit=1&offset=1`);
    expect(other.connections).toEqual([]);
    expect(server.requests).toHaveLength(1);
  });

  it("the same port under another host name (localhost)", async () => {
    const server = await listServer(
      (_, origin) => `${origin.replace("127.0.0.1", "localhost")}${PATH}?limit=1&offset=1`,
    );
    const { error } = await drain(server);
    expectStop(error, "other-origin");
    expect(server.requests).toHaveLength(1);
    expect(server.connections).toHaveLength(1);
  });

  it("https on the same host and port", async () => {
    const server = await listServer(
      (_, origin) => `${origin.replace("http:", "https:")}${PATH}?limit=1&offset=1`,
    );
    const { error } = await drain(server);
    expectStop(error, "other-origin");
    expect(server.connections).toHaveLength(1);
  });

  for (const userInfo of ["attacker:s3cret@", "attacker@", ":s3cret@"]) {
    it(`user info (${userInfo}) on the right origin, not shown in the error`, async () => {
      const server = await listServer(
        (_, origin) => origin.replace("//", `//${userInfo}`) + `${PATH}?limit=1&offset=1`,
      );
      const { seen, error } = await drain(server);
      expect(seen).toEqual([1]);
      const stop = expectStop(error, "user-info");
      for (const shown of [stop.message, stop.url, JSON.stringify(stop)]) {
        expect(shown).not.toContain("s3cret");
        expect(shown).not.toContain("attacker");
      }
      expect(server.requests).toHaveLength(1);
    });
  }

  const otherPaths: [string, (origin: string) => string][] = [
    ["another project", (o) => `${o}/api/environments/2/insights/?limit=1&offset=1`],
    ["another resource", (o) => `${o}/api/environments/1/dashboards/?limit=1&offset=1`],
    ["dot segments", (o) => `${o}${PATH}../../2/insights/?limit=1&offset=1`],
    ["encoded dot segments", (o) => `${o}${PATH}%2e%2e/%2E%2E/2/insights/?offset=1`],
    ["a sub-path", (o) => `${o}${PATH}1/?limit=1&offset=1`],
    ["no trailing slash", (o) => `${o}/api/environments/1/insights?limit=1&offset=1`],
    ["a root-relative link", () => `/api/environments/2/insights/?limit=1&offset=1`],
    ["a bare query (relative to the origin, not the page)", () => `?limit=1&offset=1`],
  ];
  for (const [name, next] of otherPaths) {
    it(`another path: ${name}`, async () => {
      const server = await listServer((_, origin) => next(origin));
      const { seen, error } = await drain(server);
      expect(seen).toEqual([1]);
      expectStop(error, "other-path");
      expect(server.requests.map((r) => r.url)).toEqual([PATH]);
    });
  }

  it("a protocol-relative link to another host", async () => {
    const other = await trap();
    const server = await listServer(
      () => `//${other.origin.slice("http://".length)}${PATH}?offset=1`,
    );
    const { error } = await drain(server);
    expectStop(error, "other-origin");
    expect(other.connections).toEqual([]);
  });

  it("a link that is the right origin spelled differently is followed (and requested there)", async () => {
    // HTTP in capitals and 127.0.0.1 as one number: the URL parser makes it the same origin.
    const server = await listServer((offset, origin) =>
      offset === 0
        ? `${origin.replace("http://127.0.0.1", "HTTP://2130706433")}${PATH}?limit=1&offset=1`
        : null,
    );
    const { seen, error } = await drain(server);
    expect(error).toBeUndefined();
    expect(seen).toEqual([1, 2]);
    expect(server.requests.map((r) => r.url)).toEqual([PATH, `${PATH}?limit=1&offset=1`]);
    expect(server.requests[1]!.headers.authorization).toBe(`Bearer ${KEY}`);
  });
});

describe("faults while pages are fetched concurrently", () => {
  it("a page that fails ends the loop, and the pages still in flight are cancelled", async () => {
    let origin = "";
    const server = await startFaultServer((ex) => {
      const offset = offsetOf(ex.request.url);
      if (offset === 0) {
        ex.json(200, {
          count: 10,
          next: `${origin}${PATH}?limit=1&offset=1`,
          results: [{ id: 1, name: "a" }],
        });
      } else if (offset === 1) {
        ex.json(404, { type: "invalid_request", code: "not_found", detail: "Not found." });
      }
      // offsets 2 and 3: never answered; only the client's cancellation can close them
    });
    origin = server.origin;
    servers.push(server);
    const { seen, error } = await drain(server, { concurrency: 3 });
    expect(seen).toEqual([1]);
    expect(error).toBeInstanceOf(PostHogApiError);
    expect(error).toMatchObject({ status: 404 });
    // Pages 2 and 3 were launched with page 1; whether they reached the server before the 404 ended
    // the loop is a race. Those that did were never answered, so only the client could close them.
    // Pages 1, 2 and 3 go out together, on connections of their own: their order of arrival is a
    // race too, so only page 0 is known to come first.
    const offsets = server.requests.map((r) => offsetOf(r.url));
    expect(offsets[0]).toBe(0);
    expect(offsets).toContain(1);
    expect(server.requests.length).toBeLessThanOrEqual(4);
  });

  it("a page reset mid-body is retried and the items still come out in order", async () => {
    let origin = "";
    let resets = 0;
    const server = await startFaultServer((ex) => {
      const offset = offsetOf(ex.request.url);
      if (offset === 2 && resets++ === 0) {
        ex.head(200, { "Content-Type": "application/json", "Content-Length": 400 });
        ex.write('{"count": 5, "res');
        setTimeout(() => ex.reset(), 10);
        return;
      }
      ex.json(200, {
        count: 5,
        next: offset < 4 ? `${origin}${PATH}?limit=1&offset=${offset + 1}` : null,
        results: [{ id: offset + 1, name: "x" }],
      });
    });
    origin = server.origin;
    servers.push(server);
    const { seen, error } = await drain(server, { concurrency: 2 });
    expect(error).toBeUndefined();
    expect(seen).toEqual([1, 2, 3, 4, 5]);
    expect(server.requests.filter((r) => offsetOf(r.url) === 2)).toHaveLength(2);
  });

  it("leaving the loop early cancels the pages in flight", async () => {
    let origin = "";
    const server = await startFaultServer((ex) => {
      const offset = offsetOf(ex.request.url);
      if (offset > 1) return; // later pages stall
      ex.json(200, {
        count: 10,
        next: `${origin}${PATH}?limit=1&offset=${offset + 1}`,
        results: [{ id: offset + 1, name: "x" }],
      });
    });
    origin = server.origin;
    servers.push(server);
    const posthog = createPostHogClient({ apiKey: KEY, projectId: 1, host: server.origin });
    const seen: number[] = [];
    for await (const insight of posthog.paginate(INSIGHTS, undefined, { concurrency: 3 })) {
      seen.push(insight.id);
      if (seen.length === 2) {
        // Pages 2, 3 and 4 are in flight (stalled) when the loop is left.
        while (server.requests.length < 5) await new Promise((r) => setTimeout(r, 2));
        break;
      }
    }
    expect(seen).toEqual([1, 2]);
    expect(server.requests.map((r) => offsetOf(r.url)).sort((a, b) => a - b)).toEqual([
      0, 1, 2, 3, 4,
    ]);
    // afterEach: the three stalled connections were closed by the client.
  });
});
