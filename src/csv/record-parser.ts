// RFC 4180 records from text that arrives in pieces: fields separated by commas, records by LF or
// CRLF, fields in double quotes may hold commas, quotes (doubled) and line breaks. Empty lines are
// skipped. A record cut by the end of a piece is kept and parsed again with the next piece, so
// chunk boundaries (between CR and LF, inside a quoted field, right after a closing quote) change
// nothing. Malformed text throws a CsvSyntaxError rather than guessing. The scan jumps between
// commas, quotes and line feeds with indexOf, caching each next position, so each character is
// looked at by native code about once.
import { CsvSyntaxError } from "./csv-syntax-error.js";

const LF = 10;
const CR = 13;
const QUOTE = 34;
const COMMA = 44;

/** Sentinel: "not searched yet" (any position is greater). -1 means "none in the rest". */
const UNKNOWN = -2;

export class RecordParser {
  private rest = "";
  /** Records seen, the header included (for error messages). */
  private records = 0;

  /**
   * `onRecord` gets each record's fields (it may throw to stop the parse). `maxRecordSize`: the
   * most characters one record may take, line break included; a longer one throws
   * `record_too_large` instead of being buffered.
   */
  constructor(
    private readonly onRecord: (fields: string[]) => void,
    private readonly maxRecordSize = Infinity,
  ) {}

  /** Parses the complete records of `text` (appended to what was left over). */
  push(text: string): void {
    const rest = this.parse(this.rest === "" ? text : this.rest + text, false);
    if (rest.length > this.maxRecordSize) this.tooLarge();
    this.rest = rest;
  }

  /** The end of the text: the last record needs no line break; an open quote throws. */
  end(): void {
    const text = this.rest;
    this.rest = "";
    this.parse(text, true);
  }

  private tooLarge(): never {
    throw new CsvSyntaxError(
      "CSV_MAX_RECORD_SIZE",
      this.records + 1,
      `a record is longer than the ${this.maxRecordSize} characters allowed`,
    );
  }

  private fail(
    code: "CSV_INVALID_OPENING_QUOTE" | "CSV_INVALID_CLOSING_QUOTE" | "CSV_QUOTE_NOT_CLOSED",
  ): never {
    const message =
      code === "CSV_QUOTE_NOT_CLOSED"
        ? "the text ends inside a quoted field (an unclosed quote)"
        : code === "CSV_INVALID_OPENING_QUOTE"
          ? "a quote inside a field that does not start with one (invalid opening quote)"
          : "a closing quote followed by something other than a comma or a line break (invalid closing quote)";
    throw new CsvSyntaxError(code, this.records + 1, message);
  }

  /** Parses whole records from the start of `text`; returns the unparsed tail (a partial record). */
  private parse(text: string, final: boolean): string {
    const n = text.length;
    const max = this.maxRecordSize;
    let i = 0;
    let nextComma = UNKNOWN;
    let nextLf = UNKNOWN;
    let nextQuote = UNKNOWN;
    for (;;) {
      // At the start of a record.
      if (i >= n) return "";
      const start = i;
      const first = text.charCodeAt(i);
      if (first === LF) {
        i++;
        continue;
      }
      if (first === CR) {
        if (i + 1 === n) return final ? "" : text.slice(i);
        if (text.charCodeAt(i + 1) === LF) {
          i += 2;
          continue;
        }
      }
      const fields: string[] = [];
      for (;;) {
        // At the start of a field (i may be n after a comma).
        if (i === n) {
          if (!final) return text.slice(start);
          fields.push("");
          break;
        }
        if (text.charCodeAt(i) === QUOTE) {
          let value = "";
          let j = i + 1;
          let after: number;
          for (;;) {
            const k = text.indexOf('"', j);
            if (k === -1) {
              if (final) this.fail("CSV_QUOTE_NOT_CLOSED");
              return text.slice(start);
            }
            if (k + 1 === n) {
              if (!final) return text.slice(start);
              value += text.slice(j, k);
              after = -1;
              break;
            }
            const next = text.charCodeAt(k + 1);
            if (next === QUOTE) {
              value += text.slice(j, k + 1);
              j = k + 2;
              continue;
            }
            value += text.slice(j, k);
            after = k + 1;
            break;
          }
          fields.push(value);
          if (after === -1) {
            i = n;
            break;
          }
          const c = text.charCodeAt(after);
          if (c === COMMA) {
            i = after + 1;
            continue;
          }
          if (c === LF) {
            i = after + 1;
            break;
          }
          if (c === CR) {
            if (after + 1 === n) {
              if (!final) return text.slice(start);
              i = n;
              break;
            }
            if (text.charCodeAt(after + 1) === LF) {
              i = after + 2;
              break;
            }
          }
          this.fail("CSV_INVALID_CLOSING_QUOTE");
        }
        // An unquoted field: it ends at the next comma or line feed.
        if (nextComma !== -1 && nextComma < i) nextComma = text.indexOf(",", i);
        if (nextLf !== -1 && nextLf < i) nextLf = text.indexOf("\n", i);
        if (nextQuote !== -1 && nextQuote < i) nextQuote = text.indexOf('"', i);
        if (nextComma !== -1 && (nextLf === -1 || nextComma < nextLf)) {
          if (nextQuote !== -1 && nextQuote < nextComma) this.fail("CSV_INVALID_OPENING_QUOTE");
          fields.push(text.slice(i, nextComma));
          i = nextComma + 1;
          continue;
        }
        const fieldStart = i;
        let end = nextLf;
        if (end === -1) {
          if (!final) return text.slice(start);
          end = n;
          i = n;
        } else {
          i = end + 1;
        }
        if (nextQuote !== -1 && nextQuote < end) this.fail("CSV_INVALID_OPENING_QUOTE");
        if (end > fieldStart && text.charCodeAt(end - 1) === CR) end--;
        fields.push(text.slice(fieldStart, end));
        break;
      }
      if (i - start > max) this.tooLarge();
      this.records++;
      this.onRecord(fields);
    }
  }
}
