// Benchmark 3b, CSV parsing alone: PostHog-shaped CSV (dotted headers, quoted JSON properties with
// commas, quotes and raw newlines, CRLF row ends and CRLF inside quotes, multi-byte UTF-8) held in
// memory and fed in 64 KB chunks (cut anywhere, so characters split across chunks) through each
// reader as a web stream. Contenders: csv-parse's stream (what csvRows used), this package's reader
// (src/csv/), and the floor: decoding the bytes and finding the line ends, with no parsing and no
// row objects. Each reader's rows are checked against csv-parse/sync over the whole text.
import { parse as parseStream } from "csv-parse/stream";
import { parse as parseSync } from "csv-parse/sync";
import { csvRowBatches, type CsvRow } from "../src/csv/index.js";
import { median, now, rotate, settle } from "./lib/stats.js";

export const CSV_PARSE_TARGET = 2;
export const CHUNK_BYTES = 64 * 1024;

const HEADER = [
  "id",
  "distinct_ids.0",
  "created_at",
  "properties.$browser",
  "properties.$current_url",
  "properties.email",
  "properties.name",
  "properties",
  "is_identified",
];

/** Row i of a PostHog-shaped export, fields quoted as PostHog's CSV renderer quotes them. */
export function posthogRow(i: number): string[] {
  const n = String(i).padStart(7, "0");
  const properties = JSON.stringify({
    $browser: ["Chrome", "Firefox", "Safari"][i % 3],
    plan: i % 5 === 0 ? "enterprise, annual" : "free",
    note: i % 7 === 0 ? 'said "hi"\r\nthen left' : "ünïcödé ✓ 😀",
  });
  return [
    `0192f1a2-3b4c-7d5e-8f60-${n}00000`,
    `user-${n}`,
    "2026-10-01T08:00:00Z",
    ["Chrome", "Firefox", "Safari"][i % 3]!,
    `https://app.example.com/p/${n}?a=1,b=2`,
    `person${n}@example.com`,
    i % 4 === 0
      ? `Ada "the first" Lovelace\r\nLondon`
      : i % 4 === 2
        ? `Grace, Hopper\nArlington`
        : `Zoë Æther ${n}`,
    properties,
    i % 3 === 0 ? "False" : "True",
  ];
}

const quote = (value: string) =>
  /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;

/** The whole export of `rows` rows as text, CRLF row ends. */
export function posthogCsv(rows: number): string {
  const lines = [HEADER.join(",")];
  for (let i = 0; i < rows; i++) lines.push(posthogRow(i).map(quote).join(","));
  return `${lines.join("\r\n")}\r\n`;
}

function chunked(bytes: Uint8Array): ReadableStream<Uint8Array> {
  let at = 0;
  return new ReadableStream({
    pull(controller) {
      if (at >= bytes.length) return controller.close();
      controller.enqueue(bytes.subarray(at, at + CHUNK_BYTES));
      at += CHUNK_BYTES;
    },
  });
}

/** A short fingerprint of rows: their count, and every field's length summed with the last id. */
function fingerprint(rows: Iterable<CsvRow>) {
  let count = 0;
  let chars = 0;
  let last = "";
  for (const row of rows) {
    count++;
    for (const key in row) chars += row[key]!.length;
    last = row.id ?? "";
  }
  return { count, chars, last };
}
type Fingerprint = ReturnType<typeof fingerprint>;

export interface CsvParser {
  name: string;
  /** Reads the bytes, chunked; resolves with the fingerprint of the rows (or lines) it saw. */
  read(bytes: Uint8Array): Promise<Fingerprint>;
  /** The floor reads no rows: its fingerprint is only a line count. */
  floor?: boolean;
}

export const csvParsers: CsvParser[] = [
  {
    name: "csv-parse stream",
    read: async (bytes) => {
      const rows = chunked(bytes).pipeThrough(
        parseStream({ columns: true, bom: true, skip_empty_lines: true }) as TransformStream<
          Uint8Array,
          CsvRow
        >,
      );
      const seen: CsvRow[] = [];
      let print: Fingerprint = { count: 0, chars: 0, last: "" };
      for await (const row of rows) {
        seen.push(row);
        if (seen.length === 1000) print = add(print, fingerprint(seen.splice(0)));
      }
      return add(print, fingerprint(seen));
    },
  },
  {
    name: "this package (src/csv)",
    read: async (bytes) => {
      let print: Fingerprint = { count: 0, chars: 0, last: "" };
      for await (const batch of chunked(bytes).pipeThrough(csvRowBatches())) {
        print = add(print, fingerprint(batch));
      }
      return print;
    },
  },
  {
    name: "floor: decode + find line ends",
    floor: true,
    read: async (bytes) => {
      let lines = 0;
      for await (const text of chunked(bytes).pipeThrough(new TextDecoderStream())) {
        for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) lines++;
      }
      return { count: lines, chars: 0, last: "" };
    },
  },
];

const add = (a: Fingerprint, b: Fingerprint): Fingerprint => ({
  count: a.count + b.count,
  chars: a.chars + b.chars,
  last: b.count ? b.last : a.last,
});

export interface CsvParsersBench {
  rows: number;
  bodyMB: number;
  rounds: number;
  results: {
    name: string;
    ms: number;
    rowsPerSecond: number;
    correct: boolean;
    roundsMs: number[];
  }[];
  /** This package's rows/s over csv-parse's. */
  ratio: number;
  target: { minRatio: number; met: boolean };
}

export async function benchCsvParsers({
  rows = 200_000,
  rounds = 5,
}: { rows?: number; rounds?: number } = {}): Promise<CsvParsersBench> {
  const text = posthogCsv(rows);
  const bytes = new TextEncoder().encode(text);
  const expected = fingerprint(
    parseSync(text, { columns: true, bom: true, skip_empty_lines: true }) as CsvRow[],
  );
  const lines = text.split("\n").length - 1;
  const samples = new Map(csvParsers.map((p) => [p.name, [] as number[]]));
  const correct = new Map(csvParsers.map((p) => [p.name, true]));
  const warmup = new TextEncoder().encode(posthogCsv(2000));
  for (const parser of csvParsers) await parser.read(warmup);
  for (let round = 0; round < rounds; round++) {
    for (const parser of rotate(csvParsers, round)) {
      await settle();
      const start = now();
      const print = await parser.read(bytes);
      samples.get(parser.name)!.push(now() - start);
      const ok = parser.floor
        ? print.count === lines
        : print.count === expected.count &&
          print.chars === expected.chars &&
          print.last === expected.last;
      if (!ok) correct.set(parser.name, false);
    }
  }
  const results = csvParsers.map((p) => {
    const ms = median(samples.get(p.name)!);
    return {
      name: p.name,
      ms,
      rowsPerSecond: (rows / ms) * 1000,
      correct: correct.get(p.name)!,
      roundsMs: samples.get(p.name)!,
    };
  });
  const ratio = results[1]!.rowsPerSecond / results[0]!.rowsPerSecond;
  return {
    rows,
    bodyMB: bytes.length / 1e6,
    rounds,
    results,
    ratio,
    target: {
      minRatio: CSV_PARSE_TARGET,
      met: results[1]!.correct && ratio >= CSV_PARSE_TARGET,
    },
  };
}
