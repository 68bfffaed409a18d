// streamDashboardTiles(): the stream_tiles server-sent events as typed messages, over nock and over real
// 127.0.0.1 sockets (tiny chunks, cuts, cancellation).
import nock from "nock";
import { afterEach, describe, expect, expectTypeOf, it } from "vitest";
import {
  createPostHogClient,
  PostHogApiError,
  PostHogNetworkError,
  PostHogResponseError,
  type Dashboard,
  type DashboardStreamMessage,
  type DashboardStreamTile,
  type DashboardTile,
  type UserBasic,
} from "../../src/index.js";
import { example } from "../helpers/fixtures.js";
import { sleep, startServer, until, type Handler, type TestServer } from "../helpers/server.js";

const HOST = "https://us.posthog.com";
const STREAM = "/api/environments/1/dashboards/42/stream_tiles/";
const SSE = { "Content-Type": "text/event-stream", "Cache-Control": "no-cache" };

const posthog = createPostHogClient({ apiKey: "phx_k", projectId: 1, retry: false });

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

/** Runs the loop to its end; returns what came out and what was thrown (or undefined). */
async function drain<T>(iterable: AsyncIterable<T>): Promise<{ seen: T[]; error: unknown }> {
  const seen: T[] = [];
  try {
    for await (const item of iterable) seen.push(item);
  } catch (error) {
    return { seen, error };
  }
  return { seen, error: undefined };
}

// The spec's example dashboard as the stream's metadata (its tiles come as messages of their own).
const dashboard: Dashboard = { ...example("Dashboard"), id: 42, team_id: 1, tiles: [] };
const ada: UserBasic = dashboard.created_by!;

const tile: DashboardTile = {
  id: 901,
  insight: {
    id: 3001,
    short_id: "aBcD1234",
    // Multi-byte characters of 2, 3 and 4 bytes, to be split across network chunks.
    name: "Inscriptions — été 日本 🎉",
    derived_name: null,
    query: {
      kind: "InsightVizNode",
      source: {
        kind: "TrendsQuery",
        series: [{ kind: "EventsNode", event: "user signed up", math: "total" }],
        interval: "week",
      },
    },
    order: null,
    deleted: false,
    dashboards: [42],
    last_refresh: "2026-11-22T16:40:03Z",
    result: [{ label: "user signed up", data: [12, 18, 25], count: 55 }],
    created_at: "2026-09-14T10:05:00Z",
    created_by: ada,
    description: "",
    tags: [],
    is_cached: true,
  },
  text: null,
  layouts: { sm: { x: 0, y: 0, w: 6, h: 5 }, xs: { x: 0, y: 0, w: 1, h: 5 } },
  color: null,
  order: 0,
  last_refresh: "2026-11-22T16:40:03Z",
  is_cached: true,
};

const textTile: DashboardTile = {
  id: 902,
  insight: null,
  text: { id: 55, body: '## Notes\nShip it, "carefully".' },
  layouts: { sm: { x: 6, y: 0, w: 6, h: 2 } },
  color: "blue",
  order: 1,
};

const messages: DashboardStreamMessage[] = [
  { type: "metadata", dashboard },
  { type: "tile", order: 0, tile },
  { type: "tile", order: 1, tile: textTile },
  { type: "error", tile_id: 7, error: "Query timed out after 60 seconds" },
  { type: "complete" },
];

const sse = (list: readonly unknown[], eol = "\n") =>
  list.map((m) => `data: ${JSON.stringify(m)}${eol}${eol}`).join("");

