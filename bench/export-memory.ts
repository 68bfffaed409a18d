// Peak memory of a complete export (exportList, CSV and JSON Lines), at two sizes, each run in its
// own process: the figure the issue asks for is that 200,000 rows peak about where 20,000 do.
//   npx tsx bench/export-memory.ts [--rows=20000,200000]       prints a table and one JSON line
//   npx tsx bench/export-memory.ts --child=ROWS,FORMAT         one measured run (used by the above)
// Against a loopback server answering persons pages of 1000 items, as PostHog does (limit/offset).
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const args = process.argv.slice(2);
const child = args.find((a) => a.startsWith("--child="))?.slice("--child=".length);

function person(i: number) {
  const id = `0192f1a0-0000-7000-8000-${String(i).padStart(12, "0")}`;
  return {
    type: "person",
    id,
    uuid: id,
    created_at: new Date(Date.UTC(2026, 0, 1) + i * 1000).toISOString(),
    properties: {
      email: `user${i}@example.com`,
      plan: i % 2 ? "pro" : "free",
      n: i,
      [`k${i % 50}`]: "x",
    },
    is_identified: i % 2 === 0,
    name: `user${i}`,
    distinct_ids: [`d-${i}`, `anon-${i}`],
    matched_recordings: [],
    value_at_data_point: null,
  };
}

async function measure(rows: number, format: "csv" | "jsonl") {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const limit = Number(url.searchParams.get("limit") ?? 100);
    const offset = Number(url.searchParams.get("offset") ?? 0);
    const results = [];
    for (let i = offset; i < Math.min(rows, offset + limit); i++) results.push(person(i));
    const next = new URL(url.href.replace("http://127.0.0.1", origin));
    next.searchParams.set("offset", String(offset + limit));
    res.writeHead(200, { "content-type": "application/json" });
    res.end(
      JSON.stringify({ results, next: results.length >= limit ? next.href : null, previous: null }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const { createPostHogClient, exportList } = await import("../src/index.js");
  const client = createPostHogClient({ apiKey: "phx_bench", host: origin, projectId: 1 });
  const dir = mkdtempSync(join(tmpdir(), "export-memory-"));
  const out = join(dir, `persons.${format}`);
  let peakRss = process.memoryUsage.rss();
  let peakHeap = process.memoryUsage().heapUsed;
  const sample = () => {
    peakRss = Math.max(peakRss, process.memoryUsage.rss());
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  };
  const timer = setInterval(sample, 5);
  const started = performance.now();
  const result = await exportList(client, "/api/environments/{project_id}/persons/", {
    out,
    format,
    params: { query: { limit: 1000 } },
    onProgress: sample,
  });
  const ms = performance.now() - started;
  clearInterval(timer);
  sample();
  const bytes = statSync(out).size;
  rmSync(dir, { recursive: true, force: true });
  server.close();
  return {
    rows: result.items,
    format,
    ms,
    outputMB: bytes / 2 ** 20,
    peakRssMB: peakRss / 2 ** 20,
    peakHeapMB: peakHeap / 2 ** 20,
  };
}

if (child) {
  const [rows, format] = child.split(",");
  console.log(JSON.stringify(await measure(Number(rows), format as "csv" | "jsonl")));
} else {
  const sizes = (
    args.find((a) => a.startsWith("--rows="))?.slice("--rows=".length) ?? "20000,200000"
  )
    .split(",")
    .map(Number);
  const self = fileURLToPath(import.meta.url);
  type Run = {
    format: string;
    rows: number;
    ms: number;
    outputMB: number;
    peakRssMB: number;
    peakHeapMB: number;
  };
  const results: Run[] = [];
  for (const format of ["csv", "jsonl"] as const) {
    for (const rows of sizes) {
      const text = execFileSync(
        process.execPath,
        ["--import", "tsx", self, `--child=${rows},${format}`],
        { encoding: "utf8" },
      );
      results.push(JSON.parse(text.trim().split("\n").at(-1)!) as Run);
    }
  }
  console.log("format  rows      time      output     peak RSS   peak heap");
  for (const r of results) {
    console.log(
      `${r.format.padEnd(7)} ${String(r.rows).padEnd(9)} ${(r.ms / 1000).toFixed(1).padStart(6)} s  ${r.outputMB.toFixed(1).padStart(7)} MB ${r.peakRssMB.toFixed(0).padStart(6)} MB ${r.peakHeapMB.toFixed(0).padStart(8)} MB`,
    );
  }
  const growth = (format: string) => {
    const [small, large] = [
      results.find((r) => r.format === format && r.rows === sizes[0]),
      results.find((r) => r.format === format && r.rows === sizes.at(-1)),
    ];
    return large!.peakRssMB / small!.peakRssMB;
  };
  const summary = { sizes, results, peakRssGrowth: { csv: growth("csv"), jsonl: growth("jsonl") } };
  console.log(
    `peak RSS growth, ${sizes.at(-1)} rows over ${sizes[0]}: csv ${summary.peakRssGrowth.csv.toFixed(2)}x, jsonl ${summary.peakRssGrowth.jsonl.toFixed(2)}x`,
  );
  console.log(JSON.stringify(summary));
}
