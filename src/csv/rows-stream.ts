// The byte stream of a CSV answer → batches of rows keyed by the header. Bytes are decoded as UTF-8
// with the decoder's streaming mode (a character split across chunks comes out whole, a leading BOM
// is dropped); each chunk's complete records become one batch, so the stream's own cost is paid per
// chunk rather than per row.
import { CsvSyntaxError } from "./csv-syntax-error.js";
import { RecordParser } from "./record-parser.js";

export type CsvRow = Record<string, string>;

export interface CsvRowsOptions {
  /** The most characters one record may take; a longer one fails the stream. Default: no bound. */
  maxRecordSize?: number;
}

export function csvRowBatches(options: CsvRowsOptions = {}): TransformStream<Uint8Array, CsvRow[]> {
  const decoder = new TextDecoder("utf-8");
  let header: string[] | undefined;
  let batch: CsvRow[] = [];
  let records = 0;
  const parser = new RecordParser((fields) => {
    records++;
    if (header === undefined) {
      header = fields;
      return;
    }
    const columns = header;
    if (fields.length !== columns.length) {
      throw new CsvSyntaxError(
        "CSV_RECORD_DONT_MATCH_COLUMNS_LENGTH",
        records,
        `a record has ${fields.length} fields where the header has ${columns.length}`,
      );
    }
    const row: CsvRow = {};
    for (let c = 0; c < columns.length; c++) row[columns[c]!] = fields[c]!;
    batch.push(row);
  }, options.maxRecordSize);
  const hand = (controller: TransformStreamDefaultController<CsvRow[]>) => {
    if (batch.length === 0) return;
    controller.enqueue(batch);
    batch = [];
  };
  // On an error, the rows before it are handed out first: a read that is waiting takes the batch at
  // once, before the error empties the stream's queue.
  const parse = (controller: TransformStreamDefaultController<CsvRow[]>, step: () => void) => {
    try {
      step();
    } finally {
      hand(controller);
    }
  };
  return new TransformStream({
    transform(chunk, controller) {
      parse(controller, () => parser.push(decoder.decode(chunk, { stream: true })));
    },
    flush(controller) {
      parse(controller, () => {
        parser.push(decoder.decode());
        parser.end();
      });
    },
  });
}
