// #10.4 (streams): a single CSV record and a single SSE message are bounded. A larger one ends the read
// with a PostHogResponseError naming the bound and how to raise it, after the rows or messages before
// it, and the connection is closed; a server that never ends a message cannot grow the process.
// Real 127.0.0.1 sockets (startFaultServer in test/helpers/server.ts).
import { afterEach, describe, expect, it } from "vitest";
import {
  createPostHogClient,
  PostHogConfigError,
  PostHogResponseError,
  type CsvRow,
} from "../../src/index.js";
import { DEFAULT_MAX_RECORD_CHARS } from "../../src/csv-rows.js";
import { DEFAULT_MAX_MESSAGE_BYTES } from "../../src/dashboard-tiles.js";
import { startFaultServer, type Exchange, type FaultServer } from "../helpers/server.js";

const PERSONS = "/api/environments/{project_id}/persons/" as const;
const SSE = { "Content-Type": "text/event-stream" };
const CHUNKED = { ...SSE, "Transfer-Encoding": "chunked" };
let server: FaultServer | undefined;
afterEach(async () => {
  try {
    await server?.allClosed();
    expect(server?.errors ?? []).toEqual([]);
  } finally {
    await server?.close();
    server = undefined;
  }
});

async function serve(handler: (ex: Exchange) => void) {
  server = await startFaultServer(handler);
  return createPostHogClient({ apiKey: "phx_k", projectId: 1, host: server.origin, retry: false });
}

async function drain<T>(iterable: AsyncIterable<T>): Promise<{ seen: T[]; error: unknown }> {
  const seen: T[] = [];
  try {
    for await (const item of iterable) seen.push(item);
  } catch (error) {
    return { seen, error };
  }
  return { seen, error: undefined };
}

describe("csvRows: maxRecordChars", () => {
  const csv = `id,name\n1,a\n2,${"x".repeat(2000)}\n3,c\n`;

  it("a record longer than the bound: the rows before it, then PostHogResponseError naming the option", async () => {
    const posthog = await serve((ex) => ex.respond(200, csv, { "Content-Type": "text/csv" }));
    const { seen, error } = await drain<CsvRow>(
      posthog.csvRows(PERSONS, undefined, { maxRecordChars: 1000 }),
    );
    expect(seen).toEqual([{ id: "1", name: "a" }]);
    expect(error).toBeInstanceOf(PostHogResponseError);
    expect((error as Error).message).toMatch(
      /longer than maxRecordChars \(1000 characters\); pass a larger maxRecordChars to csvRows/,
    );
  });

  it("the same record within a larger bound is read", async () => {
    const posthog = await serve((ex) => ex.respond(200, csv, { "Content-Type": "text/csv" }));
    const { seen, error } = await drain(
      posthog.csvRows(PERSONS, undefined, { maxRecordChars: 5000 }),
    );
    expect(error).toBeUndefined();
    expect(seen.map((row) => row.id)).toEqual(["1", "2", "3"]);
  });

  it("a server that never ends a field is cut off at the bound, and the connection closed", async () => {
    let sent = 0;
    const posthog = await serve((ex) => {
      ex.head(200, { "Content-Type": "text/csv", "Transfer-Encoding": "chunked" }).chunk(
        'id,name\n1,"',
      );
      const timer = setInterval(() => {
        if (ex.socket.destroyed || sent > 10_000_000) return clearInterval(timer);
        ex.chunk("y".repeat(16_384));
        sent += 16_384;
      }, 1);
      ex.socket.on("close", () => clearInterval(timer));
    });
    const { error } = await drain(posthog.csvRows(PERSONS, undefined, { maxRecordChars: 100_000 }));
    expect(error).toBeInstanceOf(PostHogResponseError);
    expect(sent).toBeLessThan(10_000_000);
  });

  it("defaults to 64 Mi characters, and refuses a bound that is not a whole number >= 1", async () => {
    expect(DEFAULT_MAX_RECORD_CHARS).toBe(64 * 1024 * 1024);
    const posthog = await serve((ex) => ex.respond(200, "a\n1\n", { "Content-Type": "text/csv" }));
    for (const maxRecordChars of [0, 1.5, Number.NaN]) {
      const { error } = await drain(posthog.csvRows(PERSONS, undefined, { maxRecordChars }));
      expect(error).toBeInstanceOf(PostHogConfigError);
      expect((error as PostHogConfigError).option).toBe("maxRecordChars");
    }
    expect(server!.requests).toHaveLength(0);
  });
});

