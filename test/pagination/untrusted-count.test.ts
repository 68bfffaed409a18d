// #10.3: a server's `count` is untrusted. With `concurrency`, the offsets still to read are produced
// one at a time, bounded by maxItems/maxPages and ended by the server's last page, never allocated
// up to the count (count 1e9 used to build 1e8 offsets before maxItems applied, 1e15 killed the
// process). Real 127.0.0.1 sockets; the server records each request as its headers arrive.
import { afterEach, describe, expect, it } from "vitest";
import { createPostHogClient } from "../../src/index.js";
import { offsets } from "../../src/pagination/offsets.js";
import { startServer, type TestServer } from "../helpers/server.js";

const PAGE = 10;
const INSIGHTS = "/api/environments/{project_id}/insights/" as const;
let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** Insights pages claiming `count` items; the list really ends at `end` (next: null there). */
async function lyingServer(count: number, end = Infinity) {
  server = await startServer((req, res) => {
    const url = new URL(req.url!, "http://x");
    const offset = Number(url.searchParams.get("offset") ?? 0);
    const last = offset + PAGE >= end;
    const results =
      offset >= end
        ? []
        : Array.from({ length: PAGE }, (_, i) => ({ id: offset + i, short_id: `s${offset + i}` }));
    const next = last
      ? null
      : `${server!.origin}/api/environments/1/insights/?limit=${PAGE}&offset=${offset + PAGE}`;
    res
      .writeHead(200, { "content-type": "application/json" })
      .end(JSON.stringify({ count, next, previous: null, results }));
  });
  return createPostHogClient({ apiKey: "phx_k", projectId: 1, host: server.origin, retry: false });
}

const requested = () =>
  server!.requests.map((r) => Number(new URL(r.url, "http://x").searchParams.get("offset") ?? 0));

describe("an untrusted count with concurrency", () => {
  for (const count of [1e9, 1e15]) {
    it(`count ${count} with maxItems 50: five requests, fifty items`, async () => {
      const posthog = await lyingServer(count);
      const items = await posthog
        .paginate(
          INSIGHTS,
          { params: { query: { limit: PAGE } } },
          { concurrency: 4, maxItems: 50 },
        )
        .toArray();
      expect(items.map((i) => i.id)).toEqual(Array.from({ length: 50 }, (_, i) => i));
      expect(requested()).toEqual([0, 10, 20, 30, 40]);
    });

    it(`count ${count} with maxPages 3: three requests`, async () => {
      const posthog = await lyingServer(count);
      const pages = [];
      for await (const page of posthog
        .paginate(INSIGHTS, undefined, { concurrency: 8, maxPages: 3 })
        .pages())
        pages.push(page.results[0]!.id);
      expect(pages).toEqual([0, 10, 20]);
      expect(requested()).toEqual([0, 10, 20]);
    });
  }

  it("count 1e15 and no bound: the server's last page (next: null) ends the read", async () => {
    const posthog = await lyingServer(1e15, 40);
    const items = await posthog.paginate(INSIGHTS, undefined, { concurrency: 4 }).toArray();
    expect(items.map((i) => i.id)).toEqual(Array.from({ length: 40 }, (_, i) => i));
    // At most the window beyond the last page was launched: offsets up to 30 + 4 pages.
    expect(Math.max(...requested())).toBeLessThanOrEqual(30 + 4 * PAGE);
  });

  it("an empty page ends the read, whatever the count says", async () => {
    server = await startServer((req, res) => {
      const offset = Number(new URL(req.url!, "http://x").searchParams.get("offset") ?? 0);
      const results = offset < 20 ? [{ id: offset, short_id: "s" }] : [];
      res.writeHead(200, { "content-type": "application/json" }).end(
        JSON.stringify({
          count: 1e15,
          next: `${server!.origin}/api/environments/1/insights/?limit=10&offset=${offset + 10}`,
          results,
        }),
      );
    });
    const posthog = createPostHogClient({ apiKey: "k", projectId: 1, host: server.origin });
    const items = await posthog.paginate(INSIGHTS, undefined, { concurrency: 2 }).toArray();
    expect(items.map((i) => i.id)).toEqual([0, 10]);
    expect(server.requests.length).toBeLessThanOrEqual(5);
  });
});

describe("offsets()", () => {
  it("is lazy: taking three from count 1e15 builds three", () => {
    const sequence = offsets({ start: 10, limit: 10, count: 1e15, pages: Infinity });
    const taken = [sequence.next().value, sequence.next().value, sequence.next().value];
    expect(taken).toEqual([10, 20, 30]);
  });

  it("stops before the count and after `pages` offsets", () => {
    expect([...offsets({ start: 0, limit: 10, count: 35, pages: Infinity })]).toEqual([
      0, 10, 20, 30,
    ]);
    expect([...offsets({ start: 0, limit: 10, count: 1e15, pages: 2 })]).toEqual([0, 10]);
  });

  it("stops where offsets would lose precision (past 2^53)", () => {
    const start = Number.MAX_SAFE_INTEGER - 15;
    expect([...offsets({ start, limit: 10, count: Infinity, pages: Infinity })]).toEqual([
      start,
      start + 10,
    ]);
  });
});
