// concurrency against a real 127.0.0.1 server: requests overlap, items stay in order, the window is
// bounded, and leaving the loop early cancels the pages in flight.
import type { ServerResponse } from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { createPostHogClient } from "../../src/index.js";
import { startServer, until, type TestServer } from "../helpers/server.js";

const PAGE = 10;
const COUNT = 100;
let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

interface Tracker {
  inFlight: number;
  maxInFlight: number;
  aborted: number;
  held: ServerResponse[];
}

/**
 * An insights list of COUNT items, PAGE a page; `hold(offset)` says which pages never answer. With a
 * `barrier`, the pages after the first are answered only once that many are in flight together (so
 * a test of the overlap does not depend on timing).
 */
async function listServer(
  delayMs: number,
  hold: (offset: number) => boolean = () => false,
  barrier = 0,
) {
  const tracker: Tracker = { inFlight: 0, maxInFlight: 0, aborted: 0, held: [] };
  const waiting: (() => void)[] = [];
  server = await startServer((req, res) => {
    const url = new URL(req.url!, "http://x");
    const offset = Number(url.searchParams.get("offset") ?? 0);
    tracker.inFlight++;
    tracker.maxInFlight = Math.max(tracker.maxInFlight, tracker.inFlight);
    res.on("close", () => {
      tracker.inFlight--;
      if (!res.writableFinished) tracker.aborted++;
    });
    if (hold(offset)) return void tracker.held.push(res);
    const results = Array.from({ length: Math.min(PAGE, COUNT - offset) }, (_, i) => ({
      id: offset + i,
      short_id: `s${offset + i}`,
    }));
    const next =
      offset + PAGE < COUNT
        ? `${server!.origin}/api/environments/1/insights/?limit=${PAGE}&offset=${offset + PAGE}`
        : null;
    const answer = () =>
      setTimeout(
        () =>
          res
            .writeHead(200, { "content-type": "application/json" })
            .end(JSON.stringify({ count: COUNT, next, previous: null, results })),
        delayMs,
      );
    if (offset === 0 || offset > barrier * PAGE) return void answer();
    waiting.push(answer);
    if (waiting.length === barrier) for (const release of waiting) release();
  });
  const posthog = createPostHogClient({
    apiKey: "phx_k",
    projectId: 1,
    host: server.origin,
    retry: false,
  });
  return { posthog, tracker };
}

describe("concurrency", () => {
  it("overlaps up to `concurrency` requests and yields every item in server order", async () => {
    const { posthog, tracker } = await listServer(30, undefined, 4);
    const ids = (
      await posthog
        .paginate(
          "/api/environments/{project_id}/insights/",
          { params: { query: { limit: PAGE } } },
          { concurrency: 4 },
        )
        .toArray()
    ).map((i) => i.id);
    expect(ids).toEqual(Array.from({ length: COUNT }, (_, i) => i));
    expect(tracker.maxInFlight).toBe(4);
    expect(server!.requests).toHaveLength(COUNT / PAGE);
  });

  it("without concurrency, one request at a time", async () => {
    const { posthog, tracker } = await listServer(5);
    const items = await posthog
      .paginate("/api/environments/{project_id}/insights/", { params: { query: { limit: PAGE } } })
      .toArray();
    expect(items).toHaveLength(COUNT);
    expect(tracker.maxInFlight).toBe(1);
  });

  it("keeps only the window in flight while the caller is slow", async () => {
    const { posthog, tracker } = await listServer(0);
    const iterator = posthog
      .paginate(
        "/api/environments/{project_id}/insights/",
        { params: { query: { limit: PAGE } } },
        { concurrency: 3 },
      )
      [Symbol.asyncIterator]();
    for (let i = 0; i < PAGE + 1; i++) await iterator.next(); // the first page, and one item of the second
    await new Promise((resolve) => setTimeout(resolve, 100)); // the caller dawdles
    // The first page, then at most 3 at a time; reading one more page may launch one more.
    expect(server!.requests.length).toBeLessThanOrEqual(1 + 3 + 1);
    await iterator.return?.();
    expect(tracker.maxInFlight).toBeLessThanOrEqual(3);
  });

  it("respects maxItems without requesting pages it will not need", async () => {
    const { posthog } = await listServer(0);
    const items = await posthog
      .paginate(
        "/api/environments/{project_id}/insights/",
        { params: { query: { limit: PAGE } } },
        { concurrency: 4, maxItems: 25 },
      )
      .toArray();
    expect(items.map((i) => i.id)).toEqual(Array.from({ length: 25 }, (_, i) => i));
    expect(server!.requests).toHaveLength(3);
  });
});

describe("leaving the loop early", () => {
  it("cancels the pages still in flight", async () => {
    // Page 2 answers; the later pages never do.
    const { posthog, tracker } = await listServer(0, (offset) => offset >= 2 * PAGE);
    let seen = 0;
    for await (const item of posthog.paginate(
      "/api/environments/{project_id}/insights/",
      { params: { query: { limit: PAGE } } },
      { concurrency: 3 },
    )) {
      seen++;
      if (item.id === PAGE) break; // the first item of page 2
    }
    expect(seen).toBe(PAGE + 1);
    // Page 2 arrived and the window refilled: pages 3, 4 and 5 are in flight, and all are cancelled.
    await until(() => tracker.held.length === 3 && tracker.aborted === 3);
    expect(tracker.held.every((res) => res.destroyed || !res.writableFinished)).toBe(true);
  });

  it("cancels a sequential page in flight when the signal aborts", async () => {
    const { posthog, tracker } = await listServer(0, (offset) => offset === PAGE);
    const controller = new AbortController();
    const reason = new Error("enough");
    const run = (async () => {
      for await (const _ of posthog.paginate(
        "/api/environments/{project_id}/insights/",
        { params: { query: { limit: PAGE } } },
        { signal: controller.signal },
      )) {
        // keep reading
      }
    })();
    await until(() => tracker.held.length === 1);
    controller.abort(reason);
    await expect(run).rejects.toBe(reason);
    await until(() => tracker.aborted === 1);
  });
});
