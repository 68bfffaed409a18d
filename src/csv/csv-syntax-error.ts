// The error the CSV parser throws for text that is not CSV: csvRows turns it into a
// PostHogResponseError (the server's answer cannot be read), with this as its cause. The codes are
// csv-parse's, which csvRows used before, so a caller's checks of `cause.code` keep working.
export type CsvSyntaxCode =
  | "CSV_QUOTE_NOT_CLOSED"
  | "CSV_INVALID_OPENING_QUOTE"
  | "CSV_INVALID_CLOSING_QUOTE"
  | "CSV_RECORD_DONT_MATCH_COLUMNS_LENGTH"
  | "CSV_MAX_RECORD_SIZE";

export class CsvSyntaxError extends Error {
  override readonly name = "CsvSyntaxError";
  constructor(
    readonly code: CsvSyntaxCode,
    /** 1-based number of the record (the header is record 1). */
    readonly record: number,
    message: string,
  ) {
    super(`${message} (record ${record})`);
  }
}
