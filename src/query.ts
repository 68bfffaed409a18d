// Query strings. Every value is either sent or refused with a PostHogParameterError; none is dropped.
// Dates become ISO 8601; parameters PostHog reads as JSON are JSON-encoded; comma parameters are
// joined; other arrays repeat the name (`event_name=a&event_name=b`); undefined means "not sent".
import type { QueryEncoding } from "../generated/operations.js";
import { PostHogParameterError } from "./errors/parameter-error.js";

const fail = (name: string, message: string) => new PostHogParameterError(name, "query", message);

/** A UTF-16 surrogate without its pair: it cannot be encoded as UTF-8 and would be altered. */
export const LONE_SURROGATE =
  /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function wellFormed(name: string, text: string): string {
  if (LONE_SURROGATE.test(text)) {
    throw fail(
      name,
      `params.query.${name} contains an unpaired UTF-16 surrogate, which cannot be sent unaltered.`,
    );
  }
  return text;
}

function scalar(name: string, value: unknown): string {
  switch (typeof value) {
    case "string":
      return wellFormed(name, value);
    case "boolean":
    case "bigint":
      return String(value);
    case "number":
      if (!Number.isFinite(value))
        throw fail(name, `params.query.${name} must be a finite number; got ${value}.`);
      return String(value);
  }
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw fail(name, `params.query.${name} is an invalid Date.`);
    return value.toISOString();
  }
  if (value === null) {
    throw fail(name, `params.query.${name} is null; leave it undefined to not send it.`);
  }
  throw fail(
    name,
    `params.query.${name} must be a string, number, boolean or Date (or an array of them); got ${
      Array.isArray(value) ? "a nested array" : typeof value
    }.`,
  );
}

function json(name: string, value: unknown): string {
  if (typeof value === "string") return wellFormed(name, value); // already JSON-encoded by the caller
  let encoded: string | undefined;
  try {
    // JSON.stringify alters what it cannot write (NaN, Infinity and invalid Dates become null, as
    // do undefined, functions and symbols in arrays; a Map or Set becomes {}): refuse those instead.
    encoded = JSON.stringify(value, function (this: Record<string, unknown>, key, v: unknown) {
      const why = unwritable(this[key], v, Array.isArray(this));
      if (why) throw new Error(why);
      return v;
    });
  } catch (error) {
    throw fail(name, `params.query.${name} cannot be JSON-encoded: ${(error as Error).message}.`);
  }
  if (encoded === undefined) {
    throw fail(name, `params.query.${name} cannot be JSON-encoded (${typeof value}).`);
  }
  return wellFormed(name, encoded);
}

/** Why JSON.stringify would alter `original` (given to the replacer as `v`), if it would. */
function unwritable(original: unknown, v: unknown, inArray: boolean): string | undefined {
  if (typeof v === "number" && !Number.isFinite(v)) return `${v} is not a JSON number`;
  if (original instanceof Date && Number.isNaN(original.getTime()))
    return "it holds an invalid Date";
  if (typeof v === "function" || typeof v === "symbol")
    return `it holds a ${typeof v}, which JSON cannot carry`;
  if (v === undefined && inArray)
    return "an array item is undefined (JSON would send null); remove it or pass null";
  if (v !== null && typeof v === "object" && !Array.isArray(v)) {
    const proto = Object.getPrototypeOf(v) as object | null;
    if (proto !== Object.prototype && proto !== null) {
      const kind = (v as object).constructor?.name ?? "object";
      return `it holds a ${kind}, which JSON would send as {} or alter; convert it to a plain object or array (Object.fromEntries(map), [...set])`;
    }
  }
  return undefined;
}

/** Serializes params.query for one operation; `encodings` come from the spec. */
export function serializeQuery(
  query: Record<string, unknown> | undefined,
  encodings: Readonly<Record<string, QueryEncoding>> = {},
): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query ?? {})) {
    if (LONE_SURROGATE.test(name)) {
      throw fail(
        name,
        `params.query.${name} (${JSON.stringify(name)}): the parameter name has an unpaired UTF-16 surrogate, which would be sent as U+FFFD; fix the name.`,
      );
    }
    if (value === undefined) continue;
    const encoding = encodings[name];
    if (encoding === "json") {
      if (value === null)
        throw fail(name, `params.query.${name} is null; leave it undefined to not send it.`);
      search.append(name, json(name, value));
    } else if (encoding === "comma") {
      const items = (Array.isArray(value) ? value : [value]).map((item) => scalar(name, item));
      if (items.length === 0) continue;
      if (items.some((item) => item.includes(","))) {
        throw fail(
          name,
          `params.query.${name} values may not contain "," (the server splits on commas).`,
        );
      }
      search.append(name, items.join(","));
    } else if (Array.isArray(value)) {
      for (const item of value) search.append(name, scalar(name, item));
    } else {
      search.append(name, scalar(name, value));
    }
  }
  return search.toString();
}
