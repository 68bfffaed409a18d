// A tiny run of each benchmark in bench/ (npm run bench runs them at full size, outside npm test):
// it checks that the runner's functions work and give sane, correct results (every contender sees
// the same items in the same order, the same CSV rows), never how fast anything is.
//
// npm test does not build, so nothing here needs dist/. The in-process contenders get the client
// from src/ (vitest compiles it). The parts that start a separate node process (the CSV readers,
// which must measure their own memory, and import timing) get it from a bundle of src/index.ts that
// esbuild writes to a temporary folder in about 0.1 s: node cannot import .ts itself.
import { build } from "esbuild";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bundleSizes, importTime, ROOT, tscTime } from "../../bench/cost.js";
import { benchCsvParsers, posthogCsv } from "../../bench/csv-parsers.js";
import { benchCsv, checkTally, readCsv, type CsvMode } from "../../bench/csv.js";
import {
  CSV_COLUMNS,
  csvBytes,
  csvRow,
  startBenchServer,
  type BenchServer,
} from "../../bench/lib/server.js";
import { formatTable, median } from "../../bench/lib/stats.js";
import { valgrindAvailable } from "../../bench/instructions.js";
import { benchOverhead } from "../../bench/overhead.js";
import { benchPagination, checkOrder, paginationContenders } from "../../bench/pagination.js";
import { createPostHogClient } from "../../src/index.js";

const run = promisify(execFile);

let tmp: string;
let bundled: string;

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), "posthog-bench-smoke-"));
  bundled = join(tmp, "index.mjs");
  await build({
    entryPoints: [join(ROOT, "src/index.ts")],
    outfile: bundled,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    logLevel: "silent",
  });
});

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe("helpers", () => {
  it("takes medians and lays out tables", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    const table = formatTable(
      "T",
      [
        ["name", (row: { name: string; ms: number }) => row.name],
        ["time", (row) => `${row.ms} ms`],
      ],
      [
        { name: "a", ms: 5 },
        { name: "longer", ms: 120 },
      ],
    );
    expect(table.split("\n")).toEqual([
      "T",
      "name      time",
      "------  ------",
      "a         5 ms",
      "longer  120 ms",
    ]);
  });

  it("checkOrder finds missing, extra and swapped items", () => {
    expect(checkOrder([1, 2, 3], 3)).toBeUndefined();
    expect(checkOrder([1, 2], 3)).toBe("2 items instead of 3");
    expect(checkOrder([1, 3, 2], 3)).toBe("item 1 is id 3, expected 2");
  });
});

describe("1. per-request overhead", () => {
  it("times every contender, each getting the dashboard, and counts raw fetch as the baseline", async () => {
    const result = await benchOverhead({
      createPostHogClient,
      requests: 20,
      rounds: 2,
      warmup: 5,
      memoryRequests: 20,
    });
    expect(result.network.map((r) => r.name)).toEqual(["raw fetch", "openapi-fetch", "our client"]);
    // Three contenders, each warm-up plus every round, went over the network; plus the one fetch
    // that reads the body the in-memory fetch answers with.
    expect(result.served).toBe(3 * (5 + 2 * 20) + 1);
    // Keep-alive: the sequential calls reuse their connections instead of opening one per request.
    expect(result.connections).toBeGreaterThan(0);
    expect(result.connections).toBeLessThanOrEqual(4);
    for (const rows of [result.network, result.inMemory!]) {
      expect(rows).toHaveLength(3);
      expect(rows[0]!.ratio).toBe(1);
      for (const row of rows) {
        expect(row.roundsUs).toHaveLength(2);
        expect(row.perRequestUs).toBeGreaterThan(0);
        expect(Number.isFinite(row.perRequestUs)).toBe(true);
        expect(row.requestsPerSecond).toBeCloseTo(1e6 / row.perRequestUs, 6);
        expect(row.overheadUs).toBeCloseTo(row.perRequestUs - rows[0]!.perRequestUs, 6);
      }
    }
    expect(result.target).toEqual({
      maxRatio: 1.05,
      met: result.oursOverOpenapiFetch <= 1.05,
    });
  });
});

describe("1b. instructions per call", () => {
  it("runs a contender's calls in a child process (as valgrind does), each call checked", async () => {
    const server = await startBenchServer();
    try {
      const child = join(ROOT, "bench/instructions-child.ts");
      const { stdout } = await run(process.execPath, [
        "--import",
        "tsx",
        child,
        "our client, one caller signal",
        "2",
        "3",
        server.origin,
        bundled,
      ]);
      expect(stdout.trim()).toBe("5");
      expect(server.served.dashboard).toBe(5);
    } finally {
      await server.close();
    }
  });

  it("tells whether valgrind can run", async () => {
    expect(typeof (await valgrindAvailable())).toBe("boolean");
  });
});

