// Streamed bodies cut on purpose by a real 127.0.0.1 server: the dashboard tile stream (server-sent
// events) cut in the middle of a message, and CSV exports cut in the middle of a row. The complete
// messages and rows before the cut come out; the cut is a typed error; no partial row or message is
// ever yielded; the connection is closed by the client whenever it stops reading.
import { gzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import {
  createPostHogClient,
  PostHogError,
  PostHogNetworkError,
  PostHogResponseError,
  type CsvRow,
} from "../../src/index.js";
import { guardProcess } from "./process-guard.js";
import {
  gzipFlushPoints,
  slices,
  sleep,
  startFaultServer,
  type FaultHandler,
  type FaultServer,
} from "../helpers/server.js";

const KEY = "phx_stream_key_0123456789";
const STREAM_PATH = "/api/environments/1/dashboards/42/stream_tiles/";
const PERSONS = "/api/environments/{project_id}/persons/" as const;
const PERSONS_PATH = "/api/environments/1/persons/";
const SSE = { "Content-Type": "text/event-stream", "Cache-Control": "no-cache" };
const CSV = { "Content-Type": "text/csv; charset=utf-8" };

const guard = guardProcess();
let servers: FaultServer[] = [];

async function serve(handler: FaultHandler): Promise<FaultServer> {
  const server = await startFaultServer(handler);
  servers.push(server);
  return server;
}

const clientFor = (server: FaultServer) =>
  createPostHogClient({ apiKey: KEY, projectId: 1, host: server.origin, retry: false });

/** A promise, and the function that resolves it. */
function signal(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

/** Runs the loop to its end; returns what came out and what was thrown (or undefined). */
async function drain<T>(
  iterable: AsyncIterable<T>,
  onItem: (seen: T[]) => void = () => {},
): Promise<{ seen: T[]; error: unknown }> {
  const seen: T[] = [];
  try {
    for await (const item of iterable) {
      seen.push(item);
      onItem(seen);
    }
  } catch (error) {
    return { seen, error };
  }
  return { seen, error: undefined };
}

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

const metadata = { type: "metadata", dashboard: { id: 42, name: "Ünïcødé ☃", tiles: [] } };
const tile = { type: "tile", order: 0, tile: { id: 1, insight: { id: 9, name: "😀 signups" } } };
const message = (value: unknown) => `data: ${JSON.stringify(value)}\n\n`;

describe("the dashboard tile stream", () => {
  it("cut by a reset in the middle of a message: the messages before it, then PostHogNetworkError", async () => {
    const server = await serve(async (ex) => {
      ex.head(200, { ...SSE, "Transfer-Encoding": "chunked" });
      ex.chunk(message(metadata) + message(tile));
      ex.chunk('data: {"type": "tile", "order": 1, "ti');
      // Reset once the client has read the two whole messages: a reset that overtakes unread
      // bytes makes the kernel drop them, which a loaded machine would turn into a flaky test.
      await bothRead.promise;
      ex.reset();
    });
    const bothRead = signal();
    const { seen, error } = await drain(clientFor(server).streamDashboardTiles(42), (seen) => {
      if (seen.length === 2) bothRead.resolve();
    });
    expect(seen).toEqual([metadata, tile]);
    expect(error).toBeInstanceOf(PostHogNetworkError);
    expect(error).toMatchObject({ method: "GET", path: STREAM_PATH, attempts: 1 });
    expect((error as Error).message).toBe(
      `GET ${STREAM_PATH}: the tile stream was cut short before it ended. Retry the call.`,
    );
    // No personal API key on this endpoint, even while failing.
    expect(server.requests[0]!.headers.authorization).toBeUndefined();
  });

  it("ended cleanly (last chunk sent) in the middle of a message: PostHogNetworkError", async () => {
    const server = await serve((ex) => {
      ex.head(200, { ...SSE, "Transfer-Encoding": "chunked" });
      ex.chunk(message(metadata));
      ex.chunk('data: {"type": "tile", "order": 1');
      ex.endChunks();
    });
    const { seen, error } = await drain(clientFor(server).streamDashboardTiles(42));
    expect(seen).toEqual([metadata]);
    expect(error).toBeInstanceOf(PostHogNetworkError);
    expect((error as Error).message).toBe(
      `GET ${STREAM_PATH}: the stream ended in the middle of a message. Retry the call.`,
    );
  });

  it("a complete message whose blank line never came is still a cut message", async () => {
    const server = await serve((ex) => {
      ex.head(200, { ...SSE, "Content-Length": Buffer.byteLength(message(metadata)) - 1 });
      ex.write(message(metadata).slice(0, -1)); // "data: {...}\n", no blank line
      ex.hangUp();
    });
    const { seen, error } = await drain(clientFor(server).streamDashboardTiles(42));
    expect(seen).toEqual([]);
    expect(error).toBeInstanceOf(PostHogNetworkError);
  });

  it("closed by the server (FIN) before the announced length: PostHogNetworkError", async () => {
    const body = message(metadata) + 'data: {"type": "ti';
    const server = await serve((ex) => {
      ex.head(200, { ...SSE, "Content-Length": Buffer.byteLength(body) + 100 });
      ex.write(body);
      ex.hangUp();
    });
    const { seen, error } = await drain(clientFor(server).streamDashboardTiles(42));
    expect(seen).toEqual([metadata]);
    expect(error).toBeInstanceOf(PostHogNetworkError);
  });

  it("split into 2-byte chunks with CRLF endings (inside multi-byte characters): every message", async () => {
    const body = [metadata, tile, { type: "complete" }]
      .map((m) => `data: ${JSON.stringify(m)}\r\n\r\n`)
      .join("");
    const server = await serve(async (ex) => {
      ex.head(200, { ...SSE, "Transfer-Encoding": "chunked" });
      for (const piece of slices(body, 2)) {
        ex.chunk(piece);
        if (piece[0]! % 16 === 0) await sleep(0);
      }
      ex.endChunks();
    });
    const { seen, error } = await drain(clientFor(server).streamDashboardTiles(42));
    expect(error).toBeUndefined();
    expect(seen).toEqual([metadata, tile, { type: "complete" }]);
  });

  it("a server that keeps the stream open after `complete`: the client ends and closes it", async () => {
    const server = await serve((ex) => {
      ex.head(200, { ...SSE, "Transfer-Encoding": "chunked" });
      ex.chunk(message(metadata) + message({ type: "complete" }));
      // ...and never ends the body nor the connection.
    });
    const { seen, error } = await drain(clientFor(server).streamDashboardTiles(42));
    expect(error).toBeUndefined();
    expect(seen).toEqual([metadata, { type: "complete" }]);
    // afterEach: the connection the server left open was closed by the client.
  });

  it("a caller who stops reading early closes the connection", async () => {
    const server = await serve(async (ex) => {
      ex.head(200, { ...SSE, "Transfer-Encoding": "chunked" });
      for (let order = 0; order < 1000 && !ex.socket.destroyed; order++) {
        ex.chunk(message({ ...tile, order }));
        await sleep(2);
      }
    });
    const seen: unknown[] = [];
    for await (const m of clientFor(server).streamDashboardTiles(42)) {
      seen.push(m);
      if (seen.length === 3) break;
    }
    expect(seen.map((m) => (m as { order: number }).order)).toEqual([0, 1, 2]);
  });
});

describe("CSV rows", () => {
  const header = "id,properties.email,properties.name\r\n";
  const rows = [
    '1,ada@example.com,"Lovelace, Ada"\r\n',
    '2,grace@example.com,"Grace ""Amazing"" Hopper"\r\n',
  ];
  const parsed: CsvRow[] = [
    { id: "1", "properties.email": "ada@example.com", "properties.name": "Lovelace, Ada" },
    {
      id: "2",
      "properties.email": "grace@example.com",
      "properties.name": 'Grace "Amazing" Hopper',
    },
  ];

  it("cut by a reset in the middle of a row: the whole rows, never the partial one, then PostHogNetworkError", async () => {
    const server = await serve(async (ex) => {
      ex.head(200, { ...CSV, "Transfer-Encoding": "chunked" });
      ex.chunk(header + rows.join(""));
      ex.chunk("3,linus@exam");
      // Reset once the client has read the two whole rows (see the tile stream's reset above).
      await bothRead.promise;
      ex.reset();
    });
    const bothRead = signal();
    const { seen, error } = await drain(clientFor(server).csvRows(PERSONS), (seen) => {
      if (seen.length === 2) bothRead.resolve();
    });
    expect(seen).toEqual(parsed);
    expect(error).toBeInstanceOf(PostHogNetworkError);
    expect(error).toMatchObject({ method: "GET", path: PERSONS_PATH, attempts: 1 });
    expect((error as Error).message).toBe(
      `GET ${PERSONS_PATH}: the CSV download was cut short before it ended. Retry the call.`,
    );
    expect(server.requests[0]!.url).toBe(`${PERSONS_PATH}?format=csv`);
    expect(server.requests[0]!.headers.accept).toBe("text/csv");
  });

  it("closed (FIN) before the announced Content-Length, mid-row: PostHogNetworkError", async () => {
    const body = header + rows[0] + "2,grace@";
    const server = await serve((ex) => {
      ex.head(200, { ...CSV, "Content-Length": Buffer.byteLength(body) + 50 });
      ex.write(body);
      ex.hangUp();
    });
    const { seen, error } = await drain(clientFor(server).csvRows(PERSONS));
    expect(seen).toEqual(parsed.slice(0, 1));
    expect(error).toBeInstanceOf(PostHogNetworkError);
  });

  it("a well-framed body that ends inside a quoted field: PostHogResponseError, no partial row", async () => {
    const body = header + rows[0] + '2,grace@example.com,"Grace ""Amaz';
    const server = await serve((ex) => ex.respond(200, body, CSV));
    const { seen, error } = await drain(clientFor(server).csvRows(PERSONS));
    expect(seen).toEqual(parsed.slice(0, 1));
    expect(error).toBeInstanceOf(PostHogResponseError);
    expect((error as Error).message).toMatch(
      /^GET \/api\/environments\/1\/persons\/ sent CSV that cannot be read: .*[Qq]uote/,
    );
  });

  it("a well-framed body that ends after the first field of a row: PostHogResponseError, no partial row", async () => {
    const body = header + rows[0] + "2";
    const server = await serve((ex) => ex.respond(200, body, CSV));
    const { seen, error } = await drain(clientFor(server).csvRows(PERSONS));
    expect(seen).toEqual(parsed.slice(0, 1));
    expect(error).toBeInstanceOf(PostHogResponseError);
  });

  it("gzip, chunked in 3-byte pieces (splitting multi-byte characters): every row intact", async () => {
    const unicode = 'id,name\n1,"Zoë ☃"\n2,😀 naïve\n3,"multi\nline"\n';
    const server = await serve(async (ex) => {
      ex.head(200, { ...CSV, "Content-Encoding": "gzip", "Transfer-Encoding": "chunked" });
      for (const piece of slices(gzipSync(unicode), 3)) {
        ex.chunk(piece);
        await sleep(0);
      }
      ex.endChunks();
    });
    const { seen, error } = await drain(clientFor(server).csvRows(PERSONS));
    expect(error).toBeUndefined();
    expect(seen).toEqual([
      { id: "1", name: "Zoë ☃" },
      { id: "2", name: "😀 naïve" },
      { id: "3", name: "multi\nline" },
    ]);
  });

  // Gap (undici, not src/ alone): fetch inflates gzip leniently (Z_SYNC_FLUSH, as browsers do), so a
  // gzip stream that stops at a flush point, inside a correctly framed HTTP body, ends the CSV with no
  // error: csvRows yields the rows before the cut and finishes as if the export were complete. A proxy
  // that truncates compressed exports would go unnoticed. Expected: an error, as for any cut.
  it.fails(
    "a gzip stream cut between rows, in a well-framed body, is not taken for the whole export",
    async () => {
      const points = await gzipFlushPoints(["id,name\n", "1,a\n", "2,b\n", "3,c\n"]);
      const cut = points[2]!; // the header and two rows; the gzip stream has no end
      const server = await serve((ex) =>
        ex.respond(200, cut, { ...CSV, "Content-Encoding": "gzip" }),
      );
      const { seen, error } = await drain(clientFor(server).csvRows(PERSONS));
      expect(seen).toEqual([
        { id: "1", name: "a" },
        { id: "2", name: "b" },
      ]);
      expect(error).toBeInstanceOf(PostHogError);
    },
  );

  it("a caller who stops reading early closes the download", async () => {
    const server = await serve(async (ex) => {
      ex.head(200, { ...CSV, "Transfer-Encoding": "chunked" });
      ex.chunk("id,name\n");
      for (let id = 1; id < 10_000 && !ex.socket.destroyed; id++) {
        ex.chunk(`${id},row ${id}\n`);
        await sleep(1);
      }
    });
    const seen: CsvRow[] = [];
    for await (const row of clientFor(server).csvRows(PERSONS)) {
      seen.push(row);
      if (seen.length === 2) break;
    }
    expect(seen).toEqual([
      { id: "1", name: "row 1" },
      { id: "2", name: "row 2" },
    ]);
  });

  it("a JSON answer where CSV was asked for is refused and its connection released", async () => {
    const server = await serve((ex) => {
      ex.head(200, { "Content-Type": "application/json", "Transfer-Encoding": "chunked" });
      ex.chunk('{"results": [');
      // never finished: only the client can end this
    });
    const { seen, error } = await drain(clientFor(server).csvRows(PERSONS));
    expect(seen).toEqual([]);
    expect(error).toBeInstanceOf(PostHogResponseError);
  });
});
