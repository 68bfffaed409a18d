// Header names and values are checked before anything is sent. A value fetch would refuse later
// throws a bare TypeError that quotes it (a session cookie, say); one it would alter (trimmed
// whitespace) changes what is sent. Either is a PostHogConfigError that names the header, never the
// value.
import { PostHogConfigError } from "./errors/config-error.js";

/** RFC 9110 token characters. */
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
/** Visible ASCII, space, tab and obs-text (the bytes fetch sends as they are). */
const VALUE = /^[\t\x20-\x7e\x80-\xff]*$/;

/** Why a header value cannot be sent as given, or undefined when it can. */
export function headerValueProblem(value: unknown): string | undefined {
  if (typeof value !== "string")
    return `is ${value === null ? "null" : typeof value}, not a string`;
  if (!VALUE.test(value))
    return "contains a line break, a control character or a character above U+00FF";
  if (/^[\t ]|[\t ]$/.test(value)) return "starts or ends with whitespace, which would be dropped";
  return undefined;
}

/**
 * The headers, checked: a plain object of string values with valid names. `option` names what to
 * fix (PostHogConfigError's `option`); `where` says which headers in the message.
 */
export function checkHeaders(
  headers: unknown,
  option: string,
  where: string,
): Record<string, string> {
  if (headers === undefined) return {};
  if (typeof headers !== "object" || headers === null || Array.isArray(headers)) {
    throw new PostHogConfigError(option, `${where} must be an object of header names to strings.`);
  }
  for (const [name, value] of Object.entries(headers)) {
    // A bad name is not shown either: it may be a value pasted in the wrong place.
    if (!TOKEN.test(name)) {
      throw new PostHogConfigError(
        option,
        `${where} has a header name that is not a valid HTTP token (letters, digits and !#$%&'*+-.^_\`|~ only).`,
      );
    }
    const problem = headerValueProblem(value);
    if (problem) {
      throw new PostHogConfigError(
        option,
        `${where}: the value of ${name} ${problem}. The value is not shown here; check how it is built.`,
      );
    }
  }
  return { ...(headers as Record<string, string>) };
}

/**
 * A call's headers, in any form openapi-fetch takes (an object whose null or undefined values remove
 * a header, an array of pairs, a Headers, which is valid already), checked the same way.
 */
export function checkCallHeaders(headers: unknown, where: string): void {
  if (headers === undefined || headers === null || headers instanceof Headers) return;
  const pairs: [string, unknown][] = Array.isArray(headers)
    ? headers.map((pair) => (Array.isArray(pair) ? [String(pair[0]), pair[1]] : ["", pair]))
    : typeof headers === "object"
      ? Object.entries(headers).flatMap(([name, value]): [string, unknown][] =>
          value === null || value === undefined
            ? []
            : (Array.isArray(value) ? value : [value]).map((item) => [
                name,
                typeof item === "number" || typeof item === "boolean" ? String(item) : item,
              ]),
        )
      : [["", headers]];
  for (const [name, value] of pairs) checkHeaders({ [name]: value }, "headers", where);
}