describe("2. bulk reading", () => {
  it("reads every item in order with each contender, in as many pages as the list has", async () => {
    const result = await benchPagination({
      createPostHogClient,
      pages: 5,
      pageSize: 10,
      latencyMs: 0,
      rounds: 1,
      warmup: 0,
    });
    expect(result.items).toBe(50);
    expect(result.problems).toEqual([]);
    expect(result.itemsIdenticalAndInOrder).toBe(true);
    // Each of the three contenders fetched the 5 pages once, no more.
    expect(result.pagesServed).toBe(15);
    expect(result.results.map((r) => r.name)).toEqual([
      "hand-written next loop (openapi-fetch)",
      "paginate, concurrency 1",
      "paginate, concurrency 4",
    ]);
    for (const row of result.results) {
      expect(row.ms).toBeGreaterThan(0);
      expect(row.speedup).toBeCloseTo(1 / row.ratio, 6);
    }
  });

  it("gives the ids 1..n in order from each contender, with a short last page", async () => {
    const server = await startBenchServer({ items: 23 });
    try {
      const contenders = paginationContenders({
        createPostHogClient,
        origin: server.origin,
        pageSize: 10,
      });
      const expected = Array.from({ length: 23 }, (_, i) => i + 1);
      for (const contender of contenders) expect(await contender.read()).toEqual(expected);
      expect(server.served.pages).toBe(3 * 3);
    } finally {
      await server.close();
    }
  });
});

describe("3. CSV export", () => {
  let server: BenchServer;
  beforeAll(async () => {
    server = await startBenchServer();
  });
  afterAll(async () => {
    await server.close();
  });

  it("serves the export it claims: a header, then the rows, byte for byte", async () => {
    const response = await fetch(
      `${server.origin}/api/environments/1/persons/?format=csv&limit=3`,
      {
        headers: { Authorization: "Bearer phx_benchmark_key_0123456789" },
      },
    );
    const text = await response.text();
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(text).toBe(`${CSV_COLUMNS.join(",")}\n${csvRow(0)}\n${csvRow(1)}\n${csvRow(2)}\n`);
    expect(Buffer.byteLength(text)).toBe(csvBytes(3));
    expect(csvRow(1).split(",")).toHaveLength(CSV_COLUMNS.length);
  });

  it("gives the same rows to every reader, in this process", async () => {
    const rows = 3000;
    const modes: CsvMode[] = ["csvRows", "buffered", "buffered-csv-parse"];
    const seen = await Promise.all(
      modes.map((mode) => readCsv(mode, { createPostHogClient, origin: server.origin, rows })),
    );
    const expected = { rows, identified: 2000, lastDistinctId: "user-00002999" };
    expect(seen).toEqual([expected, expected, expected]);
    expect(checkTally(expected, rows)).toBe(true);
    expect(checkTally({ ...expected, rows: rows - 1 }, rows)).toBe(false);
    expect(checkTally({ ...expected, identified: 1999 }, rows)).toBe(false);
  });

  it("runs each reader in a child process at two sizes and reports its memory", async () => {
    const result = await benchCsv({ clientModule: bundled, sizes: [1000, 4000], rounds: 1 });
    expect(result.runs).toHaveLength(2 * 3);
    expect(result.runs.every((run) => run.correct)).toBe(true);
    expect(result.rowsIdenticalAcrossModes).toBe(true);
    expect(result.results.map((r) => [r.mode, r.rows])).toEqual([
      ["csvRows", 1000],
      ["buffered", 1000],
      ["buffered-csv-parse", 1000],
      ["csvRows", 4000],
      ["buffered", 4000],
      ["buffered-csv-parse", 4000],
    ]);
    for (const row of result.results) {
      expect(row.correct).toBe(true);
      expect(row.bodyMB).toBeCloseTo(csvBytes(row.rows) / 1e6, 9);
      expect(row.rowsPerSecond).toBeGreaterThan(0);
      // A node process holds tens of MB before reading anything, and its peak is at least that.
      expect(row.startRssMB).toBeGreaterThan(10);
      expect(row.maxRssMB).toBeGreaterThanOrEqual(row.startRssMB);
      expect(row.maxRssMB).toBeLessThan(1024);
      expect(row.peakHeapMB).toBeGreaterThan(1);
    }
    expect(result.csvRowsPeakGrowth).toBeGreaterThan(0);
    expect(result.throughputRatio).toBeGreaterThan(0);
  }, 60_000); // six node processes
});

