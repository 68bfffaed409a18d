// The CSV reader behind csvRows (loaded on first use).
export { CsvSyntaxError, type CsvSyntaxCode } from "./csv-syntax-error.js";
export { flatten } from "./rows.js";
export { csvRowBatches, type CsvRow, type CsvRowsOptions } from "./rows-stream.js";
