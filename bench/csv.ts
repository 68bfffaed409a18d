// Benchmark 3, CSV export: a large persons export streamed through csvRows() against the whole body
// read with response.text() and split into rows. Both build the same rows (objects keyed by the
// header) and check them. Peak memory cannot be told apart in a shared process, so each run is a
// child process (bench/csv-child.ts) reporting its maxRSS and sampled peak heap; the server stays
// in this process. Memory is measured at two sizes: csvRows' peak must not grow with the export.
import { fileURLToPath } from "node:url";
import { parse as parseCsvText } from "csv-parse/sync";
import {
  API_KEY,
  csvBytes,
  distinctIdOf,
  identifiedCount,
  PROJECT_ID,
  startBenchServer,
} from "./lib/server.js";
import { run } from "./lib/run.js";
import { median } from "./lib/stats.js";
import type { CreateClient } from "./overhead.js";

export type CsvMode = "csvRows" | "buffered" | "buffered-csv-parse";
export interface CsvTally {
  rows: number;
  identified: number;
  lastDistinctId: string;
}
export interface CsvChildResult {
  mode: CsvMode;
  rows: number;
  seen: CsvTally;
  ms: number;
  rowsPerSecond: number;
  startRssMB: number;
  maxRssMB: number;
  peakHeapMB: number;
  peakExternalMB: number;
}
export interface CsvResult {
  mode: CsvMode;
  label: string;
  rows: number;
  runs: number;
  bodyMB: number;
  ms: number;
  rowsPerSecond: number;
  maxRssMB: number;
  peakHeapMB: number;
  peakExternalMB: number;
  startRssMB: number;
  correct: boolean;
}
export interface CsvBench {
  sizes: number[];
  rounds: number;
  results: CsvResult[];
  runs: (CsvChildResult & { correct: boolean })[];
  rowsIdenticalAcrossModes: boolean;
  csvRowsPeakGrowth: number;
  bufferedPeakGrowth: number;
  throughputRatio: number;
  target: {
    maxPeakGrowth: number;
    minThroughputRatio: number;
    memoryFlatMet: boolean;
    throughputMet: boolean;
  };
}

/** The contenders: our stream, and the whole body read with text() and split (the baseline). */
export const CSV_MODES: CsvMode[] = ["csvRows", "buffered"];
/** For reference, run once per size: the whole body parsed by csv-parse's synchronous parser. */
export const CSV_REFERENCE_MODES: CsvMode[] = ["buffered-csv-parse"];
export const CSV_MODE_LABELS: Record<CsvMode, string> = {
  csvRows: "csvRows (stream)",
  buffered: "text() + split (baseline)",
  "buffered-csv-parse": "text() + csv-parse/sync (reference)",
};
/** csvRows' peak RSS at the largest size over its peak at the smallest: at most this. */
export const CSV_FLAT_TARGET = 1.25;
/** csvRows' throughput over the buffered version's: at least this (within 2x). */
export const CSV_THROUGHPUT_TARGET = 0.5;

const PATH = "/api/environments/{project_id}/persons/";

/** What a reader saw: rows, how many were identified, the last row's distinct id. */
function tally() {
  const seen: CsvTally = { rows: 0, identified: 0, lastDistinctId: "" };
  return {
    seen,
    add(row: Record<string, string>) {
      seen.rows++;
      if (row.is_identified === "True") seen.identified++;
      seen.lastDistinctId = row["distinct_ids.0"] ?? "";
    },
  };
}

/** Whether a reader saw exactly the export of `rows` rows. */
export function checkTally(seen: CsvTally, rows: number): boolean {
  return (
    seen.rows === rows &&
    seen.identified === identifiedCount(rows) &&
    seen.lastDistinctId === (rows > 0 ? distinctIdOf(rows - 1) : "")
  );
}

/**
 * Reads the export of `rows` rows one way and tallies it. `mode`: "csvRows" (our client's stream),
 * "buffered" (raw fetch, response.text(), split on line breaks and commas: correct here only because
 * this export has no quoted fields), or "buffered-csv-parse" (response.text() through csv-parse's
 * synchronous parser with the options csvRows uses, rows handed over one by one, none kept).
 */
export async function readCsv(
  mode: CsvMode,
  {
    createPostHogClient,
    origin,
    rows,
  }: { createPostHogClient: CreateClient; origin: string; rows: number },
): Promise<CsvTally> {
  const { seen, add } = tally();
  if (mode === "csvRows") {
    const client = createPostHogClient({ apiKey: API_KEY, host: origin, projectId: PROJECT_ID });
    for await (const row of client.csvRows(PATH, { params: { query: { limit: rows } } })) add(row);
  } else if (mode === "buffered" || mode === "buffered-csv-parse") {
    const url = `${origin}/api/environments/${PROJECT_ID}/persons/?format=csv&limit=${rows}`;
    const response = await fetch(url, {
      headers: { Authorization: `Bearer ${API_KEY}`, Accept: "text/csv" },
    });
    if (!response.ok) throw new Error(`export failed with ${response.status}`);
    const text = await response.text();
    if (mode === "buffered-csv-parse") {
      parseCsvText(text, {
        columns: true,
        bom: true,
        skip_empty_lines: true,
        on_record: (row: Record<string, string>) => void add(row),
      });
      return seen;
    }
    const lines = text.split("\n");
    const header = lines[0]!.split(",");
    for (let i = 1; i < lines.length; i++) {
      if (lines[i] === "") continue;
      const fields = lines[i]!.split(",");
      const row: Record<string, string> = {};
      for (let c = 0; c < header.length; c++) row[header[c]!] = fields[c]!;
      add(row);
    }
  } else {
    throw new Error(`unknown mode ${mode}`);
  }
  return seen;
}

