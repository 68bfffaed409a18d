// The error the CSV parser throws for text that is not CSV: csvRows turns it into a
// PostHogResponseError (the server's answer cannot be read), with this as its cause.
export type CsvSyntaxCode =
  | "unclosed_quote"
  | "invalid_opening_quote"
  | "invalid_closing_quote"
  | "record_length"
  | "record_too_large";

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
