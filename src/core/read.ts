// The read step: the answer's body (already read within its attempt, or handed over when streamed)
// becomes the result's data, or a typed error, scrubbed on the way out. The error's builder (its
// hints and messages) loads with the first failure: a call that succeeds never needs it.
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

/** Loaded with the first answer that is not a success: the code that builds API errors. */
const loadErrorBuilder = () => import("../errors/from-response.js");

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

/** A non-2xx answer as a typed error: thrown, or the result's `error` when throwOnError is off. */
export async function readFailure(
  response: Response,
  body: ReadBody,
  facts: ReadFacts,
  secrets: SecretSet,
): Promise<SendResult> {
  const { pathname, attempts } = facts;
  const shown = visible(response, secrets);
  const text = "bytes" in body ? decode(body.bytes, response.status, facts) : "";
  const { errorFromResponse } = await loadErrorBuilder();
  const error = errorFromResponse(
    {
      method: facts.method,
      path: facts.where,
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
      text,
      cut: "bytes" in body && body.cut,
      attempts,
      sentKey: facts.sentKey,
      neverSucceeds: facts.meta?.neverSucceeds,
      scopes: facts.meta?.scopes,
    },
    secrets,
  );
  if (facts.throwOnError) throw error;
  const errorBody =
    error.body && typeof error.body === "object"
      ? error.body
      : { detail: error.detail ?? (secrets.text(response.statusText) || "no details were sent") };
  return { error: errorBody, response: shown, pathname, attempts };
}

/** What an empty body reads as, for the formats that are never undefined. */
function empty(parseAs: ParseAs, response: Response): unknown {
  if (parseAs === "arrayBuffer") return new ArrayBuffer(0);
  if (parseAs === "blob") return new Blob([], { type: response.headers.get("content-type") ?? "" });
  if (parseAs === "text") return "";
  return undefined; // JSON: no body, no data
}

function decode(bytes: Uint8Array, status: number, facts: ReadFacts): string {
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
function visible(response: Response, secrets: SecretSet): Response {
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
