// Types of bench/index.mjs (the benchmarks are plain ESM JavaScript, run by node without a build).
import type { createPostHogClient as CreatePostHogClient } from "../src/index.js";

export type CreateClient = typeof CreatePostHogClient;

// --- 1. Per-request overhead ---------------------------------------------------------------------

export interface OverheadContender {
  name: string;
  baseline?: boolean;
  /** One call; resolves with the dashboard's id. */
  call(): Promise<number>;
}
export interface OverheadResult {
  name: string;
  perRequestUs: number;
  requestsPerSecond: number;
  /** Time per request over raw fetch's. */
  ratio: number;
  overheadUs: number;
  roundsUs: number[];
}
export interface OverheadBench {
  requests: number;
  rounds: number;
  warmup: number;
  /** Dashboard requests the server answered. */
  served: number;
  /** Connections the server accepted: with keep-alive, a handful for thousands of requests. */
  connections: number;
  network: OverheadResult[];
  inMemory: OverheadResult[] | undefined;
  target: { maxRatio: number; met: boolean };
}
export declare const OVERHEAD_TARGET: number;
export declare function overheadContenders(options: {
  createPostHogClient: CreateClient;
  origin: string;
  fetch?: typeof fetch;
}): OverheadContender[];
export declare function measureOverhead(
  contenders: OverheadContender[],
  sizes: { requests: number; rounds: number; warmup: number },
): Promise<OverheadResult[]>;
export declare function benchOverhead(options: {
  createPostHogClient: CreateClient;
  requests?: number;
  rounds?: number;
  warmup?: number;
  memoryRequests?: number;
}): Promise<OverheadBench>;

// --- 2. Bulk reading -----------------------------------------------------------------------------

export interface PaginationContender {
  name: string;
  baseline?: boolean;
  /** Reads the whole list; resolves with the item ids in the order they came. */
  read(): Promise<number[]>;
}
export interface PaginationBench {
  pages: number;
  pageSize: number;
  latencyMs: number;
  rounds: number;
  warmup: number;
  items: number;
  pagesServed: number;
  connections: number;
  itemsIdenticalAndInOrder: boolean;
  problems: string[];
  results: { name: string; ms: number; ratio: number; speedup: number; roundsMs: number[] }[];
  target: { minSpeedup: number; met: boolean };
}
export declare const PAGINATION_TARGET: number;
export declare function paginationContenders(options: {
  createPostHogClient: CreateClient;
  origin: string;
  pageSize: number;
}): PaginationContender[];
/** undefined when `ids` is exactly 1..total in order, else the first difference. */
export declare function checkOrder(ids: number[], total: number): string | undefined;
export declare function benchPagination(options: {
  createPostHogClient: CreateClient;
  pages?: number;
  pageSize?: number;
  latencyMs?: number;
  rounds?: number;
  warmup?: number;
}): Promise<PaginationBench>;

// --- 3. CSV export -------------------------------------------------------------------------------

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
export declare const CSV_MODES: CsvMode[];
export declare const CSV_REFERENCE_MODES: CsvMode[];
export declare function checkTally(seen: CsvTally, rows: number): boolean;
export declare function readCsv(
  mode: CsvMode,
  options: { createPostHogClient: CreateClient; origin: string; rows: number },
): Promise<CsvTally>;
export declare function runCsvChild(options: {
  mode: CsvMode;
  rows: number;
  origin: string;
  /** A path or URL of a module exporting createPostHogClient. */
  clientModule: string;
}): Promise<CsvChildResult>;
export declare function benchCsv(options: {
  clientModule: string;
  sizes?: number[];
  rounds?: number;
  referenceModes?: CsvMode[];
}): Promise<CsvBench>;

// --- 4. Cost to users ----------------------------------------------------------------------------

export interface Size {
  minified: number;
  gzip: number;
}
export interface BundleSizes {
  entry: string;
  oursWithOpenapiFetch: Size;
  everything: Size;
  oursAlone: Size;
  openapiFetchAlone: Size;
  target: { maxGzipBytes: number; met: boolean };
  breakdown?: {
    entry: string;
    total: Size;
    operationsTable: Size;
    /** Minified bytes of string and template literals in our own code (messages, hints). */
    ourStringLiteralBytes: number;
    inputs: { path: string; bytes: number }[];
  };
}
export interface ImportTimes {
  runs: number;
  results: { name: string; processMs: number; overEmptyMs: number; importMs: number }[];
}
export type ConsumerName = "empty consumer" | "import only" | "20 operations";
export interface TscTimes {
  typesEntry: string;
  runs: number;
  results: {
    name: ConsumerName;
    ms: number;
    overEmptyMs: number;
    ratio: number;
    checkMs: number;
    types: number;
    instantiations: number;
    memoryMB: number;
  }[];
}
export declare const ROOT: string;
export declare const SIZE_TARGET_BYTES: number;
export declare const CONSUMER_20_OPERATIONS: string;
export declare function bundleSizes(options: {
  entry: string;
  sourceEntry?: string;
}): Promise<BundleSizes>;
export declare function importTime(options: {
  module: string;
  runs?: number;
  compare?: Record<string, string>;
}): Promise<ImportTimes>;
export declare function tscTime(options: {
  typesEntry: string;
  runs?: number;
  consumers?: ConsumerName[];
}): Promise<TscTimes>;
export declare function benchCost(options: {
  entry?: string;
  sourceEntry?: string;
  typesEntry?: string;
  importRuns?: number;
  tscRuns?: number;
}): Promise<{
  sizes: BundleSizes;
  imports: ImportTimes;
  types: TscTimes;
  target: BundleSizes["target"];
}>;

// --- The server and helpers ----------------------------------------------------------------------

export interface BenchServer {
  origin: string;
  settings: { latencyMs: number; items: number };
  served: { connections: number; dashboard: number; pages: number; csvRows: number };
  close(): Promise<void>;
}
export declare const API_KEY: string;
export declare const PROJECT_ID: number;
export declare const DASHBOARD_ID: number;
export declare const CSV_COLUMNS: string[];
export declare function csvRow(i: number): string;
export declare function csvBytes(rows: number): number;
export declare function startBenchServer(settings?: {
  latencyMs?: number;
  items?: number;
}): Promise<BenchServer>;
export declare function median(values: number[]): number;
export declare function formatTable<Row>(
  title: string,
  columns: [string, (row: Row) => unknown][],
  rows: Row[],
): string;
