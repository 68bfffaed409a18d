// csvRows(): a CSV export read as rows keyed by the header, in constant memory however large: the
// body's bytes stream through the CSV reader in src/csv/, which decodes UTF-8 in streaming mode (so a
// character split across network chunks comes out intact).
import { PostHogResponseError } from "./errors/response-error.js";
import { checkCsvCap, csvCapFor } from "./export/csv-cap.js";
import type { Send, SendInit } from "./send.js";
import { streamFailure } from "./stream-failure.js";

export type CsvRow = Record<string, string>;

export async function* csvRows(
  send: Send,
  path: string,
  init: SendInit = {},
): AsyncGenerator<CsvRow> {
  const query = { ...init.params?.query, format: "csv" };
  const { data, response, pathname } = await send("GET", path, {
    ...init,
    params: { ...init.params, query },
    parseAs: "stream",
    throwOnError: true,
  });
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
  // Loaded on first use: most callers never export CSV.
  const { CsvSyntaxError, rowsOf } = await import("./csv/index.js");
  const rows = rowsOf(body);
  try {
    // Leaving the loop early cancels the stream, and with it the download. An answer that reached
    // the server's CSV cap ends with PostHogCsvCapError after its rows.
    yield* checkCsvCap(rows, csvCapFor(path), path, pathname, init.params?.query);
  } catch (error) {
    if (error instanceof CsvSyntaxError) {
      throw new PostHogResponseError(
        `GET ${pathname} sent CSV that cannot be read: ${error.message}`,
        response.status,
        "GET",
        pathname,
        "",
        { cause: error },
      );
    }
    throw streamFailure(error, init.signal, pathname, "the CSV download");
  }
}
