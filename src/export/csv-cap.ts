// PostHog caps its CSV answers: the events list at `limit` rows (never a next page), the persons list
// at its CSV export limit from offset 0, the insights list at the one page asked for. csvRows() counts
// the rows against the cap the spec records (OperationMeta.csvCap) and, when an answer reaches it,
// ends with a PostHogCsvCapError after the rows, instead of a quiet end that looks complete.
import { operations } from "../../generated/operations.js";
import { PostHogCsvCapError } from "../errors/csv-cap-error.js";
import type { CsvCap, OperationMeta } from "../operation-meta.js";

export type { CsvCap };

/** The cap the spec records for GET `path` (a template), if any. */
export function csvCapFor(path: string): CsvCap | undefined {
  return (operations as Record<string, { get?: OperationMeta }>)[path]?.get?.csvCap;
}

/** Rows at which an answer to this query is cut, or undefined when rows are not the unit. */
export function rowCap(
  cap: CsvCap,
  query: Record<string, unknown> | undefined,
): number | undefined {
  if (cap.kind === "fixed") return cap.rows;
  if (cap.kind === "page") return undefined;
  const asked = Number(query?.limit);
  const limit = Number.isSafeInteger(asked) && asked > 0 ? asked : cap.defaultLimit;
  return Math.min(limit, cap.maxLimit);
}

const COMPLETE =
  "For every row, use exportList() from code or `npx posthog-environments-client export` (JSON pages, resumable).";

/** Passes rows through; throws PostHogCsvCapError after the last one when the answer hit its cap. */
export async function* checkCsvCap<Row extends Record<string, string>>(
  rows: AsyncIterable<Row>,
  cap: CsvCap | undefined,
  path: string,
  pathname: string,
  query: Record<string, unknown> | undefined,
): AsyncGenerator<Row> {
  if (!cap) return yield* rows;
  const limit = rowCap(cap, query);
  let count = 0;
  let more = false;
  for await (const row of rows) {
    count++;
    // The insights list is one wide row with the envelope's `next`: set when pages are left.
    if (cap.kind === "page" && row.next) more = true;
    yield row;
  }
  if (cap.kind === "page") {
    if (!more) return;
    throw new PostHogCsvCapError(
      `GET ${pathname} as CSV holds only the page asked for, and the server has more (its next link is set). ${COMPLETE}`,
      path,
      "page",
      1,
      count,
    );
  }
  if (limit === undefined || count < limit) return;
  const why =
    cap.kind === "fixed"
      ? `PostHog's CSV export limit of ${limit} rows (it exports from offset 0 and ignores limit and offset)`
      : `its cap of ${limit} rows (limit ${query?.limit ?? `defaults to ${cap.defaultLimit}`}, at most ${cap.maxLimit}; a CSV answer never has a next page)`;
  throw new PostHogCsvCapError(
    `GET ${pathname} as CSV stopped at ${why}: ${count} rows were read and more may exist. ${COMPLETE}`,
    path,
    cap.kind,
    limit,
    count,
  );
}
