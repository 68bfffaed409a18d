// The benchmark runner (`npm run bench`, which builds first): runs the four benchmarks (and the
// export's memory figure, bench/export-memory.ts, from the source with tsx) against the
// built package (dist/index.js, what users get), prints a table for each and writes every figure to
// bench/results.json.
//   npx tsx bench/run.ts [--only=overhead,instructions,pagination,csv,csv-parsers,cost,export-memory,fleet] [--quick]
// --quick uses small sizes (for trying the runner out; its figures mean little).
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { benchCost, ROOT } from "./cost.js";
import { benchCsvParsers } from "./csv-parsers.js";
import { benchInstructions, valgrindAvailable } from "./instructions.js";
import { benchCsv, CSV_MODE_LABELS, type CsvMode } from "./csv.js";
import { fmt, formatTable, round, yesNo, type Column } from "./lib/stats.js";
import { benchOverhead, type CreateClient, type OverheadResult } from "./overhead.js";
import { benchPagination } from "./pagination.js";

const args = process.argv.slice(2);
const quick = args.includes("--quick");
const only = args
  .find((a) => a.startsWith("--only="))
  ?.slice("--only=".length)
  .split(",");
const wanted = (name: string) => !only || only.includes(name);

const entry = join(ROOT, "dist/index.js");
if (!existsSync(entry)) {
  console.error(
    "dist/index.js is missing: run `npm run bench` (it builds first) or `npm run build`.",
  );
  process.exit(1);
}
const { createPostHogClient } = (await import(pathToFileURL(entry).href)) as {
  createPostHogClient: CreateClient;
};

const sizes = quick
  ? {
      overhead: { requests: 300, rounds: 3, warmup: 100, memoryRequests: 1000 },
      instructions: { warmup: 100, calls: 100, signalCounts: [500, 1500, 2500] },
      pagination: { pages: 20, pageSize: 100, latencyMs: 20, rounds: 2, warmup: 1 },
      csv: { sizes: [5_000, 20_000], rounds: 1 },
      csvParsers: { rows: 20_000, rounds: 1 },
      cost: { importRuns: 3, tscRuns: 1 },
    }
  : {
      // Short rounds, many of them: a burst of load elsewhere on the machine hits one round of one
      // contender, and the median leaves it out.
      overhead: { requests: 1000, rounds: 11, warmup: 1000, memoryRequests: 5000 },
      instructions: { warmup: 300, calls: 200, signalCounts: [2000, 10_000] },
      pagination: { pages: 100, pageSize: 100, latencyMs: 20, rounds: 5, warmup: 1 },
      // Persons CSV stops at PostHog's 50,000-row export limit (csvRows throws PostHogCsvCapError there).
      csv: { sizes: [12_000, 48_000], rounds: 3 },
      csvParsers: { rows: 200_000, rounds: 5 },
      cost: { importRuns: 20, tscRuns: 5 },
    };

const cpus = os.cpus();
const results: Record<string, unknown> & {
  machine: {
    cpu: string | undefined;
    cores: number;
    totalMemoryGB: number;
    os: string;
    node: string;
  };
  loadAverage: { start: number[]; end?: number[] };
} = {
  machine: {
    cpu: cpus[0]?.model,
    cores: cpus.length,
    totalMemoryGB: round(os.totalmem() / 1024 ** 3, 1),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
  },
  date: new Date().toISOString(),
  quick,
  sizes,
  loadAverage: { start: os.loadavg().map((v) => round(v)) },
};
const summary: { benchmark: string; target: string; measured: string; met: boolean }[] = [];
const started = Date.now();
const section = (text: string) => console.log(`\n${text}`);

console.log(
  `Benchmarks of ${entry.slice(ROOT.length + 1)} on ${results.machine.cpu} (${results.machine.cores} cores, ` +
    `${results.machine.totalMemoryGB} GB), Node ${process.version}${quick ? " [--quick]" : ""}`,
);
console.log(`Load average at start: ${results.loadAverage.start.join(" ")}`);

