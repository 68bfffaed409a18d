// A non-2xx answer as a typed error: PostHog's fields read from whatever body came, a message that
// says what to do, and everything scrubbed of the key, once, here.
import { hintFor, parseErrorBody, readErrorFields } from "../error-body.js";
import type { SecretSet } from "../redact.js";
import { serverDelayMs } from "../retry.js";
import { scrubValue } from "../scrub-value.js";
import { PostHogApiError, type PostHogApiErrorInit } from "./api-error.js";
import {
  PostHogAuthenticationError,
  PostHogNotFoundError,
  PostHogPermissionError,
  PostHogRateLimitError,
  PostHogServerError,
  PostHogValidationError,
} from "./status-errors.js";

export interface ErrorResponseFacts {
  method: string;
  /** The request as errors show it (scrubbed). */
  path: string;
  status: number;
  statusText: string;
  headers: Headers;
  /** The decoded body; its start only when `cut`. */
  text: string;
  cut: boolean;
  attempts: number;
  /** Whether the request carried the personal API key. */
  sentKey: boolean;
  /** The spec's word for an operation the server always refuses. */
  neverSucceeds?: string | undefined;
  /** The key scopes the operation needs. */
  scopes?: readonly string[] | undefined;
}

export function errorFromResponse(facts: ErrorResponseFacts, secrets: SecretSet): PostHogApiError {
  const { method, path, status, headers, attempts } = facts;
  const body = facts.cut ? facts.text : parseErrorBody(facts.text);
  const fields = readErrorFields(body, (text) => secrets.text(text));
  const wait = serverDelayMs(headers.get("retry-after"), fields.detail, Date.now());
  const hint =
    status === 405 && facts.neverSucceeds
      ? facts.neverSucceeds
      : hintFor(status, fields, {
          retryAfterSeconds: wait === undefined ? undefined : Math.ceil(wait / 1000),
          sentKey: facts.sentKey,
          scopes: facts.scopes,
        });
  const what = fields.detail ?? secrets.text(facts.statusText || "no details were sent");
  const message = [
    `${method} ${path} failed with ${status}${fields.code ? ` (${fields.code})` : ""}: ${what}.`.replace(
      /\.\.$/,
      ".",
    ),
    hint,
    attempts > 1 ? `Gave up after ${attempts} attempts.` : "",
  ]
    .filter(Boolean)
    .join(" ");
  return apiErrorFor(secrets.text(message), {
    status,
    method,
    path,
    type: fields.type,
    code: fields.code,
    detail: fields.detail,
    attr: fields.attr,
    body: scrubValue(body, secrets),
    headers: secrets.headers(headers),
    attempts,
  });
}

/** The class for a status. */
function apiErrorFor(message: string, init: PostHogApiErrorInit): PostHogApiError {
  const { status } = init;
  if (status === 401) return new PostHogAuthenticationError(message, init);
  if (status === 403) return new PostHogPermissionError(message, init);
  if (status === 404) return new PostHogNotFoundError(message, init);
  if (status === 429) return new PostHogRateLimitError(message, init);
  if (status >= 500) return new PostHogServerError(message, init);
  if (status === 400 || status === 409 || status === 422) {
    return new PostHogValidationError(message, init);
  }
  return new PostHogApiError(message, init);
}
