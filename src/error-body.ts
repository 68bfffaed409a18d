// Reads PostHog's error fields out of every body shape its endpoints send (see the spec's ErrorBody).

export interface ErrorFields {
  type?: string;
  code?: string;
  detail?: string;
  attr?: string | null;
  /** The body was an HTML page: a proxy or load balancer answered, not PostHog. */
  html?: boolean;
}

const CODE_LIKE = /^[a-z][a-z0-9_]*$/;
const asText = (value: unknown): string | undefined =>
  value === undefined || value === null
    ? undefined
    : typeof value === "string"
      ? value
      : JSON.stringify(value);

export function readErrorFields(body: unknown): ErrorFields {
  if (typeof body === "string") return readTextBody(body);
  if (!body || typeof body !== "object") return {};
  if (Array.isArray(body)) return { detail: asText(body[0]) };

  const o = body as Record<string, unknown>;
  const fields: ErrorFields = {};
  if (typeof o.type === "string") fields.type = o.type;
  let code = asText(o.code);
  let detail = asText(o.detail) ?? asText(o.error) ?? asText(o.message);
  // Older persons/groups property updates swap them: {"code": "This field is required.", "detail": "required"}.
  if (code && detail && !CODE_LIKE.test(code) && CODE_LIKE.test(detail))
    [code, detail] = [detail, code];
  if (code !== undefined) fields.code = code;
  if (detail !== undefined) fields.detail = detail;
  if (typeof o.attr === "string" || o.attr === null) fields.attr = o.attr;
  return fields;
}

function readTextBody(text: string): ErrorFields {
  const trimmed = text.trim();
  if (!trimmed) return {};
  if (/^<(!doctype|html|head|body)|<\/html>/i.test(trimmed)) {
    const title = /<title[^>]*>([^<]*)<\/title>/i.exec(trimmed)?.[1]?.trim();
    return { html: true, detail: title ? `an HTML page titled "${title}"` : "an HTML page" };
  }
  return { detail: trimmed.length > 300 ? `${trimmed.slice(0, 300)}...` : trimmed };
}

/** What to do about an error, when PostHog's own detail does not say. */
export function hintFor(status: number, fields: ErrorFields, retryAfterSeconds?: number): string {
  const detail = fields.detail ?? "";
  if (fields.html)
    return "A proxy or load balancer answered instead of PostHog; retry later or check the host.";
  if (status === 401)
    return "Check the personal API key (the apiKey option or POSTHOG_PERSONAL_API_KEY).";
  if (status === 403 && /missing required scope/i.test(detail)) {
    return "Add that scope to the personal API key in PostHog (Settings > Personal API keys).";
  }
  if (status === 403 && /does not support Personal API Key/i.test(detail)) {
    return "This operation refuses personal API keys: call it with a logged-in session's credentials.";
  }
  if (status === 403 && /access to the requested project/i.test(detail)) {
    return "The key is limited to other projects: check projectId or the key's project access.";
  }
  if (status === 404 && /project not found/i.test(detail)) {
    return "Check the project id (the projectId option or params.path.project_id).";
  }
  if (status === 429) {
    return retryAfterSeconds === undefined
      ? "Throttled: slow down and retry later."
      : `Throttled, retry after ${retryAfterSeconds} s.`;
  }
  if (status >= 500) return "PostHog could not handle the request; retry later.";
  return "";
}
