// The process exits on its own after the faults: a child `node --import tsx` process runs a
// representative set of fault scenarios (exit-child.ts) against servers in this process, and must
// end by itself, with code 0, soon after its last scenario. A timer, socket or stream the client
// leaked would hold its event loop open (the child's clients keep the 60 s default timeout, so even
// one leaked attempt timer would be caught); an unhandled rejection would end it with code 1.
//
// Keep-alive: undici keeps idle sockets pooled for about 4 s, but unreferenced, so they do not delay
// exit; the `keepAlive` server below answers without Connection: close to prove it. The same holds for
// the fresh connection undici opens after an aborted request (see test/helpers/server.ts, allClosed).
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ChildConfig, ChildLine } from "./exit-child.js";
import {
  slices,
  sleep,
  startFaultServer,
  type Exchange,
  type FaultServer,
} from "../helpers/server.js";

const CHILD = fileURLToPath(new URL("./exit-child.ts", import.meta.url));
const ROOT = fileURLToPath(new URL("../../", import.meta.url));
/**
 * How long the child may take to exit after its last scenario before it counts as hanging: well
 * under the clients' 60 s timeout, which a leaked attempt timer would hold it open for, and well
 * over what exiting takes on a loaded machine.
 */
const EXIT_DEADLINE_MS = 30_000;

const PAGE = { count: 3, next: null, previous: null, results: [{ id: 1, name: "ü" }] };
const SSE = { "Content-Type": "text/event-stream" };
const counts = new Map<string, number>();
let trapOrigin = "";

function handle(ex: Exchange): void {
  const name = ex.request.headers["x-scenario"] ?? "";
  const seen = counts.get(name) ?? 0;
  counts.set(name, seen + 1);
  switch (name) {
    case "reset-before-headers":
      return ex.reset();
    case "reset-mid-body-then-ok":
      if (seen > 0) return ex.json(200, PAGE);
      ex.head(200, { "Content-Type": "application/json", "Content-Length": 300 });
      ex.write('{"count": ');
      setTimeout(() => ex.reset(), 10);
      return;
    case "stall":
      return; // headers never sent
    case "truncated":
      ex.head(200, { "Content-Type": "application/json", "Content-Length": 300 });
      ex.write('{"count": 3, "res');
      return ex.hangUp();
    case "invalid-json":
      return ex.respond(200, "<html>proxy</html>", { "Content-Type": "text/html" });
    case "gzip-chunked":
      ex.head(200, {
        "Content-Type": "application/json",
        "Content-Encoding": "gzip",
        "Transfer-Encoding": "chunked",
      });
      for (const piece of slices(gzipSync(JSON.stringify(PAGE)), 7)) ex.chunk(piece);
      return ex.endChunks();
    case "429-storm":
      return ex.json(429, { detail: "throttled" }, { "Retry-After": "0" });
    case "503-then-ok":
      return seen === 0
        ? ex.json(503, { detail: "down" }, { "Retry-After": "0" })
        : ex.json(200, PAGE);
    case "post-503":
      return ex.json(503, { detail: "down" });
    case "next-other-port":
      return ex.json(200, {
        ...PAGE,
        next: `${trapOrigin}/api/environments/1/insights/?limit=1&offset=1`,
      });
    case "sse-cut":
      ex.head(200, { ...SSE, "Transfer-Encoding": "chunked" });
      ex.chunk('data: {"type": "metadata", "dashboard": {"id": 42}}\n\n');
      ex.chunk('data: {"type": "ti');
      setTimeout(() => ex.reset(), 10);
      return;
    case "sse-open-after-complete":
      ex.head(200, { ...SSE, "Transfer-Encoding": "chunked" });
      ex.chunk('data: {"type": "complete"}\n\n');
      return; // the connection stays open
    case "csv-cut":
      ex.head(200, { "Content-Type": "text/csv", "Transfer-Encoding": "chunked" });
      ex.chunk("id,name\n1,a\n2,b\n3,");
      setTimeout(() => ex.reset(), 10);
      return;
    case "csv-early-exit":
      ex.head(200, { "Content-Type": "text/csv", "Transfer-Encoding": "chunked" });
      ex.chunk("id,name\n");
      void (async () => {
        for (let id = 1; id < 100_000 && !ex.socket.destroyed; id++) {
          ex.chunk(`${id},row\n`);
          await sleep(1);
        }
      })();
      return;
    default:
      ex.json(400, { detail: `unknown scenario ${name}` });
  }
}