describe("streamDashboardTiles: maxMessageBytes", () => {
  const tile = (n: number, pad = "") =>
    `data: ${JSON.stringify({ type: "tile", order: n, tile: { id: n, pad } })}\n\n`;

  it("a message larger than the bound: the messages before it, then PostHogResponseError naming the option", async () => {
    const posthog = await serve((ex) =>
      ex.respond(200, tile(0) + tile(1, "z".repeat(3000)) + tile(2), SSE),
    );
    const { seen, error } = await drain(
      posthog.streamDashboardTiles(42, { maxMessageBytes: 1000 }),
    );
    expect(seen.map((m) => (m.type === "tile" ? m.order : -1))).toEqual([0]);
    expect(error).toBeInstanceOf(PostHogResponseError);
    expect((error as Error).message).toMatch(
      /larger than maxMessageBytes \(1000 bytes\); pass a larger maxMessageBytes to streamDashboardTiles/,
    );
  });

  it("counts a message spread over many data lines as one", async () => {
    const lines = Array.from({ length: 200 }, () => "data: 0123456789\n").join("");
    const posthog = await serve((ex) => ex.respond(200, `${tile(0)}${lines}\n`, SSE));
    const { seen, error } = await drain(
      posthog.streamDashboardTiles(42, { maxMessageBytes: 1000 }),
    );
    expect(seen).toHaveLength(1);
    expect(error).toBeInstanceOf(PostHogResponseError);
  });

  it("the same messages within a larger bound are read, each bounded on its own", async () => {
    const posthog = await serve((ex) =>
      ex.respond(200, tile(0, "z".repeat(800)) + tile(1, "z".repeat(800)), SSE),
    );
    const { seen, error } = await drain(
      posthog.streamDashboardTiles(42, { maxMessageBytes: 1000 }),
    );
    expect(error).toBeUndefined();
    expect(seen).toHaveLength(2);
  });

  it("a server that never ends a message is cut off at the bound, and the connection closed", async () => {
    let sent = 0;
    const posthog = await serve((ex) => {
      ex.head(200, CHUNKED).chunk('data: {"type":"tile","pad":"');
      const timer = setInterval(() => {
        if (ex.socket.destroyed || sent > 10_000_000) return clearInterval(timer);
        ex.chunk("y".repeat(16_384));
        sent += 16_384;
      }, 1);
      ex.socket.on("close", () => clearInterval(timer));
    });
    const { error } = await drain(posthog.streamDashboardTiles(42, { maxMessageBytes: 100_000 }));
    expect(error).toBeInstanceOf(PostHogResponseError);
    expect(sent).toBeLessThan(10_000_000);
  });

  it("defaults to 64 MiB, and refuses a bound that is not a whole number >= 1", async () => {
    expect(DEFAULT_MAX_MESSAGE_BYTES).toBe(64 * 1024 * 1024);
    const posthog = await serve((ex) => ex.respond(200, tile(0), SSE));
    const { error } = await drain(posthog.streamDashboardTiles(42, { maxMessageBytes: -1 }));
    expect(error).toBeInstanceOf(PostHogConfigError);
    expect((error as PostHogConfigError).option).toBe("maxMessageBytes");
    expect(server!.requests).toHaveLength(0);
  });
});
