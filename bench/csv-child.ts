// One CSV reader in its own process, so its peak memory is its own:
//   node --import tsx bench/csv-child.ts <csvRows|buffered> <rows> <origin> <client module URL or path>
// Prints one JSON line: what it read, how long it took, its maxRSS and its sampled peak heap.
import { isAbsolute } from "node:path";
import { pathToFileURL } from "node:url";
import { getHeapStatistics } from "node:v8";
import { readCsv, type CsvMode } from "./csv.js";
import { now } from "./lib/stats.js";
import type { CreateClient } from "./overhead.js";

const [mode, rowsArg, origin, clientModule] = process.argv.slice(2) as [
  CsvMode?,
  string?,
  string?,
  string?,
];
const rows = Number(rowsArg);
if (!mode || !Number.isSafeInteger(rows) || !origin || !clientModule) {
  console.error(
    "usage: node --import tsx bench/csv-child.ts <csvRows|buffered> <rows> <origin> <client module>",
  );
  process.exit(2);
}

const { createPostHogClient } = (await import(
  isAbsolute(clientModule) ? pathToFileURL(clientModule).href : clientModule
)) as { createPostHogClient: CreateClient };
const MB = 1024 * 1024;
const startRss = process.memoryUsage.rss();
let peakHeap = 0;
let peakExternal = 0;
const sample = () => {
  const heap = getHeapStatistics();
  peakHeap = Math.max(peakHeap, heap.used_heap_size);
  peakExternal = Math.max(peakExternal, heap.external_memory);
};
const sampler = setInterval(sample, 5);

const start = now();
const seen = await readCsv(mode, { createPostHogClient, origin, rows });
const ms = now() - start;
sample();
clearInterval(sampler);

console.log(
  JSON.stringify({
    mode,
    rows,
    seen,
    ms,
    rowsPerSecond: (rows / ms) * 1000,
    startRssMB: startRss / MB,
    // resourceUsage().maxRSS is in kilobytes.
    maxRssMB: (process.resourceUsage().maxRSS * 1024) / MB,
    peakHeapMB: peakHeap / MB,
    peakExternalMB: peakExternal / MB,
  }),
);