if (wanted("overhead")) {
  const r = await benchOverhead({ createPostHogClient, ...sizes.overhead });
  results.overhead = r;
  const table = (title: string, rows: OverheadResult[], withTarget: boolean) =>
    formatTable<OverheadResult>(
      title,
      [
        ["contender", (x) => (x.name === "raw fetch" ? "raw fetch (baseline)" : x.name)],
        ["per request", (x) => fmt.us(x.perRequestUs)],
        ["requests/s", (x) => fmt.int(x.requestsPerSecond)],
        ["ratio", (x) => fmt.ratio(x.ratio)],
        ["overhead", (x) => (x.name === "raw fetch" ? "" : signed(x.overheadUs, " µs"))],
        ...(withTarget
          ? ([
              ["target", (x) => (x.name === "our client" ? `<= ${r.target.maxRatio}x` : "")],
              ["met", (x) => (x.name === "our client" ? yesNo(r.target.met) : "")],
            ] satisfies Column<OverheadResult>[])
          : []),
      ],
      rows,
    );
  section(
    table(
      `1. Per-request overhead: ${r.requests} sequential GETs of a dashboard per contender, ` +
        `${r.rounds} rounds (median), keep-alive 127.0.0.1 (${fmt.int(r.served)} requests over ` +
        `${r.connections} connections)`,
      r.network,
      true,
    ),
  );
  if (r.inMemory) {
    section(
      table(
        "   The same calls over an in-memory fetch (no network): the clients' own CPU cost per call",
        r.inMemory,
        false,
      ),
    );
  }
  const ours = r.network.find((x) => x.name === "our client")!;
  summary.push({
    benchmark: "1. per call, wall time",
    target: `our client <= ${r.target.maxRatio}x openapi-fetch (median of per-round ratios)`,
    measured: `${fmt.ratio(r.oursOverOpenapiFetch)} (${fmt.ratio(ours.ratio)} raw fetch)`,
    met: r.target.met,
  });
}

if (wanted("instructions")) {
  if (!(await valgrindAvailable())) {
    section(
      "1b. Instructions per call: skipped, valgrind is not installed (apt-get install valgrind).",
    );
  } else {
    const r = await benchInstructions({ clientModule: entry, ...sizes.instructions });
    results.instructions = r;
    section(
      formatTable(
        `1b. Instructions per call under valgrind (cachegrind, no cache simulation; node ` +
          `--single-threaded --predictable-gc-schedule): ${5 * r.calls} minus ${r.calls} calls ` +
          `after ${r.warmup}, keep-alive 127.0.0.1 server in another process`,
        [
          ["contender", (x) => x.name],
          ["instructions/call", (x) => fmt.int(x.perCall)],
          ["over raw fetch", (x) => fmt.ratio(x.ratio)],
          ["target", (x) => (x.name === "our client" ? "< openapi-fetch" : "")],
          ["met", (x) => (x.name === "our client" ? yesNo(r.target.met) : "")],
        ],
        r.results,
      ),
    );
    section(
      formatTable(
        "   Our client with one caller signal on every call: instructions per call by segment",
        [
          ["calls", (x) => `${fmt.int(x.from)} to ${fmt.int(x.to)}`],
          ["instructions/call", (x) => fmt.int(x.perCall)],
        ],
        r.signal.segments,
      ),
    );
    const ours = r.results.find((x) => x.name === "our client")!;
    const plain = r.results.find((x) => x.name === "openapi-fetch")!;
    summary.push(
      {
        benchmark: "1b. per call, instructions",
        target: "our client < openapi-fetch",
        measured: `${fmt.int(ours.perCall)} vs ${fmt.int(plain.perCall)} (${fmt.ratio(ours.ratio)} vs ${fmt.ratio(plain.ratio)} raw fetch)`,
        met: r.target.met,
      },
      {
        benchmark: "1b. caller signal",
        target: `last segment <= ${r.signal.target.maxGrowth}x the first (flat over ${fmt.int(r.signal.counts.at(-1)!)} calls)`,
        measured: `${fmt.ratio(r.signal.growth)}`,
        met: r.signal.target.met,
      },
    );
  }
}

