import { serverDelayMs } from "../retry.js";
import { PostHogError } from "./posthog-error.js";

export interface PostHogApiErrorInit {
  status: number;
  method: string;
  path: string;
  /** PostHog's error fields, read from whichever body shape the server sent. */
  type?: string | undefined;
  code?: string | undefined;
  detail?: string | undefined;
  attr?: string | null | undefined;
  /** The parsed body: an object when it was JSON, else the raw text. */
  body: unknown;
  headers: Headers;
  attempts: number;
}

/** PostHog answered with a non-2xx status. */
export class PostHogApiError extends PostHogError {
  override name = "PostHogApiError";
  readonly status: number;
  readonly method: string;
  /** The request's path and query, with credentials in the query masked. */
  readonly path: string;
  readonly type: string | undefined;
  readonly code: string | undefined;
  readonly detail: string | undefined;
  readonly attr: string | null | undefined;
  readonly body: unknown;
  readonly headers: Headers;
  readonly attempts: number;

  constructor(message: string, init: PostHogApiErrorInit) {
    super(message);
    this.status = init.status;
    this.method = init.method;
    this.path = init.path;
    this.type = init.type;
    this.code = init.code;
    this.detail = init.detail;
    this.attr = init.attr;
    this.body = init.body;
    this.headers = init.headers;
    this.attempts = init.attempts;
  }

  /** Seconds to wait before retrying, if the server said: from `Retry-After` (429 and some 503s),
   * else from PostHog's "Expected available in N seconds" detail. */
  get retryAfterSeconds(): number | undefined {
    const ms = serverDelayMs(this.headers.get("retry-after"), this.detail, Date.now());
    return ms === undefined ? undefined : Math.ceil(ms / 1000);
  }

  toJSON() {
    const { name, message, status, method, path, type, code, detail, attr, attempts } = this;
    return { name, message, status, method, path, type, code, detail, attr, attempts };
  }
}
