// fast-check arbitraries shared by the property tests: strings made to break URLs.
import fc from "fast-check";

/** Pieces that mean something to a URL parser, a percent-decoder, a router or String.replace. */
export const URL_TOKENS = [
  "..",
  ".",
  "/",
  "\\",
  "%2e%2e",
  "%2E%2e",
  "%2e",
  "%2f",
  "%2F",
  "%5c",
  "%252f",
  "%c0%ae",
  "%",
  "%zz",
  "%00",
  "?",
  "#",
  "&",
  "=",
  "+",
  ";",
  ":",
  "@",
  ",",
  "[",
  "]",
  "$&",
  "$'",
  "$`",
  "$1",
  "{id}",
  "{project_id}",
  " ",
  "\t",
  "\n",
  "\r\n",
  "\u0000",
  "\u007f",
  "é",
  "☃",
  "😀",
  "\u200b",
  "\ufeff",
  "\uff0e", // fullwidth full stop
  "\u3002", // ideographic full stop
  "\u2215", // division slash
  "ﬁ",
  "'",
  '"',
  "<",
  ">",
  "`",
  "|",
  "^",
] as const;

/** Well-formed strings (no lone surrogates) built from URL tokens and arbitrary code points. */
export const urlishString = (maxParts = 6): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...URL_TOKENS) },
    {
      weight: 5,
      arbitrary: fc
        .array(
          fc.oneof(fc.constantFrom(...URL_TOKENS), fc.string({ unit: "binary", maxLength: 3 })),
          {
            maxLength: maxParts,
          },
        )
        .map((parts) => parts.join("")),
    },
    { weight: 2, arbitrary: fc.string({ unit: "binary" }) },
    { weight: 1, arbitrary: fc.string() },
  );
