// #10.6: CSV and tile-stream errors are scrubbed of the client's key (and the tile stream's session
// credentials): csv-parse quotes the fields it could not read and keeps the record in its error, and
// JSON.parse quotes the text. #10.13 (stream parsing): a streamed call whose body is cut, even a
// non-2xx one, is a PostHogNetworkError, never a bare TypeError. Real 127.0.0.1 sockets.
import { inspect } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { createPostHogClient, PostHogNetworkError, PostHogResponseError } from "../../src/index.js";
import { startFaultServer, type Exchange, type FaultServer } from "../helpers/server.js";

const KEY = "phx_scrub_me_0123456789abcdef";
const COOKIE = "sessionid=cookie_secret_42";
const PERSONS = "/api/environments/{project_id}/persons/" as const;
let server: FaultServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function serve(handler: (ex: Exchange) => void) {
  server = await startFaultServer(handler);
  return createPostHogClient({ apiKey: KEY, projectId: 1, host: server.origin, retry: false });
}

async function failure(iterable: AsyncIterable<unknown>): Promise<Error> {
  try {
    for await (const _ of iterable);
  } catch (error) {
    return error as Error;
  }
  throw new Error("expected the loop to fail");
}

/** Everything an error shows: message, fields, cause, stack, inspect at any depth. */
const shown = (error: Error) =>
  [
    error.message,
    error.stack,
    JSON.stringify(error),
    inspect(error, { depth: 10, showHidden: true }),
    inspect(error.cause, { depth: 10, showHidden: true }),
  ].join("\n");

describe("CSV errors are scrubbed", () => {
  it("a bad quote in a field holding the key", async () => {
    const posthog = await serve((ex) =>
      ex.respond(200, `id,token\n1,"${KEY}"x\n`, { "Content-Type": "text/csv" }),
    );
    const error = await failure(posthog.csvRows(PERSONS));
    expect(error).toBeInstanceOf(PostHogResponseError);
    expect(error.message).toContain("cannot be read");
    expect(shown(error)).not.toContain(KEY);
    expect(error.cause).toMatchObject({ code: "CSV_INVALID_CLOSING_QUOTE" });
    expect(Object.keys(error.cause as object)).not.toContain("record");
  });

  it("a row with too many fields, the key among them", async () => {
    const posthog = await serve((ex) =>
      ex.respond(200, `id,name\n1,${KEY},extra\n`, { "Content-Type": "text/csv" }),
    );
    const error = await failure(posthog.csvRows(PERSONS));
    expect(error).toBeInstanceOf(PostHogResponseError);
    expect(shown(error)).not.toContain(KEY);
  });
});

describe("tile-stream errors are scrubbed", () => {
  const SSE = { "Content-Type": "text/event-stream" };

  it("a message that is not JSON, holding the key and the session cookie", async () => {
    const posthog = await serve((ex) =>
      ex.respond(200, `data: {"type":"tile", "k": ${KEY}, "c": "${COOKIE}"\n\n`, SSE),
    );
    const error = await failure(posthog.streamDashboardTiles(42, { headers: { Cookie: COOKIE } }));
    expect(error).toBeInstanceOf(PostHogResponseError);
    const { bodyPreview } = error as PostHogResponseError;
    expect(bodyPreview).toContain('"type":"tile"');
    expect(bodyPreview).toContain("[REDACTED]");
    expect(shown(error)).not.toContain(KEY);
    expect(shown(error)).not.toContain("cookie_secret_42");
    expect(error.cause).toMatchObject({ name: "SyntaxError" });
  });

  it("the key right at the 500th character of the preview is scrubbed before the cut", async () => {
    const pad = "p".repeat(490);
    const posthog = await serve((ex) => ex.respond(200, `data: {"${pad}${KEY}\n\n`, SSE));
    const error = (await failure(posthog.streamDashboardTiles(42))) as PostHogResponseError;
    expect(error.bodyPreview).not.toContain(KEY.slice(0, 8));
  });
});

describe("a cut streamed body is a PostHogNetworkError (#10.13)", () => {
  const cutError = (ex: Exchange) => {
    ex.head(500, { "Content-Type": "text/html", "Content-Length": 1000 }).write("<html>");
    setTimeout(() => ex.reset(), 10);
  };

  it("csvRows: a 500 whose body is cut", async () => {
    const posthog = await serve(cutError);
    const error = await failure(posthog.csvRows(PERSONS));
    expect(error).toBeInstanceOf(PostHogNetworkError);
    // The error body is read inside the attempt (the call path), so the transport names the cut.
    expect(error.message).toMatch(/could not complete the request \(ECONNRESET\)/);
  });

  it("the tile stream: a 500 whose body is cut", async () => {
    const posthog = await serve(cutError);
    const error = await failure(posthog.streamDashboardTiles(42));
    expect(error).toBeInstanceOf(PostHogNetworkError);
  });

  it("a cut 200 CSV body: the cause is a scrubbed copy with its code", async () => {
    const posthog = await serve((ex) => {
      ex.head(200, { "Content-Type": "text/csv", "Transfer-Encoding": "chunked" }).chunk("id\n1\n");
      setTimeout(() => ex.reset(), 10);
    });
    const error = await failure(posthog.csvRows(PERSONS));
    expect(error).toBeInstanceOf(PostHogNetworkError);
    expect(error.cause).toMatchObject({ name: "TypeError", message: "terminated" });
  });
});
