// The read step: the answer's body (already read within its attempt, or handed over when streamed)
// becomes the result's data, scrubbed on the way out. An answer that is not ok becomes a typed error
// in read-failure.ts, loaded with the first one.
import type { OperationMeta } from "../../generated/operations.js";
import { PostHogResponseError } from "../errors/response-error.js";
import { PostHogResponseTooLargeError } from "../errors/response-too-large-error.js";
import type { SecretSet } from "../redact.js";
import type { ParseAs, SendResult } from "../send.js";
import { decodeText } from "./read-body.js";

export interface ReadFacts {
  method: string;
  /** The request as errors show it (scrubbed). */
  where: string;
  pathname: string;
  parseAs: ParseAs;
  csv: boolean;
  throwOnError: boolean;
  attempts: number;
  sentKey: boolean;
  meta: OperationMeta | undefined;
  maxResponseBytes: number;
}

export type ReadBody =
  { bytes: Uint8Array; cut: boolean } | { stream: ReadableStream<Uint8Array> | null };

/** An ok (2xx) answer as the result's data. */
export function readResult(
  response: Response,
  body: ReadBody,
  facts: ReadFacts,
  secrets: SecretSet,
): SendResult {
  const { pathname, attempts } = facts;
  const shown = visible(response, secrets);
  if (!("bytes" in body))
    return { data: body.stream ?? undefined, response: shown, pathname, attempts };
  const { bytes } = body;
  if (response.status === 204 || facts.method === "HEAD" || bytes.byteLength === 0) {
    const data = facts.csv ? "" : empty(facts.parseAs, response);
    return { data, response: shown, pathname, attempts };
  }
  switch (facts.parseAs) {
    case "arrayBuffer":
      return { data: new Uint8Array(bytes).buffer, response: shown, pathname, attempts };
    case "blob":
      return {
        data: new Blob([new Uint8Array(bytes).buffer as ArrayBuffer], {
          type: response.headers.get("content-type") ?? "",
        }),
        response: shown,
        pathname,
        attempts,
      };
    case "text":
      return { data: decode(bytes, response.status, facts), response: shown, pathname, attempts };
  }
  const text = decode(bytes, response.status, facts);
  if (facts.csv) return { data: text, response: shown, pathname, attempts };
  return { data: parseJson(response, text, facts, secrets), response: shown, pathname, attempts };
}

/** What an empty body reads as, for the formats that are never undefined. */
function empty(parseAs: ParseAs, response: Response): unknown {
  if (parseAs === "arrayBuffer") return new ArrayBuffer(0);
  if (parseAs === "blob") return new Blob([], { type: response.headers.get("content-type") ?? "" });
  if (parseAs === "text") return "";
  return undefined; // JSON: no body, no data
}

/** The body as text, or PostHogResponseTooLargeError when it is too long for a string. */
export function decode(bytes: Uint8Array, status: number, facts: ReadFacts): string {
  try {
    return decodeText(bytes);
  } catch {
    // Past the engine's longest string: only a raised maxResponseBytes lets a body get here.
    throw new PostHogResponseTooLargeError(
      `${facts.method} ${facts.where} sent a body too large to read as text (${bytes.byteLength} bytes). Lower maxResponseBytes, or use csvRows for exports.`,
      status,
      facts.method,
      facts.where,
      facts.maxResponseBytes,
    );
  }
}

function parseJson(
  response: Response,
  text: string,
  facts: ReadFacts,
  secrets: SecretSet,
): unknown {
  if (text.trim() === "") return undefined;
  try {
    return JSON.parse(text);
  } catch (error) {
    const type = secrets.text(response.headers.get("content-type") ?? "no content type");
    throw new PostHogResponseError(
      `${facts.method} ${facts.where} answered ${response.status} with a body that is not valid JSON (${type}). A proxy may have answered instead of PostHog.`,
      response.status,
      facts.method,
      facts.where,
      secrets.text(text).slice(0, 500),
      { cause: secrets.error(error) },
    );
  }
}

/**
 * The response a result carries: the answer itself, or, when a header shows a key, a copy with the
 * headers scrubbed as the thrown errors have them. Its body has been read into data or error
 * (a streamed body is data).
 */
export function visible(response: Response, secrets: SecretSet): Response {
  if (!secrets.headersShow(response.headers) && !secrets.shows(response.statusText))
    return response;
  const copy = new Response(null, {
    status: response.status,
    statusText: secrets.text(response.statusText),
    headers: secrets.headers(response.headers),
  });
  Object.defineProperty(copy, "url", { value: secrets.text(response.url) });
  Object.defineProperty(copy, "redirected", { value: response.redirected });
  return copy;
}