if (wanted("pagination")) {
  const r = await benchPagination({ createPostHogClient, ...sizes.pagination });
  results.pagination = r;
  section(
    formatTable(
      `2. Bulk reading: ${r.pages} pages of ${r.pageSize} items, ${r.latencyMs} ms server latency ` +
        `per page, ${r.rounds} rounds (median)`,
      [
        ["contender", (x) => (x.name.startsWith("hand") ? `${x.name} (baseline)` : x.name)],
        ["median", (x) => fmt.ms(x.ms)],
        ["ratio", (x) => fmt.ratio(x.ratio)],
        ["speedup", (x) => fmt.ratio(x.speedup)],
        ["over ideal", (x) => (x.name.endsWith("4") ? fmt.ratio(x.ms / r.idealMs) : "")],
        ["target", (x) => (x.name.endsWith("4") ? `<= ${r.target.maxOverIdeal}x ideal` : "")],
        ["met", (x) => (x.name.endsWith("4") ? yesNo(r.target.met) : "")],
      ],
      r.results,
    ),
  );
  console.log(
    `   Items identical and in order across contenders (${r.items} items, every round): ${yesNo(
      r.itemsIdenticalAndInOrder,
    )}${r.problems.length ? ` (${r.problems.join("; ")})` : ""}`,
  );
  const c4 = r.results.find((x) => x.name.endsWith("4"))!;
  summary.push({
    benchmark: "2. bulk reading",
    target: `concurrency 4 <= ${r.target.maxOverIdeal}x pages / 4 x latency (${fmt.ms(r.idealMs)}), items in order`,
    measured: `${fmt.ratio(r.overIdeal)} (${fmt.ms(c4.ms)}; ${fmt.ratio(c4.speedup)} faster than the loop), in order: ${yesNo(r.itemsIdenticalAndInOrder)}`,
    met: r.target.met,
  });
}

if (wanted("csv")) {
  const r = await benchCsv({ clientModule: entry, ...sizes.csv });
  results.csv = r;
  section(
    formatTable(
      `3. CSV export of persons, ${r.rounds} rounds (median; the csv-parse/sync reference once), ` +
        "each run in its own process",
      [
        ["reader", (x) => x.label],
        ["rows", (x) => fmt.int(x.rows)],
        ["body", (x) => fmt.mb(x.bodyMB)],
        ["time", (x) => fmt.ms(x.ms)],
        ["rows/s", (x) => fmt.int(x.rowsPerSecond)],
        ["peak RSS", (x) => fmt.mb(x.maxRssMB)],
        ["peak heap", (x) => fmt.mb(x.peakHeapMB)],
        ["peak external", (x) => fmt.mb(x.peakExternalMB)],
        ["rows correct", (x) => yesNo(x.correct)],
      ],
      r.results,
    ),
  );
  const [small, large] = [r.sizes[0]!, r.sizes[r.sizes.length - 1]!];
  const rss = (mode: CsvMode, rows: number) =>
    r.results.find((x) => x.mode === mode && x.rows === rows)!.maxRssMB;
  section(
    formatTable(
      "   Targets",
      [
        ["check", (x) => x.check],
        ["measured", (x) => x.measured],
        ["target", (x) => x.target],
        ["met", (x) => yesNo(x.met)],
      ],
      [
        {
          check: `csvRows peak RSS, ${fmt.int(large)} rows vs ${fmt.int(small)}`,
          measured: `${fmt.mb(rss("csvRows", large))} vs ${fmt.mb(rss("csvRows", small))}: ${fmt.ratio(
            r.csvRowsPeakGrowth,
          )} (buffered: ${fmt.ratio(r.bufferedPeakGrowth)}; body ${fmt.ratio(large / small)})`,
          target: `<= ${r.target.maxPeakGrowth}x (flat)`,
          met: r.target.memoryFlatMet,
        },
        {
          check: `csvRows rows/s over text() + split, ${fmt.int(large)} rows`,
          measured: fmt.ratio(r.throughputRatio),
          target: `>= ${r.target.minThroughputRatio}x (within 2x)`,
          met: r.target.throughputMet,
        },
      ],
    ),
  );
  summary.push(
    {
      benchmark: "3. CSV export, memory",
      target: `csvRows peak RSS flat (${fmt.int(large)} vs ${fmt.int(small)} rows <= ${r.target.maxPeakGrowth}x)`,
      measured: `${fmt.ratio(r.csvRowsPeakGrowth)} (buffered ${fmt.ratio(r.bufferedPeakGrowth)})`,
      met: r.target.memoryFlatMet,
    },
    {
      benchmark: "3. CSV export, throughput",
      target: `csvRows within 2x of ${CSV_MODE_LABELS.buffered}`,
      measured: `${fmt.ratio(r.throughputRatio)} of its rows/s`,
      met: r.target.throughputMet,
    },
  );
}

