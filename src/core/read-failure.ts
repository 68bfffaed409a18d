// The read step for an answer that is not ok: a typed error, thrown, or the result's `error` when
// throwOnError is off. Loaded with the first such answer: a call that succeeds never needs the
// error's builder, its hints and its messages.
import { errorFromResponse } from "../errors/from-response.js";
import type { SecretSet } from "../redact.js";
import type { SendResult } from "../send.js";
import { decode, visible, type ReadBody, type ReadFacts } from "./read.js";

/** A non-2xx answer as a typed error: thrown, or the result's `error` when throwOnError is off. */
export function readFailure(
  response: Response,
  body: ReadBody,
  facts: ReadFacts,
  secrets: SecretSet,
): SendResult {
  const { pathname, attempts } = facts;
  const shown = visible(response, secrets);
  const text = "bytes" in body ? decode(body.bytes, response.status, facts) : "";
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
