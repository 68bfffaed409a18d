// csvRowBatches' errors: each kind of malformed CSV throws a CsvSyntaxError with its code, and a
// record over maxRecordSize throws before it is buffered whole.
import { describe, expect, it } from "vitest";
import { CsvSyntaxError, csvRowBatches, type CsvRowsOptions } from "../../src/csv/index.js";

async function read(pieces: string[], options?: CsvRowsOptions) {
  const encoder = new TextEncoder();
  const source = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const piece of pieces) controller.enqueue(encoder.encode(piece));
      controller.close();
    },
  });
  const batches = [];
  for await (const batch of source.pipeThrough(csvRowBatches(options))) batches.push(batch);
  return batches;
}

const codeOf = (pieces: string[], options?: CsvRowsOptions) =>
  read(pieces, options).then(
    () => "no error",
    (error: unknown) => (error instanceof CsvSyntaxError ? error.code : String(error)),
  );

describe("csvRowBatches", () => {
  it("hands one batch per chunk of the rows completed in it", async () => {
    expect(await read(["a,b\r\n1,2\r\n3,", "4\r\n5,6\r\n"])).toEqual([
      [{ a: "1", b: "2" }],
      [
        { a: "3", b: "4" },
        { a: "5", b: "6" },
      ],
    ]);
  });

  it("names each malformation", async () => {
    expect(await codeOf(['a,b\n1,"open'])).toBe("CSV_QUOTE_NOT_CLOSED");
    expect(await codeOf(['a,b\n1,x"y\n'])).toBe("CSV_INVALID_OPENING_QUOTE");
    expect(await codeOf(['a,b\n1,"x"y\n'])).toBe("CSV_INVALID_CLOSING_QUOTE");
    expect(await codeOf(["a,b\n1,2,3\n"])).toBe("CSV_RECORD_DONT_MATCH_COLUMNS_LENGTH");
    expect(await codeOf(["a,b\n1\n"])).toBe("CSV_RECORD_DONT_MATCH_COLUMNS_LENGTH");
  });

  it("refuses a record longer than maxRecordSize, even one that never ends", async () => {
    const options = { maxRecordSize: 20 };
    expect(await codeOf(["a,b\n1,2\n", "3,4\n"], options)).toBe("no error");
    expect(await codeOf(["a,b\n1,", "x".repeat(30), "\n"], options)).toBe("CSV_MAX_RECORD_SIZE");
    expect(await codeOf([`a,b\n1,"${"x".repeat(30)}"\n`], options)).toBe("CSV_MAX_RECORD_SIZE");
    const error = await read(["a,b\n", '1,"', "y".repeat(15), "y".repeat(15)], options).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(CsvSyntaxError);
    expect((error as CsvSyntaxError).record).toBe(2);
  });
});
