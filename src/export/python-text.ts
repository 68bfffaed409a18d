// How Python's csv.writer turns a value into a cell: str(value). PostHog's CSV renderer hands it the
// serializer's output, so JSON's scalars come back as Python would print them: True/False, None as
// an empty cell, ints in full, floats as repr() (shortest round trip, exponent below 1e-4 and from
// 1e16: 1e-05, 1.5e+16), datetimes (where the server passes datetime objects) as str(datetime).

/** Python's repr() of a float, from JavaScript's shortest round-trip digits. */
export function pythonFloat(value: number): string {
  if (Number.isNaN(value)) return "nan";
  if (!Number.isFinite(value)) return value > 0 ? "inf" : "-inf";
  if (value === 0) return Object.is(value, -0) ? "-0.0" : "0.0";
  const sign = value < 0 ? "-" : "";
  const [mantissa = "", exponent = "0"] = Math.abs(value).toExponential().split("e");
  const digits = mantissa.replace(".", "");
  // The value is 0.<digits> × 10^point.
  const point = Number(exponent) + 1;
  if (point > 16 || point < -3) {
    const e = point - 1;
    const body = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    return `${sign}${body}e${e < 0 ? "-" : "+"}${String(Math.abs(e)).padStart(2, "0")}`;
  }
  if (point <= 0) return `${sign}0.${"0".repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${"0".repeat(point - digits.length)}.0`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/** A JSON number as Python prints what json.loads made of it: whole numbers as ints. */
export function pythonNumber(value: number): string {
  if (Number.isInteger(value)) {
    return Math.abs(value) < 1e21 ? String(value) : BigInt(value).toString();
  }
  return pythonFloat(value);
}

const ISO = /^(\d{4}-\d\d-\d\d)T(\d\d:\d\d:\d\d(?:\.\d{6})?)(Z|[+-]\d\d:\d\d)$/;

/** str(datetime) from the JSON renderer's ISO form: a space for the T, +00:00 for Z. */
export function pythonDatetime(text: string): string {
  const match = ISO.exec(text);
  if (!match) return text;
  return `${match[1]} ${match[2]}${match[3] === "Z" ? "+00:00" : match[3]}`;
}

/** The cell Python's csv.writer writes for a flattened scalar. */
export function pythonCell(value: unknown): string {
  switch (typeof value) {
    case "string":
      return value;
    case "boolean":
      return value ? "True" : "False";
    case "number":
      return pythonNumber(value);
    case "bigint":
      return value.toString();
    case "undefined":
      return "";
  }
  if (value === null) return "";
  return String(value);
}
