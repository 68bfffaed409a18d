// The rows of a CSV byte stream one by one, for csvRows: the batches of csvRowBatches flattened.
// Leaving the loop early cancels the stream (and so the download).
import { csvRowBatches, type CsvRow, type CsvRowsOptions } from "./rows-stream.js";

export async function* rowsOf(
  body: ReadableStream<Uint8Array>,
  options: CsvRowsOptions = {},
): AsyncGenerator<CsvRow> {
  const reader = body.pipeThrough(csvRowBatches(options)).getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield* value;
    }
  } finally {
    await reader.cancel().catch(() => {});
  }
}