describe("streamDashboardTiles over nock", () => {
  it("GETs stream_tiles with layoutSize, Accept: text/event-stream, the cookie and no API key", async () => {
    const scope = nock(HOST, {
      badheaders: ["authorization"],
      reqheaders: { accept: "text/event-stream", cookie: "sessionid=abc" },
    })
      .get(STREAM)
      .query({ layoutSize: "xs" })
      .reply(200, sse(messages), SSE);

    const seen = await collect(
      posthog.streamDashboardTiles(42, { layoutSize: "xs", headers: { Cookie: "sessionid=abc" } }),
    );

    scope.done();
    expect(seen).toEqual(messages);
    expect(seen.map((m) => m.type)).toEqual(["metadata", "tile", "tile", "error", "complete"]);
  });

  it("sends no API key even when the client has one and the caller adds no headers", async () => {
    const scope = nock(HOST, { badheaders: ["authorization", "cookie"] })
      .get(STREAM)
      .query((q) => Object.keys(q).length === 0) // no layoutSize unless asked
      .reply(200, sse([{ type: "complete" }]), SSE);
    expect(await collect(posthog.streamDashboardTiles(42))).toEqual([{ type: "complete" }]);
    scope.done();
  });

  it("stops after complete, ignoring anything the server sends after it", async () => {
    const after = sse([
      { type: "tile", order: 9, tile: { ...tile, id: 999 } },
      { type: "complete" },
    ]);
    nock(HOST)
      .get(STREAM)
      .reply(200, sse(messages) + after, SSE);
    const seen = await collect(posthog.streamDashboardTiles(42));
    expect(seen).toEqual(messages);
    expect(seen.at(-1)).toEqual({ type: "complete" });
  });

  it("puts the projectId option in the path instead of the client's default", async () => {
    const scope = nock(HOST, { badheaders: ["authorization"] })
      .get("/api/environments/7/dashboards/42/stream_tiles/")
      .query({ layoutSize: "sm" })
      .reply(200, sse([{ type: "complete" }]), SSE);
    const seen = await collect(
      posthog.streamDashboardTiles(42, { projectId: 7, layoutSize: "sm" }),
    );
    scope.done();
    expect(seen).toEqual([{ type: "complete" }]);
  });

  it("ends normally after the messages received when the server closes without complete", async () => {
    nock(HOST)
      .get(STREAM)
      .reply(200, sse(messages.slice(0, 3)), SSE);
    const { seen, error } = await drain(posthog.streamDashboardTiles(42));
    expect(error).toBeUndefined();
    expect(seen).toEqual(messages.slice(0, 3));
  });

  it("yields nothing for an empty 200 body", async () => {
    nock(HOST).get(STREAM).reply(200, "", SSE);
    expect(await collect(posthog.streamDashboardTiles(42))).toEqual([]);
  });

  it("reads CRLF line endings, and skips comments and other fields", async () => {
    const body =
      ": keep-alive\r\n\r\n" +
      "retry: 3000\r\n" +
      "event: message\r\n" +
      `data: ${JSON.stringify(messages[0])}\r\n\r\n` +
      `id: 2\r\ndata: ${JSON.stringify(messages[1])}\r\n\r\n` +
      'data: {"type":"complete"}\r\n\r\n';
    nock(HOST).get(STREAM).reply(200, body, SSE);
    expect(await collect(posthog.streamDashboardTiles(42))).toEqual([
      messages[0],
      messages[1],
      { type: "complete" },
    ]);
  });

  it("throws a PostHogResponseError for a message that is not valid JSON", async () => {
    nock(HOST).get(STREAM).reply(200, 'data: {"type": "tile", "order": 0, tile: oops}\n\n', SSE);
    const { seen, error } = await drain(posthog.streamDashboardTiles(42));
    expect(seen).toEqual([]);
    expect(error).toBeInstanceOf(PostHogResponseError);
    expect(error).toMatchObject({
      status: 200,
      method: "GET",
      path: STREAM,
      bodyPreview: '{"type": "tile", "order": 0, tile: oops}',
    });
    expect((error as Error).message).toContain("not valid JSON");
    expect((error as Error).cause).toMatchObject({ name: "SyntaxError" });
  });

  // Messages arriving in one network chunk with a bad one: the good ones still come out first.
  it("throws the bad-JSON error only after the good messages that came before it", async () => {
    nock(HOST)
      .get(STREAM)
      .reply(200, sse(messages.slice(0, 2)) + "data: <html>oops</html>\n\n", SSE);
    const { seen, error } = await drain(posthog.streamDashboardTiles(42));
    expect(error).toBeInstanceOf(PostHogResponseError);
    expect(seen).toEqual(messages.slice(0, 2));
  });

  it("throws a PostHogApiError for a 403 (personal API keys refused)", async () => {
    const body = {
      type: "authentication_error",
      code: "permission_denied",
      detail: "This action does not support Personal API Key access",
      attr: null,
    };
    nock(HOST)
      .get(STREAM)
      .query({ layoutSize: "xs" })
      .reply(403, body, { "Content-Type": "application/json" });
    const { seen, error } = await drain(posthog.streamDashboardTiles(42, { layoutSize: "xs" }));
    expect(seen).toEqual([]);
    expect(error).toBeInstanceOf(PostHogApiError);
    expect(error).toMatchObject({
      status: 403,
      type: "authentication_error",
      code: "permission_denied",
      detail: "This action does not support Personal API Key access",
      method: "GET",
      path: `${STREAM}?layoutSize=xs`,
      body,
    });
  });

  it("throws a PostHogApiError for an unknown dashboard", async () => {
    nock(HOST)
      .get("/api/environments/1/dashboards/404404/stream_tiles/")
      .reply(404, { type: "invalid_request", code: "not_found", detail: "Not found.", attr: null });
    const { error } = await drain(posthog.streamDashboardTiles(404404));
    expect(error).toBeInstanceOf(PostHogApiError);
    expect(error).toMatchObject({ status: 404, code: "not_found" });
  });

  it("narrows the message union on type", async () => {
    nock(HOST).get(STREAM).reply(200, sse(messages), SSE);
    const ids: number[] = [];
    for await (const m of posthog.streamDashboardTiles(42)) {
      expectTypeOf(m).toEqualTypeOf<DashboardStreamMessage>();
      if (m.type === "tile") {
        expectTypeOf(m).toEqualTypeOf<DashboardStreamTile>();
        expectTypeOf(m.tile.id).toEqualTypeOf<number>();
        ids.push(m.tile.id);
      } else if (m.type === "metadata") {
        expectTypeOf(m.dashboard).toEqualTypeOf<Dashboard>();
        ids.push(m.dashboard.id);
      } else if (m.type === "error") {
        expectTypeOf(m.tile_id).toEqualTypeOf<number | undefined>();
        ids.push(m.tile_id ?? -1);
      }
    }
    expect(ids).toEqual([42, 901, 902, 7]);
    expectTypeOf(posthog.streamDashboardTiles).returns.toEqualTypeOf<
      AsyncGenerator<DashboardStreamMessage>
    >();
  });
});