const CHILD = fileURLToPath(new URL("./csv-child.ts", import.meta.url));

/** Runs one reader in a child process and returns what it reports. */
export async function runCsvChild({
  mode,
  rows,
  origin,
  clientModule,
}: {
  mode: CsvMode;
  rows: number;
  origin: string;
  /** A path or URL of a module exporting createPostHogClient. */
  clientModule: string;
}): Promise<CsvChildResult> {
  const args = ["--import", "tsx", CHILD, mode, String(rows), origin, clientModule];
  const { code, stdout, stderr } = await run(process.execPath, args);
  if (code !== 0) throw new Error(`csv child ${mode} ${rows} exited ${code}: ${stderr}`);
  try {
    return JSON.parse(stdout.trim().split("\n").pop()!) as CsvChildResult;
  } catch {
    throw new Error(`csv child ${mode} ${rows} printed no result: ${stdout}${stderr}`);
  }
}

/**
 * The whole benchmark. `clientModule`: the URL or path of the module the children import
 * createPostHogClient from (dist/index.js in the runner). `sizes`: row counts, smallest first;
 * `rounds` runs of each mode at each size (alternating), medians reported; `referenceModes` run
 * once per size.
 */
export async function benchCsv({
  clientModule,
  sizes = [250_000, 1_000_000],
  rounds = 3,
  referenceModes = CSV_REFERENCE_MODES,
}: {
  clientModule: string;
  sizes?: number[];
  rounds?: number;
  referenceModes?: CsvMode[];
}): Promise<CsvBench> {
  const server = await startBenchServer();
  try {
    const runs: CsvBench["runs"] = [];
    for (const rows of sizes) {
      for (let round = 0; round < rounds; round++) {
        const modes = round % 2 ? [...CSV_MODES].reverse() : CSV_MODES;
        for (const mode of round === 0 ? [...modes, ...referenceModes] : modes) {
          const result = await runCsvChild({ mode, rows, origin: server.origin, clientModule });
          runs.push({ ...result, correct: checkTally(result.seen, rows) });
        }
      }
    }
    const results: CsvResult[] = [];
    for (const rows of sizes) {
      for (const mode of [...CSV_MODES, ...referenceModes]) {
        const mine = runs.filter((r) => r.rows === rows && r.mode === mode);
        results.push({
          mode,
          label: CSV_MODE_LABELS[mode],
          rows,
          runs: mine.length,
          bodyMB: csvBytes(rows) / 1e6,
          ms: median(mine.map((r) => r.ms)),
          rowsPerSecond: median(mine.map((r) => r.rowsPerSecond)),
          maxRssMB: median(mine.map((r) => r.maxRssMB)),
          peakHeapMB: median(mine.map((r) => r.peakHeapMB)),
          peakExternalMB: median(mine.map((r) => r.peakExternalMB)),
          startRssMB: median(mine.map((r) => r.startRssMB)),
          correct: mine.every((r) => r.correct),
        });
      }
    }
    const pick = (mode: CsvMode, rows: number) =>
      results.find((r) => r.mode === mode && r.rows === rows)!;
    const small = sizes[0]!;
    const large = sizes[sizes.length - 1]!;
    const growth = pick("csvRows", large).maxRssMB / pick("csvRows", small).maxRssMB;
    const bufferedGrowth = pick("buffered", large).maxRssMB / pick("buffered", small).maxRssMB;
    const throughput = pick("csvRows", large).rowsPerSecond / pick("buffered", large).rowsPerSecond;
    const allCorrect = results.every((r) => r.correct);
    return {
      sizes,
      rounds,
      results,
      runs,
      rowsIdenticalAcrossModes: allCorrect,
      csvRowsPeakGrowth: growth,
      bufferedPeakGrowth: bufferedGrowth,
      throughputRatio: throughput,
      target: {
        maxPeakGrowth: CSV_FLAT_TARGET,
        minThroughputRatio: CSV_THROUGHPUT_TARGET,
        memoryFlatMet: allCorrect && growth <= CSV_FLAT_TARGET,
        throughputMet: allCorrect && throughput >= CSV_THROUGHPUT_TARGET,
      },
    };
  } finally {
    await server.close();
  }
}
