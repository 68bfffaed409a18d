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

/** Deeper JSON than this is not parsed: it is kept as text (no stack overflow, no RangeError). */
export const MAX_JSON_DEPTH = 64;

/** Whether a JSON text nests arrays and objects deeper than `max` (a linear scan, no recursion). */
export function nestsDeeper(text: string, max = MAX_JSON_DEPTH): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      if (++depth > max) return true;
    } else if (c === 93 || c === 125) depth--;
  }
  return false;
}

/** An error body as the API error carries it: parsed JSON when it is (and not too deep), else the text. */
export function parseErrorBody(text: string): unknown {
  if (text === "" || nestsDeeper(text)) return text;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** PostHog's error fields from any body shape; `scrub` runs on each text before it is cut. */
export function readErrorFields(
  body: unknown,
  scrub: (text: string) => string = (t) => t,
): ErrorFields {
  const fields = readFields(body, scrub);
  for (const name of ["type", "code", "detail"] as const) {
    const value = fields[name];
    if (value !== undefined) fields[name] = scrub(value);
  }
  if (typeof fields.attr === "string") fields.attr = scrub(fields.attr);
  return fields;
}

function readFields(body: unknown, scrub: (text: string) => string): ErrorFields {
  if (typeof body === "string") return readTextBody(scrub(body));
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
    return {
      html: true,
      detail: title ? `an HTML page titled "${cut(title, 200)}"` : "an HTML page",
    };
  }
  return { detail: cut(trimmed, 300) };
}

const cut = (text: string, max: number) => (text.length > max ? `${text.slice(0, max)}...` : text);

/** What the hint may use besides the status and the body. */
export interface HintContext {
  /** Seconds PostHog asked to wait (429). */
  retryAfterSeconds?: number | undefined;
  /** Whether the request carried the personal API key (false: session credentials, or nothing). */
  sentKey?: boolean;
  /** The key scopes the operation needs, from the spec. */
  scopes?: readonly string[] | undefined;
}

/** What to do about an error, when PostHog's own detail does not say. */
export function hintFor(status: number, fields: ErrorFields, context: HintContext = {}): string {
  const { retryAfterSeconds, sentKey = true, scopes } = context;
  const detail = fields.detail ?? "";
  if (fields.html)
    return "A proxy or load balancer answered instead of PostHog; retry later or check the host.";
  if (status === 401 && !sentKey) {
    return "This operation refuses personal API keys, so none was sent: pass a logged-in session's credentials in headers (they may have expired).";
  }
  if (status === 401)
    return "Check the personal API key (the apiKey option or POSTHOG_PERSONAL_API_KEY).";
  if (status === 403 && !fields.detail && scopes && scopes.length > 0) {
    // CSV answers carry no body: say what the operation needs, as PostHog's JSON detail would.
    const list = scopes.map((s) => `'${s}'`).join(" or ");
    return `PostHog sent no detail; this operation needs the scope ${list}: add it to the personal API key in PostHog (Settings > Personal API keys), or check the key's project access.`;
  }
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
