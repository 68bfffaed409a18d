// The benchmarks as functions taking their sizes, for bench/run.mjs and the smoke test
// (test/bench/bench-smoke.test.ts). Types: index.d.mts.
export {
  benchOverhead,
  measureOverhead,
  overheadContenders,
  OVERHEAD_TARGET,
} from "./overhead.mjs";
export {
  benchPagination,
  checkOrder,
  paginationContenders,
  PAGINATION_TARGET,
} from "./pagination.mjs";
export {
  benchCsv,
  checkTally,
  CSV_MODES,
  CSV_REFERENCE_MODES,
  readCsv,
  runCsvChild,
} from "./csv.mjs";
export {
  benchCost,
  bundleSizes,
  CONSUMER_20_OPERATIONS,
  importTime,
  ROOT,
  SIZE_TARGET_BYTES,
  tscTime,
} from "./cost.mjs";
export {
  API_KEY,
  csvBytes,
  CSV_COLUMNS,
  csvRow,
  DASHBOARD_ID,
  PROJECT_ID,
  startBenchServer,
} from "./lib/server.mjs";
export { formatTable, median } from "./lib/stats.mjs";
