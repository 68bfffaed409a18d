// The build step: a call's headers and body (its Request, when middleware wants one, is built in
// middleware.ts).
import type { HeadersInput, ParseAs } from "../send.js";

/** The Accept a call sends unless its headers say otherwise. */
export function acceptFor(csv: boolean, parseAs: ParseAs): string {
  return csv ? "text/csv" : parseAs === "json" ? "application/json" : "*/*";
}

/**
 * The call's headers: the client's, then Accept and Content-Type, then the call's own (`null` or
 * `undefined` removes one). No credentials: those are added per attempt, to the origin only.
 */
export function buildHeaders(
  base: readonly (readonly [string, string])[],
  accept: string,
  hasBody: boolean,
  own: HeadersInput | undefined,
): Headers {
  // Appended one by one: Headers built from an array may keep using that array (undici).
  const headers = new Headers();
  for (const [name, value] of base) headers.append(name, value);
  headers.set("accept", accept);
  if (hasBody) headers.set("content-type", "application/json");
  if (!own) return headers;
  if (own instanceof Headers || Array.isArray(own)) {
    for (const [name, value] of own instanceof Headers ? own : own) headers.set(name, value);
    return headers;
  }
  for (const [name, value] of Object.entries(own)) {
    if (value === null || value === undefined) headers.delete(name);
    else if (Array.isArray(value)) {
      headers.delete(name);
      for (const item of value) headers.append(name, String(item));
    } else headers.set(name, String(value));
  }
  return headers;
}

/** The body as sent: JSON text (openapi-fetch's default serializer). */
export function serializeBody(body: unknown): string | undefined {
  return body === undefined ? undefined : JSON.stringify(body);
}