// ---------------------------------------------------------------------------------------------------
// Real sockets

let server: TestServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function clientFor(handler: Handler) {
  server = await startServer(handler);
  return createPostHogClient({ apiKey: "phx_k", projectId: 1, host: server.origin, retry: false });
}

function piecewise(pieces: Buffer[]): Handler {
  return async (_req, res) => {
    res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
    for (const piece of pieces) {
      res.write(piece);
      await sleep(2);
    }
    res.end();
  };
}

function splitAt(body: Buffer, offsets: number[]): Buffer[] {
  const pieces: Buffer[] = [];
  let start = 0;
  for (const offset of [...offsets].sort((a, b) => a - b)) {
    pieces.push(body.subarray(start, offset));
    start = offset;
  }
  pieces.push(body.subarray(start));
  return pieces.filter((p) => p.length > 0);
}

describe("streamDashboardTiles over a real socket", () => {
  it("reassembles messages split inside data:, inside the JSON, between the newlines and inside UTF-8 characters", async () => {
    const body = Buffer.from(sse(messages), "utf8");
    const at = (needle: string, from = 0) => {
      const i = body.indexOf(Buffer.from(needle, "utf8"), from);
      if (i < 0) throw new Error(`${needle} not in body`);
      return i;
    };
    const secondMessage = at("data:", 1);
    const cuts = [
      2, // "da" | "ta: "
      at('"dashboard"') + 4, // inside the JSON
      secondMessage - 1, // between the two newlines ending the first message
      secondMessage + 4, // "data" | ": "
      at("—") + 1, // inside a 3-byte character
      at("é") + 1, // inside a 2-byte character
      at("日本") + 4, // inside "本"
      at("🎉") + 1, // inside a 4-byte emoji
      at("🎉") + 2,
      at("🎉") + 3,
      at('"complete"') - 1,
      body.length - 1, // between the last two newlines
    ];
    const pieces = splitAt(body, cuts);
    expect(pieces.length).toBe(cuts.length + 1);
    const client = await clientFor(piecewise(pieces));

    const seen = await collect(
      client.streamDashboardTiles(42, { layoutSize: "xs", headers: { Cookie: "sessionid=abc" } }),
    );

    expect(seen).toEqual(messages);
    const tileMessage = seen[1];
    expect(tileMessage?.type === "tile" && tileMessage.tile.insight?.name).toBe(
      "Inscriptions — été 日本 🎉",
    );
    const [request] = server!.requests;
    expect(request!.url).toBe("/api/environments/1/dashboards/42/stream_tiles/?layoutSize=xs");
    expect(request!.headers.accept).toBe("text/event-stream");
    expect(request!.headers.cookie).toBe("sessionid=abc");
    expect(request!.headers.authorization).toBeUndefined();
  });

  it("reads the stream delivered one byte at a time", async () => {
    const body = Buffer.from(sse(messages.slice(1, 2)) + sse([{ type: "complete" }]), "utf8");
    const client = await clientFor(async (_req, res) => {
      res.writeHead(200, { "content-type": "text/event-stream" });
      for (let i = 0; i < body.length; i++) {
        res.write(body.subarray(i, i + 1));
        if (i % 16 === 0) await sleep(1);
      }
      res.end();
    });
    expect(await collect(client.streamDashboardTiles(42))).toEqual([
      messages[1],
      { type: "complete" },
    ]);
  });

  it("yields each message as it arrives, before the stream ends", async () => {
    let sendRest: () => void = () => {};
    const client = await clientFor((_req, res) => {
      res.writeHead(200, { "content-type": "text/event-stream" });
      res.write(sse(messages.slice(0, 1)));
      sendRest = () => res.end(sse(messages.slice(1)));
    });
    const stream = client.streamDashboardTiles(42);
    expect((await stream.next()).value).toEqual(messages[0]);
    sendRest();
    expect(await collect(stream)).toEqual(messages.slice(1));
  });

  describe("a stream cut in the middle of a message", () => {
    // The server ends the response cleanly, but the last message was never terminated by a blank line.
    it.each([
      ["inside the JSON", 'data: {"type":"tile","order":1,"tile":{"id":9'],
      ["after the data line, before the blank line", 'data: {"type":"complete"}\n'],
    ])("throws a PostHogNetworkError saying so (%s)", async (_where, half) => {
      const client = await clientFor((_req, res) => {
        res.writeHead(200, { "content-type": "text/event-stream" });
        res.end(sse(messages.slice(0, 1)) + half);
      });
      const { seen, error } = await drain(client.streamDashboardTiles(42));
      expect(seen).toEqual(messages.slice(0, 1));
      expect(error).toBeInstanceOf(PostHogNetworkError);
      expect((error as Error).message).toMatch(/stream ended in the middle of a message/);
      expect(error).toMatchObject({ method: "GET", path: STREAM });
    });

    it("rejects when the server destroys the socket mid-message", async () => {
      const client = await clientFor(async (_req, res) => {
        res.writeHead(200, { "content-type": "text/event-stream" });
        res.write(sse(messages.slice(0, 1)) + 'data: {"type":"tile","ord');
        await sleep(5);
        res.socket?.destroy();
      });
      const { seen, error } = await drain(client.streamDashboardTiles(42));
      expect(seen).toEqual(messages.slice(0, 1));
      expect(error).toBeInstanceOf(PostHogNetworkError);
      expect((error as Error).cause).toMatchObject({ name: "TypeError", message: "terminated" });
    });
  });

  describe("cancellation", () => {
    /** A server that sends the metadata and then holds the stream open; records when it closes. */
    function openStream() {
      const state = { closed: false };
      const handler: Handler = (_req, res) => {
        res.writeHead(200, { "content-type": "text/event-stream" });
        res.write(sse(messages.slice(0, 1)));
        res.on("close", () => (state.closed = true));
      };
      return { state, handler };
    }

    it("an aborted signal rejects the loop with its reason and closes the connection", async () => {
      const { state, handler } = openStream();
      const client = await clientFor(handler);
      const controller = new AbortController();
      const reason = new Error("user left the dashboard");
      const seen: DashboardStreamMessage[] = [];

      const loop = (async () => {
        for await (const m of client.streamDashboardTiles(42, { signal: controller.signal })) {
          seen.push(m);
          controller.abort(reason);
        }
      })();

      await expect(loop).rejects.toBe(reason);
      expect(seen).toEqual(messages.slice(0, 1));
      await until(() => state.closed);
    });

    it("aborting while waiting for the next message rejects promptly with the reason", async () => {
      const { state, handler } = openStream();
      const client = await clientFor(handler);
      const controller = new AbortController();
      const reason = new Error("stop");
      const stream = client.streamDashboardTiles(42, { signal: controller.signal });
      expect((await stream.next()).value).toEqual(messages[0]);
      const pending = stream.next(); // the server sends nothing more
      await sleep(5);
      controller.abort(reason);
      await expect(pending).rejects.toBe(reason);
      await until(() => state.closed);
    });

    it("a signal aborted before the call sends nothing and rejects with the reason", async () => {
      const { handler } = openStream();
      const client = await clientFor(handler);
      const reason = new Error("already gone");
      const { error } = await drain(
        client.streamDashboardTiles(42, { signal: AbortSignal.abort(reason) }),
      );
      expect(error).toBe(reason);
      expect(server!.requests).toHaveLength(0);
    });

    it("breaking out of the loop closes the connection", async () => {
      const { state, handler } = openStream();
      const client = await clientFor(handler);
      for await (const m of client.streamDashboardTiles(42)) {
        expect(m).toEqual(messages[0]);
        break;
      }
      await until(() => state.closed);
    });

    it("complete closes the connection even when the server keeps it open", async () => {
      const state = { closed: false };
      const client = await clientFor((_req, res) => {
        res.writeHead(200, { "content-type": "text/event-stream" });
        res.write(sse([messages[0], { type: "complete" }]));
        res.on("close", () => (state.closed = true));
      });
      expect(await collect(client.streamDashboardTiles(42))).toEqual([
        messages[0],
        { type: "complete" },
      ]);
      await until(() => state.closed);
    });
  });
});
