// Python's csv.writer with its defaults (the excel dialect), as PostHog's CSV renderer uses it:
// QUOTE_MINIMAL quotes a field holding the delimiter, a quote, \r or \n, and doubles its quotes; a
// record that is one empty field is written "" (so it is not a blank line); lines end in \r\n.
// csv-stringify would need quoted_match and still writes that record as a blank line, so the rule
// lives here, with its tests.

const NEEDS_QUOTES = /[",\r\n]/;

export function csvField(text: string): string {
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvRecord(fields: readonly string[]): string {
  if (fields.length === 1 && fields[0] === "") return '""\r\n';
  return fields.map(csvField).join(",") + "\r\n";
}

/** The header: the union of keys sorted as Python sorts strings, by code point. */
export function sortHeader(keys: Iterable<string>): string[] {
  return [...keys].sort(byCodePoint);
}

export function byCodePoint(a: string, b: string): number {
  // UTF-16 order differs from code point order only between surrogates and U+E000..U+FFFF.
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const x = a.codePointAt(i)!;
    const y = b.codePointAt(i)!;
    if (x !== y) return x - y;
    if (x > 0xffff) i++;
  }
  return a.length - b.length;
}
