// csvRows(): a CSV export read as rows keyed by the header, in constant memory however large: the
// body's bytes stream through the CSV reader in src/csv/, which decodes UTF-8 in streaming mode (so a
// character split across network chunks comes out intact). A single record is bounded
// (maxRecordChars), and what errors show is scrubbed of the client's keys.
import { BodyFailure, bodyThrough } from "./body-through.js";
import { PostHogResponseError } from "./errors/response-error.js";
import { checkCsvCap, csvCapFor } from "./export/csv-cap.js";
import type { SecretSet } from "./redact.js";
import type { Send, SendInit } from "./send.js";
import { scrubbedCause, streamFailure } from "./stream-failure.js";
import { checkStreamLimit } from "./stream-limit.js";

export type CsvRow = Record<string, string>;

export interface CsvRowsOptions {
  /** The largest single record (row) read, in characters (default 64 Mi): a larger one ends the
   * read with a PostHogResponseError rather than be held in memory. The insights list is one row. */
  maxRecordChars?: number;
}

export const DEFAULT_MAX_RECORD_CHARS = 64 * 1024 * 1024;

export async function* csvRows(
  send: Send,
  path: string,
  init: SendInit = {},
  options: CsvRowsOptions = {},
  secrets?: SecretSet,
): AsyncGenerator<CsvRow> {
  const scrub = (text: string) => (secrets ? secrets.text(text) : text);
  const maxRecordChars = checkStreamLimit(options.maxRecordChars, DEFAULT_MAX_RECORD_CHARS, {
    helper: "csvRows",
    option: "maxRecordChars",
    unit: "characters",
  });
  // Loaded on first use (most callers never export CSV),
  // while the request is on its way: once the answer's headers arrive the body is read at once, since
  // a connection cut later drops whatever undici received but nobody read yet.
  const csvReader = import("./csv/index.js");
  csvReader.catch(() => {});
  const query = { ...init.params?.query, format: "csv" };
  let sent;
  try {
    sent = await send("GET", path, {
      ...init,
      params: { ...init.params, query },
      parseAs: "stream",
      throwOnError: true,
    });
  } catch (error) {
    throw streamFailure(error, init.signal, path, "the CSV download", scrub);
  }
  const { data, response, pathname } = sent;
  if (response.headers.get("content-type")?.includes("application/json")) {
    await response.body?.cancel();
    throw new PostHogResponseError(
      `GET ${pathname} answered JSON where CSV was asked for; this server may not export this list as CSV.`,
      response.status,
      "GET",
      pathname,
      "",
    );
  }
  // PostHog answers a single object, or an error, with an empty body: no rows.
  const body = data as ReadableStream<Uint8Array> | null | undefined;
  if (!body) return;
  const { CsvSyntaxError, csvRowBatches, flatten } = await csvReader;
  const parser = csvRowBatches({ maxRecordSize: maxRecordChars });
  try {
    // Leaving the loop early cancels the stream, and with it the download. An answer that reached
    // the server's CSV cap ends with PostHogCsvCapError after its rows.
    const rows = flatten(bodyThrough(body, parser));
    yield* checkCsvCap(rows, csvCapFor(path), path, pathname, init.params?.query);
  } catch (error) {
    if (error instanceof BodyFailure) {
      throw streamFailure(error.error, init.signal, pathname, "the CSV download", scrub);
    }
    if (error instanceof CsvSyntaxError) {
      const why =
        error.code === "CSV_MAX_RECORD_SIZE"
          ? `a record longer than maxRecordChars (${maxRecordChars} characters); pass a larger maxRecordChars to csvRows to read it`
          : `CSV that cannot be read: ${scrub(error.message)}`;
      throw new PostHogResponseError(
        `GET ${scrub(pathname)} sent ${why}`,
        response.status,
        "GET",
        scrub(pathname),
        "",
        { cause: scrubbedCause(error, scrub) },
      );
    }
    throw streamFailure(error, init.signal, pathname, "the CSV download", scrub);
  }
}
