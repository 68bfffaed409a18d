// A CSV header is the sorted union of every row's columns, so no line can be written before the last
// row is read. Rows are spooled as flattened JSON lines to a file beside the output (kept between
// runs, so an export can resume), and only the column set stays in memory; the CSV is written from
// the spool at the end, one line at a time.
import { createReadStream } from "node:fs";
import { rename } from "node:fs/promises";
import { createInterface } from "node:readline";
import type { Writable } from "node:stream";
import { csvRecord, sortHeader } from "./csv-writer.js";
import { DataFile } from "./data-file.js";
import type { FlatRow } from "./flatten.js";

export class ColumnSet {
  readonly columns = new Set<string>();
  constructor(initial: Iterable<string> = []) {
    for (const column of initial) this.columns.add(column);
  }
  add(row: FlatRow): void {
    for (const key in row) this.columns.add(key);
  }
}

/** One spool line per row. */
export const spoolLine = (row: FlatRow): string => JSON.stringify(row) + "\n";

/** Writes the CSV for every row in `spool` to `write`, header first; returns the rows written. */
export async function writeCsvFromSpool(
  spool: string,
  columns: Iterable<string>,
  write: (text: string) => Promise<void>,
): Promise<number> {
  const header = sortHeader(columns);
  let rows = 0;
  // rest_framework_csv writes nothing at all for no rows (not even a header).
  const lines = createInterface({ input: createReadStream(spool, "utf8"), crlfDelay: Infinity });
  let batch = "";
  for await (const line of lines) {
    if (!line) continue;
    if (rows === 0) batch += csvRecord(header);
    const row = JSON.parse(line) as FlatRow;
    batch += csvRecord(header.map((column) => row[column] ?? ""));
    rows++;
    if (batch.length > 1 << 16) {
      await write(batch);
      batch = "";
    }
  }
  await write(batch);
  return rows;
}

/** The CSV from the spool: onto the stream, or into `outFile` whole (written aside, then renamed). */
export async function finishCsv(
  spool: string,
  columns: ColumnSet,
  outFile: string | undefined,
  stream: Writable | undefined,
): Promise<void> {
  if (stream) {
    await writeCsvFromSpool(spool, columns.columns, (text) => writeToStream(stream, text));
    return;
  }
  const partial = `${outFile}.partial`;
  const file = await DataFile.open(partial);
  try {
    await writeCsvFromSpool(spool, columns.columns, (text) => file.write(text));
    await file.sync();
  } finally {
    await file.close();
  }
  await rename(partial, outFile!);
}

/** Writes to a stream, waiting when it asks to. */
export function writeToStream(stream: Writable, text: string): Promise<void> {
  if (!text) return Promise.resolve();
  return new Promise((resolve, reject) => {
    stream.write(text, (error) => (error ? reject(error) : resolve()));
  });
}
