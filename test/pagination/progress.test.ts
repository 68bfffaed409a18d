// #10.17: a next link must advance by the style's own parameter. A server whose links keep the offset
// (or page, or cursor) and change only a junk parameter used to be followed for ever, each link new.
// Now the loop ends with PostHogPaginationError "no-progress" and the link is never requested.
// Real 127.0.0.1 sockets.
import { afterEach, describe, expect, it } from "vitest";
import { createPostHogClient, PostHogPaginationError } from "../../src/index.js";
import { startServer, type TestServer } from "../helpers/server.js";

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** Page n (1 for the first request) is `body(n, next)`, its next link `?${nextQuery(n)}` on `path`. */
async function junkServer(
  path: string,
  body: (n: number, next: string) => unknown,
  nextQuery: (n: number) => string,
) {
  server = await startServer((req, res) => {
    const n = server!.requests.length;
    const next = `${server!.origin}${path}?${nextQuery(n)}`;
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(body(n, next)));
  });
  return createPostHogClient({ apiKey: "phx_k", projectId: 1, host: server.origin, retry: false });
}

async function failure(run: () => Promise<unknown>): Promise<PostHogPaginationError> {
  const error = await run().then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PostHogPaginationError);
  return error as PostHogPaginationError;
}

describe("next links that do not advance end the loop (no-progress)", () => {
  it("offset lists: the offset kept, a junk parameter changed", async () => {
    const posthog = await junkServer(
      "/api/environments/1/insights/",
      (n, next) => ({ count: 100, next, results: [{ id: n }] }),
      (n) => `limit=1&offset=1&junk=${n}`,
    );
    const error = await failure(() =>
      posthog.paginate("/api/environments/{project_id}/insights/").toArray(),
    );
    expect(error.reason).toBe("no-progress");
    expect(error.message).toContain("does not move offset forward (1 to 1)");
    expect(error.url).toBe("/api/environments/1/insights/?limit=1&offset=1&junk=2");
    expect(server!.requests.map((r) => r.url)).toEqual([
      "/api/environments/1/insights/",
      "/api/environments/1/insights/?limit=1&offset=1&junk=1",
    ]);
  });

  it("offset lists with concurrency: the first link must advance too", async () => {
    const posthog = await junkServer(
      "/api/environments/1/insights/",
      (n, next) => ({ count: 100, next, results: [{ id: n }] }),
      (n) => `limit=1&junk=${n}`,
    );
    const error = await failure(() =>
      posthog
        .paginate("/api/environments/{project_id}/insights/", undefined, { concurrency: 4 })
        .toArray(),
    );
    expect(error.reason).toBe("no-progress");
    expect(server!.requests).toHaveLength(1);
  });

  it("offset lists: an offset going back", async () => {
    const posthog = await junkServer(
      "/api/environments/1/insights/",
      (n, next) => ({ count: 100, next, results: [{ id: n }] }),
      (n) => `limit=1&offset=${n === 1 ? 5 : 3}`,
    );
    const error = await failure(() =>
      posthog.paginate("/api/environments/{project_id}/insights/").toArray(),
    );
    expect(error.reason).toBe("no-progress");
    expect(error.message).toContain("(5 to 3)");
    expect(server!.requests).toHaveLength(2);
  });

  it("offset lists: an offset that is not a number", async () => {
    const posthog = await junkServer(
      "/api/environments/1/insights/",
      (n, next) => ({ count: 100, next, results: [{ id: n }] }),
      () => `limit=1&offset=1e2`,
    );
    const error = await failure(() =>
      posthog.paginate("/api/environments/{project_id}/insights/").toArray(),
    );
    expect(error.reason).toBe("no-progress");
    expect(error.message).toContain("has no readable offset");
    expect(server!.requests).toHaveLength(1);
  });

  it("page-number lists: the page kept", async () => {
    const posthog = await junkServer(
      "/api/environments/1/insight_variables/",
      (n, next) => ({ count: 100, next, results: [{ id: `v${n}`, name: `v${n}` }] }),
      (n) => `page=2&junk=${n}`,
    );
    const error = await failure(() =>
      posthog.paginate("/api/environments/{project_id}/insight_variables/").toArray(),
    );
    expect(error.reason).toBe("no-progress");
    expect(error.message).toContain("does not move page forward (2 to 2)");
    expect(server!.requests).toHaveLength(2);
  });

  it("the events list: the `before` cursor kept", async () => {
    const posthog = await junkServer(
      "/api/environments/1/events/",
      (n, next) => ({ next, results: [{ id: `e${n}` }] }),
      (n) => `before=2026-11-20T10%3A00%3A00Z&junk=${n}`,
    );
    const error = await failure(() =>
      posthog.paginate("/api/environments/{project_id}/events/").toArray(),
    );
    expect(error.reason).toBe("no-progress");
    expect(error.message).toContain("keeps the same before");
    expect(server!.requests).toHaveLength(2);
  });

  it("a link that advances is followed to the end", async () => {
    const posthog = await junkServer(
      "/api/environments/1/insights/",
      (n, next) => ({ count: 3, next: n < 3 ? next : null, results: [{ id: n }] }),
      (n) => `junk=${n}&limit=1&offset=${n}`,
    );
    const items = await posthog.paginate("/api/environments/{project_id}/insights/").toArray();
    expect(items.map((i) => i.id)).toEqual([1, 2, 3]);
  });
});
