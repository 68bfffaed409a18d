import { PostHogError } from "./posthog-error.js";

/** How a CSV answer is capped: see `OperationMeta.csvCap`. */
export type CsvCapKind = "limit" | "fixed" | "page";

/**
 * A CSV answer reached the server's cap, so rows may be missing. Thrown by csvRows() after it has
 * yielded every row the answer held; the complete export is exportList() (or the `export` command).
 */
export class PostHogCsvCapError extends PostHogError {
  override name = "PostHogCsvCapError";

  constructor(
    message: string,
    readonly path: string,
    readonly kind: CsvCapKind,
    /** The cap the answer reached: rows for `limit` and `fixed`, 1 page for `page`. */
    readonly cap: number,
    /** Rows the answer held (all of them were yielded). */
    readonly rows: number,
  ) {
    super(message);
  }
}