describe("3b. CSV parsing alone", () => {
  it("writes PostHog-shaped CSV: dotted headers, quoted JSON, CRLF inside quotes, UTF-8", () => {
    const text = posthogCsv(8);
    expect(text.startsWith("id,distinct_ids.0,")).toBe(true);
    expect(text).toContain('"{""$browser"":""Chrome""');
    expect(text).toContain('"Ada ""the first"" Lovelace\r\nLondon"');
    expect(text).toContain('"Grace, Hopper\nArlington"');
    expect(text).toContain("😀");
    expect(text.endsWith("\r\n")).toBe(true);
  });

  it("runs every reader over the same text, each giving the reference's rows", async () => {
    const result = await benchCsvParsers({ rows: 500, rounds: 1 });
    expect(result.results.map((r) => [r.name, r.correct])).toEqual([
      ["csv-parse stream", true],
      ["this package (src/csv)", true],
      ["floor: decode + find line ends", true],
    ]);
    expect(result.ratio).toBeCloseTo(
      result.results[1]!.rowsPerSecond / result.results[0]!.rowsPerSecond,
      6,
    );
  });
});

describe("4. cost to users", () => {
  it("measures the bundle sizes, with openapi-fetch in, out, and alone", async () => {
    const entry = join(ROOT, "src/index.ts");
    const sizes = await bundleSizes({ entry, sourceEntry: entry });
    const { oursWithOpenapiFetch: ours, everything, oursAlone, openapiFetchAlone } = sizes;
    for (const size of [ours, everything, oursAlone, openapiFetchAlone]) {
      expect(size.gzip).toBeGreaterThan(500);
      expect(size.gzip).toBeLessThan(size.minified);
    }
    // eventsource-parser, our other dependency, is the tile stream's: it loads with it, so bundling
    // it in leaves what an import loads as it is.
    expect(everything.minified).toBe(ours.minified);
    // The call pipeline runs openapi-fetch's middleware contract itself and uses only its types:
    // none of openapi-fetch's code is in the runtime bundle.
    expect(ours.minified).toBe(oursAlone.minified);
    expect(sizes.target).toEqual({ maxGzipBytes: 10240, met: ours.gzip <= 10240 });
    const inputs = sizes.breakdown!.inputs.map((input) => input.path);
    expect(inputs).toContain("generated/operations.ts");
    expect(inputs).not.toContain("node_modules/openapi-fetch/dist/index.mjs");
    expect(inputs.some((path) => path.includes("csv-parse"))).toBe(false);
    // The CSV reader is behind csvRows' dynamic import: a lazy chunk, not the entry's weight.
    expect(inputs).not.toContain("src/csv/record-parser.ts");
    // So are the helpers and the limiter: each loads on first use, not with the import.
    for (const lazy of [
      "src/pagination/read-pages.ts",
      "src/csv-rows.ts",
      "src/dashboard-tiles.ts",
      "src/export/export.ts",
      "src/rate-limit/create-gate.ts",
      "src/rate-limit/gate.ts",
      "src/rate-limit/redis-store.ts",
      "src/rate-limit/sliding-window-lua.ts",
    ]) {
      expect(inputs).not.toContain(lazy);
    }
    expect(inputs).toContain("src/core/call.ts");
    // What each first use adds is named by module: the page reader, the failure reader, the limiter.
    const firstUse = new Map(sizes.firstUse.map((f) => [f.name, f]));
    for (const name of ["read-pages", "read-failure", "create-gate", "export", "csv-rows"]) {
      expect(firstUse.get(name)?.gzip).toBeGreaterThan(200);
    }
    expect(sizes.lazyChunks.chunks).toBeGreaterThan(0);
    expect(sizes.lazyChunks.gzip).toBeGreaterThan(500);
    expect(sizes.breakdown!.operationsTable.minified).toBeGreaterThan(0);
    // Our messages are in the code: string literals are a real share of it, but not all of it.
    expect(sizes.breakdown!.ourStringLiteralBytes).toBeGreaterThan(1000);
    expect(sizes.breakdown!.ourStringLiteralBytes).toBeLessThan(oursAlone.minified);
  });

  it("times the import of a built package against an empty node start", async () => {
    const times = await importTime({ module: bundled, runs: 1 });
    expect(times.results.map((r) => r.name)).toEqual(["empty node", "this package"]);
    for (const row of times.results) expect(row.processMs).toBeGreaterThan(0);
    expect(times.results[1]!.importMs).toBeGreaterThan(0);
  });

  it("type-checks the 20-operation consumer without errors and reports tsc's figures", async () => {
    const times = await tscTime({
      typesEntry: join(ROOT, "src/index.ts"),
      runs: 1,
      consumers: ["20 operations"],
    });
    const [row] = times.results;
    expect(row!.name).toBe("20 operations");
    expect(row!.ms).toBeGreaterThan(0);
    expect(row!.types).toBeGreaterThan(1000);
    expect(row!.instantiations).toBeGreaterThan(1000);
  }, 60_000); // about 5 s alone; tsc is slow on a loaded machine, and this is not a timing test
});