let closing: FaultServer;
let keepAlive: FaultServer;
let trap: FaultServer;

beforeAll(async () => {
  closing = await startFaultServer(handle);
  keepAlive = await startFaultServer(handle, { keepAlive: true });
  trap = await startFaultServer((ex) => ex.json(200, PAGE));
  trapOrigin = trap.origin;
});

afterAll(async () => {
  await Promise.all([closing, keepAlive, trap].map((server) => server.close()));
});

interface ChildRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  lines: ChildLine[];
  done: string | undefined;
  stderr: string;
  /** Killed for not exiting within EXIT_DEADLINE_MS of "done" (or of starting, if never done). */
  killed: boolean;
}

function runChild(config: ChildConfig): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", CHILD, JSON.stringify(config)], {
      cwd: ROOT,
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, NODE_OPTIONS: "" },
    });
    let stdout = "";
    let stderr = "";
    let killed = false;
    let deadline = setTimeout(() => kill(), 60_000); // a hang before "done"
    const kill = () => {
      killed = true;
      child.kill("SIGKILL");
    };
    child.stdout.setEncoding("utf8").on("data", (text: string) => {
      stdout += text;
      if (/^done /m.test(stdout)) {
        clearTimeout(deadline);
        deadline = setTimeout(kill, EXIT_DEADLINE_MS);
      }
    });
    child.stderr.setEncoding("utf8").on("data", (text: string) => (stderr += text));
    child.on("error", reject);
    child.on("close", (code, signal) => {
      clearTimeout(deadline);
      const all = stdout.split("\n").filter(Boolean);
      resolve({
        code,
        signal,
        killed,
        stderr,
        done: all.find((line) => line.startsWith("done ")),
        lines: all
          .filter((line) => line.startsWith("{"))
          .map((line) => JSON.parse(line) as ChildLine),
      });
    });
  });
}

describe("after a run of faults", () => {
  it("a process using the client exits by itself, with code 0", { timeout: 120_000 }, async () => {
    const run = await runChild({
      closing: closing.origin,
      keepAlive: keepAlive.origin,
      trap: trap.origin,
    });
    expect(run.stderr).toBe("");
    expect(
      run.killed,
      `the child did not exit within ${EXIT_DEADLINE_MS} ms of its last scenario`,
    ).toBe(false);
    expect({ code: run.code, signal: run.signal }).toEqual({ code: 0, signal: null });
    expect(run.done).toBeDefined();

    // Each scenario ended as it should (a typed error, or the right data).
    expect(Object.fromEntries(run.lines.map((l) => [l.scenario, [l.outcome, l.detail]]))).toEqual({
      "reset-before-headers": ["PostHogNetworkError", 3],
      "reset-mid-body-then-ok": ["ok", 3],
      stall: ["PostHogTimeoutError", 1],
      truncated: ["PostHogNetworkError", 1],
      "invalid-json": ["PostHogResponseError", 200],
      "gzip-chunked": ["ok", 3],
      "429-storm": ["PostHogRateLimitError", 429],
      "503-then-ok": ["ok", 3],
      "post-503": ["PostHogServerError", 503],
      "next-other-port": ["PostHogPaginationError", "other-origin"],
      "sse-cut": ["PostHogNetworkError", 1],
      "sse-open-after-complete": ["ok", 1],
      "csv-cut": ["PostHogNetworkError", 1],
      "csv-early-exit": ["ok", 2],
    });
    expect(Object.fromEntries(counts)).toMatchObject({
      "reset-before-headers": 3,
      "reset-mid-body-then-ok": 2,
      "429-storm": 3,
      "503-then-ok": 2,
      "post-503": 1,
      "next-other-port": 1,
    });
    expect(trap.connections).toEqual([]);
  });
});
