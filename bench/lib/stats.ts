// Small helpers shared by the benchmarks: medians, timing, and the tables the runner prints.

/** The median of a list of numbers (the mean of the two middle values for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Milliseconds since an arbitrary origin, with sub-millisecond precision. */
export const now = () => Number(process.hrtime.bigint()) / 1e6;

/** Rounds to a number of significant decimals, for readable JSON. */
export const round = (value: number, decimals = 2): number =>
  Number.isFinite(value) ? Math.round(value * 10 ** decimals) / 10 ** decimals : value;

/** The contenders in a different order each round, so none always runs first (or last). */
export function rotate<T>(list: readonly T[], round: number): T[] {
  const k = round % list.length;
  return [...list.slice(k), ...list.slice(0, k)];
}

/** Yields to the event loop and lets the garbage collector run if it was exposed. */
export async function settle() {
  globalThis.gc?.();
  await new Promise((resolve) => setImmediate(resolve));
}

export const yesNo = (met: boolean | undefined): string =>
  met === undefined ? "" : met ? "yes" : "NO";

const NUMBER = /^[-+]?[\d.,]+\s*(µs|ms|s|KB|MB|x)?$/;

/**
 * Formats a table as aligned text: `columns` are [header, (row) => string] pairs. Numbers align
 * right, text left.
 */
export type Column<Row> = [header: string, cell: (row: Row) => unknown];

export function formatTable<Row>(
  title: string,
  columns: Column<Row>[],
  rows: readonly Row[],
): string {
  const cells = rows.map((row) => columns.map(([, cell]) => String(cell(row) ?? "")));
  const headers = columns.map(([header]) => header);
  const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((r) => r[i]!.length)));
  const numeric = headers.map((_, i) => cells.every((r) => r[i] === "" || NUMBER.test(r[i]!)));
  const line = (values: string[]) =>
    values
      .map((v, i) => (numeric[i] ? v.padStart(widths[i]!) : v.padEnd(widths[i]!)))
      .join("  ")
      .trimEnd();
  return [
    title,
    line(headers),
    widths.map((w) => "-".repeat(w)).join("  "),
    ...cells.map(line),
  ].join("\n");
}

export const fmt = {
  ms: (v: number) => `${v.toFixed(v < 10 ? 2 : v < 100 ? 1 : 0)} ms`,
  us: (v: number) => `${v.toFixed(1)} µs`,
  ratio: (v: number) => `${v.toFixed(2)}x`,
  kb: (bytes: number) => `${(bytes / 1024).toFixed(2)} KB`,
  mb: (v: number) => `${v.toFixed(1)} MB`,
  int: (v: number) => Math.round(v).toLocaleString("en-US"),
};
