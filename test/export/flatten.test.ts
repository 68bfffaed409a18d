// PostHog's CSV renderer, reproduced: rest_framework_csv's flattening and Python's csv.writer. The
// expected bytes (fixtures/expected.csv) were written once by fixtures/renderer.py, a small Python
// re-implementation of the renderer; these tests only read them.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { byCodePoint, csvRecord, sortHeader } from "../../src/export/csv-writer.js";
import { flattenItem } from "../../src/export/flatten.js";
import { pythonDatetime, pythonFloat, pythonNumber } from "../../src/export/python-text.js";

const fixture = JSON.parse(
  readFileSync(new URL("./fixtures/rows.json", import.meta.url), "utf8"),
) as {
  datetimeFields: string[];
  rows: unknown[];
};
const expected = readFileSync(new URL("./fixtures/expected.csv", import.meta.url));

describe("flattening as rest_framework_csv 3.0.2 does", () => {
  it("writes the fixture byte for byte as the Python renderer did", () => {
    const rows = fixture.rows.map((row) =>
      flattenItem(row, { datetimeFields: fixture.datetimeFields }),
    );
    const header = sortHeader(new Set(rows.flatMap((row) => Object.keys(row))));
    let csv = csvRecord(header);
    for (const row of rows) csv += csvRecord(header.map((key) => row[key] ?? ""));
    expect(Buffer.from(csv, "utf8").equals(expected)).toBe(true);
  });

  it("nests keys with dots and indexes, drops empty containers, and keeps empty keys' places", () => {
    expect(
      flattenItem({ a: { b: [1, { c: null }] }, e: {}, f: [], g: { "": 1 }, h: { "": { i: 2 } } }),
    ).toEqual({
      "a.b.0": "1",
      "a.b.1.c": "",
      g: "1",
      "h..i": "2",
    });
    expect(flattenItem("scalar")).toEqual({ "": "scalar" });
    expect(flattenItem({ "a.b": 1, a: { b: 2 } })).toEqual({ "a.b": "2" }); // the later one wins
  });
});

describe("cells as Python's csv.writer writes them", () => {
  it("prints floats as repr() and whole numbers as ints", () => {
    const cases: [number, string][] = [
      [0.5, "0.5"],
      [0.0001, "0.0001"],
      [0.00001, "1e-05"],
      [1.5e16, "1.5e+16"],
      [1e16, "1e+16"],
      [123456789012345.6, "123456789012345.6"],
      [-2.75, "-2.75"],
      [1e-300, "1e-300"],
      [1.7976931348623157e308, "1.7976931348623157e+308"],
      [0.1 + 0.2, "0.30000000000000004"],
    ];
    for (const [value, text] of cases) expect(pythonFloat(value)).toBe(text);
    expect(pythonFloat(100)).toBe("100.0");
    expect(pythonNumber(42)).toBe("42");
    expect(pythonNumber(1e21)).toBe("1000000000000000000000");
    expect(pythonNumber(0.25)).toBe("0.25");
  });

  it("prints the server's datetimes as str(datetime)", () => {
    expect(pythonDatetime("2026-11-20T10:15:00.123456Z")).toBe("2026-11-20 10:15:00.123456+00:00");
    expect(pythonDatetime("2026-11-20T10:15:00Z")).toBe("2026-11-20 10:15:00+00:00");
    expect(pythonDatetime("2026-11-20T10:15:00+02:00")).toBe("2026-11-20 10:15:00+02:00");
    expect(pythonDatetime("not a date")).toBe("not a date");
  });

  it('quotes minimally, doubles quotes, and writes a lone empty field as ""', () => {
    expect(csvRecord(["a", "b,c", 'd"e', "f\ng", "h\ri", " j "])).toBe(
      'a,"b,c","d""e","f\ng","h\ri", j \r\n',
    );
    expect(csvRecord([""])).toBe('""\r\n');
    expect(csvRecord(["", ""])).toBe(",\r\n");
  });

  it("sorts the header by code point, as Python sorts strings", () => {
    expect(["x😀", "xｆ", "xa", "x"].sort(byCodePoint)).toEqual(["x", "xa", "xｆ", "x😀"]);
  });
});
