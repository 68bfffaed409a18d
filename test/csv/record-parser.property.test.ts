// The CSV reader behind csvRows against a reference: csv-parse/sync over the whole text, with the
// options csvRows used to give csv-parse (columns from the header, BOM, empty lines skipped). The
// same text is fed as bytes cut at random places (inside CRLF, quoted fields and UTF-8 characters),
// and must give the same rows, byte for byte, or, for text that is not CSV, a CsvSyntaxError where
// csv-parse throws too.
import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CsvSyntaxError, csvRowBatches, type CsvRow } from "../../src/csv/index.js";

const reference = (text: string): CsvRow[] =>
  parse(text, { columns: true, bom: true, skip_empty_lines: true }) as CsvRow[];

/** Reads the bytes, cut at the given offsets, through csvRowBatches. */
async function read(bytes: Uint8Array, cuts: number[]): Promise<CsvRow[]> {
  const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  const pieces: Uint8Array[] = [];
  let at = 0;
  for (const p of [...points, bytes.length]) {
    pieces.push(bytes.subarray(at, p));
    at = p;
  }
  const source = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const piece of pieces) controller.enqueue(piece);
      controller.close();
    },
  });
  const rows: CsvRow[] = [];
  for await (const batch of source.pipeThrough(csvRowBatches())) rows.push(...batch);
  return rows;
}

const piece = fc.constantFrom(
  "a",
  "Z",
  "7",
  " ",
  ",",
  '"',
  '""',
  "\n",
  "\r\n",
  "{",
  '{"k": "v, w"}',
  "é",
  "€",
  "😀",
  "properties.$browser",
  "",
);
const field = fc.array(piece, { maxLength: 6 }).map((parts) => parts.join(""));

/** A field as PostHog's CSV renderer writes it: quoted when it holds a comma, quote or line break. */
const quote = (value: string) =>
  /[",\r\n]/.test(value) || value === "" ? `"${value.replaceAll('"', '""')}"` : value;

const document = fc
  .record({
    columns: fc.integer({ min: 1, max: 5 }),
    rows: fc.integer({ min: 0, max: 6 }),
    crlf: fc.boolean(),
    bom: fc.boolean(),
    finalBreak: fc.boolean(),
  })
  .chain(({ columns, rows, crlf, bom, finalBreak }) =>
    fc
      .record({
        header: fc.uniqueArray(fc.stringMatching(/^[a-z$][a-z0-9_.$]{0,10}$/), {
          minLength: columns,
          maxLength: columns,
        }),
        body: fc.array(fc.array(field, { minLength: columns, maxLength: columns }), {
          minLength: rows,
          maxLength: rows,
        }),
      })
      .map(({ header, body }) => {
        const eol = crlf ? "\r\n" : "\n";
        const lines = [header, ...body].map((record) => record.map(quote).join(","));
        return (bom ? "\ufeff" : "") + lines.join(eol) + (finalBreak ? eol : "");
      }),
  );

const cuts = fc.array(fc.nat(), { maxLength: 12 });

describe("the CSV reader, against csv-parse over the whole text", () => {
  it("gives the same rows for PostHog-shaped CSV however the bytes are cut", async () => {
    await fc.assert(
      fc.asyncProperty(document, cuts, async (text, at) => {
        const bytes = new TextEncoder().encode(text);
        expect(await read(bytes, at)).toEqual(reference(text));
      }),
      { numRuns: 400 },
    );
  });

  // One line-break style per text: with both, csv-parse takes the first it meets as the record
  // delimiter and reads the other as data, which is not a behaviour to copy.
  it("gives the same rows, or a CsvSyntaxError where csv-parse throws, for any text of CSV's characters", async () => {
    const text = fc
      .tuple(
        fc.array(fc.constantFrom("a", "b", ",", '"', "\n", "é"), { maxLength: 30 }),
        fc.boolean(),
      )
      .map(([parts, crlf]) => parts.map((p) => (crlf && p === "\n" ? "\r\n" : p)).join(""));
    await fc.assert(
      fc.asyncProperty(text, cuts, async (input, at) => {
        let expected: CsvRow[] | "error";
        try {
          expected = reference(input);
        } catch {
          expected = "error";
        }
        let actual: CsvRow[] | "error";
        try {
          actual = await read(new TextEncoder().encode(input), at);
        } catch (error) {
          expect(error).toBeInstanceOf(CsvSyntaxError);
          actual = "error";
        }
        expect(actual).toEqual(expected);
      }),
      { numRuns: 1000 },
    );
  });
});
