// #10.12: the tile stream was quadratic in message size (16 MB: 4 s; 64 MB: 75 s): every chunk of an
// unfinished message was appended to what came before and the whole rescanned, by the client and by
// eventsource-parser (which re-splits its incomplete line on every feed). Now lines are cut from the
// bytes once (src/sse-lines.ts) and the parser is given whole lines only. Asserted on structure, not
// time: the parser never holds a partial line, each character is fed once, each byte decoded once.
import { afterEach, describe, expect, it, vi } from "vitest";

const fed: string[] = [];
vi.mock("eventsource-parser", async (importOriginal) => {
  const original = await importOriginal<typeof import("eventsource-parser")>();
  return {
    ...original,
    createParser: (callbacks: Parameters<typeof original.createParser>[0]) => {
      const parser = original.createParser(callbacks);
      return {
        ...parser,
        feed: (chunk: string) => {
          fed.push(chunk);
          parser.feed(chunk);
        },
      };
    },
  };
});

const { createPostHogClient } = await import("../../src/index.js");
const { startFaultServer } = await import("../helpers/server.js");
const { SseLines } = await import("../../src/sse-lines.js");

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  fed.length = 0;
});

describe("one 16 MB message in 64 KB writes", () => {
  it("reaches the parser as whole lines, each character once", async () => {
    const pad = "é".repeat(8 * 1024 * 1024); // 16 MiB of UTF-8, split inside characters below
    const message = `data: ${JSON.stringify({ type: "tile", order: 1, tile: { id: 1, pad } })}\n\n`;
    const bytes = Buffer.from(message);
    const server = await startFaultServer((ex) => {
      ex.head(200, { "Content-Type": "text/event-stream", "Transfer-Encoding": "chunked" });
      for (let at = 0; at < bytes.length; at += 65_537) ex.chunk(bytes.subarray(at, at + 65_537));
      ex.endChunks();
    });
    close = () => server.close();
    const posthog = createPostHogClient({ apiKey: "k", projectId: 1, host: server.origin });
    const messages = [];
    for await (const m of posthog.streamDashboardTiles(42)) messages.push(m);
    expect(messages).toHaveLength(1);
    expect((messages[0] as unknown as { tile: { pad: string } }).tile.pad.length).toBe(pad.length);
    // Every feed ends a line, so the parser never keeps (and rescans) an incomplete one.
    expect(fed.every((chunk) => chunk.endsWith("\n"))).toBe(true);
    // Each character went in once: the message's lines, plus the final check for a cut message.
    const total = fed.reduce((sum, chunk) => sum + chunk.length, 0);
    expect(total).toBe(message.length + 2);
  });
});

describe("SseLines", () => {
  it("decodes each byte once, whatever the chunking", () => {
    const decoded: number[] = [];
    const decode = TextDecoder.prototype.decode;
    const spy = vi.spyOn(TextDecoder.prototype, "decode").mockImplementation(function (
      this: InstanceType<typeof TextDecoder>,
      input?: ArrayBuffer | ArrayBufferView | null,
    ) {
      decoded.push(input?.byteLength ?? 0);
      return decode.call(this, input as Uint8Array);
    });
    try {
      const body = Buffer.from(`data: ${"x".repeat(100_000)}\r\n\r\ndata: y\n\n`);
      const lines = new SseLines(1 << 20, () => new Error("too large"));
      const out: string[] = [];
      for (let at = 0; at < body.length; at += 7)
        out.push(...lines.push(body.subarray(at, at + 7)));
      expect(out).toEqual([`data: ${"x".repeat(100_000)}`, "", "data: y", ""]);
      // Line endings are not decoded; every other byte is, once.
      expect(decoded.reduce((a, b) => a + b, 0)).toBe(body.length - 6);
    } finally {
      spy.mockRestore();
    }
  });

  it("splits CRLF, LF and CR endings, a CRLF split across chunks counting once", () => {
    const lines = new SseLines(1000, () => new Error("too large"));
    const out = [
      ...lines.push(Buffer.from("a\r")),
      ...lines.push(Buffer.from("\nb\rc\n\r")),
      ...lines.push(Buffer.from("")),
      ...lines.push(Buffer.from("\nd")),
    ];
    expect(out).toEqual(["a", "b", "c", ""]);
    expect(lines.end()).toBe("d");
  });

  it("strips a BOM from the first line only", () => {
    const lines = new SseLines(1000, () => new Error("too large"));
    expect([...lines.push(Buffer.from("\uFEFFdata: 1\n\uFEFFx\n"))]).toEqual([
      "data: 1",
      "\uFEFFx",
    ]);
  });
});