if (wanted("csv-parsers")) {
  const r = await benchCsvParsers(sizes.csvParsers);
  results.csvParsers = r;
  section(
    formatTable(
      `3b. CSV parsing alone: ${fmt.int(r.rows)} PostHog-shaped rows (${fmt.mb(r.bodyMB)}, quoted JSON, ` +
        `CRLF, UTF-8) in 64 KB chunks, ${r.rounds} rounds (median), rows checked against csv-parse/sync`,
      [
        ["reader", (x) => x.name],
        ["time", (x) => fmt.ms(x.ms)],
        ["rows/s", (x) => fmt.int(x.rowsPerSecond)],
        ["rows correct", (x) => yesNo(x.correct)],
      ],
      r.results,
    ),
  );
  summary.push({
    benchmark: "3b. CSV parsing",
    target: `>= ${r.target.minRatio}x csv-parse's rows/s, same rows`,
    measured: `${fmt.ratio(r.ratio)} (floor ${fmt.int(r.results[2]!.rowsPerSecond)} rows/s)`,
    met: r.target.met,
  });
}

if (wanted("export-memory")) {
  const rows = quick ? "--rows=2000,20000" : "--rows=20000,200000";
  const text = execFileSync(process.execPath, ["--import", "tsx", "bench/export-memory.ts", rows], {
    cwd: ROOT,
    encoding: "utf8",
  });
  results.exportMemory = JSON.parse(text.trim().split("\n").at(-1)!);
  section(`5. exportList peak memory, each run in its own process\n${text.split("\n{")[0]}`);
}

if (wanted("cost")) {
  const r = await benchCost({ entry, ...sizes.cost });
  results.cost = r;
  const s = r.sizes;
  section(
    formatTable<{ name: string; minified: number; gzip: number; target?: string; met?: boolean }>(
      `4. Cost to users. Runtime size of ${s.entry}, minified (esbuild, node, esm) and gzipped (level 9)`,
      [
        ["bundle", (x) => x.name],
        ["minified", (x) => fmt.kb(x.minified)],
        ["gzipped", (x) => fmt.kb(x.gzip)],
        ["target", (x) => x.target ?? ""],
        ["met", (x) => yesNo(x.met)],
      ],
      [
        {
          name: "what an import loads: entry + its static chunks (eventsource-parser external)",
          ...s.oursWithOpenapiFetch,
          target: `<= ${fmt.kb(s.target.maxGzipBytes)}`,
          met: s.target.met,
        },
        { name: "lazy chunks (loaded on first use)", ...s.lazyChunks },
        { name: "everything bundled (what an import loads)", ...s.everything },
        { name: "ours alone (all dependencies external)", ...s.oursAlone },
        { name: "openapi-fetch alone", ...s.openapiFetchAlone },
      ],
    ),
  );
  console.log(
    `   First use of each lazily loaded module adds (gzip): ${s.firstUse
      .map((f) => `${f.name} ${fmt.kb(f.gzip)}`)
      .join(", ")}`,
  );
  if (s.breakdown) {
    const top = s.breakdown.inputs.slice(0, 8);
    console.log(
      `   Largest inputs, minified bytes (from ${s.breakdown.entry}): ${top
        .map((i) => `${i.path.replace(/^node_modules\//, "")} ${fmt.int(i.bytes)}`)
        .join(", ")}`,
    );
    console.log(
      `   The generated operations table weighs ${fmt.kb(s.breakdown.operationsTable.minified)} minified, ` +
        `${fmt.kb(s.breakdown.operationsTable.gzip)} gzipped; string and template literals (messages, ` +
        `hints, the table's paths) are ${fmt.kb(s.breakdown.ourStringLiteralBytes)} of our ${fmt.kb(s.oursAlone.minified)} minified.`,
    );
  }
  section(
    formatTable(
      `   Import time, ${r.imports.runs} runs each (median): node -e "import(...)" vs node -e ""`,
      [
        ["module", (x) => x.name],
        ["process", (x) => fmt.ms(x.processMs)],
        ["over empty node", (x) => (x.name === "empty node" ? "" : fmt.ms(x.overEmptyMs))],
        ["import() in process", (x) => (x.name === "empty node" ? "" : fmt.ms(x.importMs))],
      ],
      r.imports.results,
    ),
  );
  section(
    formatTable(
      `   tsc --noEmit -p of a consumer (types from ${r.types.typesEntry}), ${r.types.runs} runs (median)`,
      [
        ["consumer", (x) => x.name],
        ["tsc time", (x) => fmt.ms(x.ms)],
        ["over empty", (x) => (x.name === "empty consumer" ? "" : fmt.ms(x.overEmptyMs))],
        ["ratio", (x) => fmt.ratio(x.ratio)],
        ["check time", (x) => fmt.ms(x.checkMs)],
        ["types", (x) => fmt.int(x.types)],
        ["instantiations", (x) => fmt.int(x.instantiations)],
        ["memory", (x) => fmt.mb(x.memoryMB)],
      ],
      r.types.results,
    ),
  );
  const ops = r.types.results.find((x) => x.name === "20 operations")!;
  const pkg = r.imports.results.find((x) => x.name === "this package")!;
  summary.push({
    benchmark: "4. cost to users",
    target: `ours + openapi-fetch <= ${fmt.kb(s.target.maxGzipBytes)} min+gz`,
    measured:
      `${fmt.kb(s.oursWithOpenapiFetch.gzip)} (import +${fmt.ms(pkg.overEmptyMs)}, ` +
      `tsc 20 operations ${signed(ops.overEmptyMs, " ms", 0)}, check time ${fmt.ms(ops.checkMs)})`,
    met: s.target.met,
  });
}

if (wanted("fleet")) {
  // bench/fleet.ts is TypeScript (run by tsx, on src/) and prints its own table; its figures come
  // back as JSON.
  const json = join(os.tmpdir(), `posthog-bench-fleet-${process.pid}.json`);
  const args = ["--import", "tsx", join(ROOT, "bench/fleet.ts"), `--json=${json}`];
  execFileSync(process.execPath, quick ? [...args, "--quick"] : args, { stdio: "inherit" });
  const r = (results.fleet = JSON.parse(await readFile(json, "utf8")));
  await rm(json, { force: true });
  const [shared, today] = [r.contenders[0], r.contenders[r.contenders.length - 1]];
  summary.push({
    benchmark: "6. fleet on one key",
    target: "shared limiter: no 429; memory limiter < 1 µs per call",
    measured:
      `${fmt.ratio(shared.ratio)} of ideal, ${shared.throttled} 429s (today ${fmt.ratio(today.ratio)}, ` +
      `${today.throttled} 429s); ${fmt.int(r.cost.memoryNsPerCall)} ns per call`,
    met: r.target.sharedZero429 && r.target.memoryUnderOneMicrosecond,
  });
}

results.loadAverage.end = os.loadavg().map((v) => round(v));
results.durationS = round((Date.now() - started) / 1000, 1);
results.summary = summary;
section(
  formatTable(
    "Summary",
    [
      ["benchmark", (x) => x.benchmark],
      ["target", (x) => x.target],
      ["measured", (x) => x.measured],
      ["met", (x) => yesNo(x.met)],
    ],
    summary,
  ),
);
console.log(
  `\nTook ${results.durationS} s; load average at end: ${results.loadAverage.end.join(" ")}.`,
);

const out = join(ROOT, "bench/results.json");
await writeFile(out, await formatJson(`${JSON.stringify(results, roundNumbers, 2)}\n`, out));
console.log(`Wrote ${out.slice(ROOT.length + 1)}.`);

/** Formats the JSON as the project's prettier would (if prettier is installed), so it stays clean. */
async function formatJson(text: string, filepath: string): Promise<string> {
  try {
    const prettier = await import("prettier");
    const options = (await prettier.resolveConfig(filepath)) ?? {};
    return await prettier.format(text, { ...options, filepath, parser: "json" });
  } catch {
    return text;
  }
}

function signed(value: number, unit: string, decimals = 1): string {
  return `${value >= 0 ? "+" : ""}${value.toFixed(decimals)}${unit}`;
}

/** JSON replacer: numbers to 2 decimals, so the file stays readable. */
function roundNumbers(_key: string, value: unknown): unknown {
  return typeof value === "number" && !Number.isInteger(value) ? round(value) : value;
}
