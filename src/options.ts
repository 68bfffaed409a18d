// Client options, and their validation: every mistake is a PostHogConfigError naming the option,
// thrown by createPostHogClient before any request.
import type { Middleware } from "openapi-fetch";
import { checkHeaders, headerValueProblem } from "./check-headers.js";
import { PostHogConfigError } from "./errors/config-error.js";
import type { RateLimitOptions } from "./rate-limit/options.js";
import type { PipelineOptions } from "./core/options.js";
import { RETRY_DEFAULTS, type RetryOptions } from "./retry.js";

export type ApiKeyProvider = () => string | Promise<string>;
/** A project id: a number, a numeric string, or "@current" (the key's current project). */
export type ProjectIdInput = number | `${number}` | "@current" | (string & {});

export interface PostHogClientOptions extends PipelineOptions {
  /** A personal API key, or a function returning one (called per request, so keys can rotate).
   * Defaults to the POSTHOG_PERSONAL_API_KEY environment variable. */
  apiKey?: string | ApiKeyProvider | undefined;
  /** "us" (default, https://us.posthog.com), "eu" (https://eu.posthog.com), or a self-hosted origin. */
  host?: "us" | "eu" | (string & {}) | undefined;
  /** The default for `{project_id}` in every path. */
  projectId?: ProjectIdInput | undefined;
  /** Throw a PostHogApiError for non-2xx answers instead of returning `{ error }`. */
  throwOnError?: boolean | undefined;
  /** Headers sent with every request. An Authorization header here is never sent to another origin. */
  headers?: Record<string, string> | undefined;
  /** Prepended to this client's User-Agent. */
  userAgent?: string | undefined;
  /** Limit for each attempt, in milliseconds (default 60 000). */
  timeoutMs?: number | undefined;
  /** `false` for no retries, or how to retry (default: 2 retries). */
  retry?: false | RetryOptions | undefined;
  /** Allow an `http:` host that is not on this machine (the key would travel unencrypted). */
  allowInsecureHttp?: boolean | undefined;
  /** A custom fetch, for example one with a proxy agent. Called once per attempt. */
  fetch?: ((request: Request) => Promise<Response>) | undefined;
  /** openapi-fetch middleware, applied to every call. */
  middleware?: Middleware[] | undefined;
  /** Pace requests to PostHog's rate limits, so that none gets a 429: `false` turns it off, an
   * object turns it on. Default: on for PostHog Cloud ("us", "eu"), off for a self-hosted host. */
  rateLimit?: false | RateLimitOptions | undefined;
}

export const HOSTS = { us: "https://us.posthog.com", eu: "https://eu.posthog.com" } as const;
export const DEFAULT_TIMEOUT_MS = 60_000;

export interface ResolvedOptions {
  origin: string;
  apiKey: ApiKeyProvider;
  projectId: string | undefined;
  throwOnError: boolean;
  headers: Record<string, string>;
  userAgent: string | undefined;
  timeoutMs: number;
  retry: false | RetryOptions;
  fetch: ((request: Request) => Promise<Response>) | undefined;
}

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i;

export function resolveOrigin(host: string | undefined, allowInsecureHttp: boolean): string {
  if (host === undefined || host === "us") return HOSTS.us;
  if (host === "eu") return HOSTS.eu;
  let url: URL | undefined;
  try {
    url = new URL(host);
  } catch {}
  // Shown without any user name or password; an unparseable value is not shown at all.
  const shown = url
    ? JSON.stringify(`${url.protocol}//${url.host}${url.pathname}${url.search}${url.hash}`)
    : "";
  const fail = (why: string) =>
    new PostHogConfigError(
      "host",
      `host ${shown ? `${shown} ` : ""}${why}. Use "us", "eu", or an origin such as "https://posthog.example.com".`,
    );
  if (!url) throw fail("is not a URL");
  if (url.protocol !== "https:" && url.protocol !== "http:") throw fail("must use https");
  if (url.username || url.password) throw fail("must not contain a user name or password");
  if (url.pathname !== "/" || host.replace(/\/$/, "") !== url.origin) {
    throw fail("must be an origin only, with no path, query or fragment");
  }
  if (url.protocol === "http:" && !LOOPBACK.test(url.hostname) && !allowInsecureHttp) {
    throw fail(
      "uses http on a host other than this machine; use https, or set allowInsecureHttp: true",
    );
  }
  return url.origin;
}

export function resolveProjectId(projectId: unknown): string | undefined {
  if (projectId === undefined) return undefined;
  if (typeof projectId === "number" && Number.isSafeInteger(projectId) && projectId > 0) {
    return String(projectId);
  }
  if (
    typeof projectId === "string" &&
    (/^[1-9][0-9]*$/.test(projectId) || projectId === "@current")
  ) {
    return projectId;
  }
  throw new PostHogConfigError(
    "projectId",
    `projectId must be a positive integer, a string of digits, or "@current"; got ${describe(projectId)}.`,
  );
}

/** A personal API key is visible ASCII with no spaces; anything else would corrupt the header. */
export function checkApiKey(key: unknown, source: string): string {
  if (typeof key !== "string" || key.length === 0) {
    throw new PostHogConfigError("apiKey", `${source} gave no API key (got ${typeof key}).`);
  }
  if (!/^[\x21-\x7e]+$/.test(key)) {
    throw new PostHogConfigError(
      "apiKey",
      `${source} gave an API key with spaces, line breaks or non-ASCII characters; check how it is loaded.`,
    );
  }
  return key;
}

function resolveApiKey(apiKey: PostHogClientOptions["apiKey"]): ApiKeyProvider {
  if (typeof apiKey === "function") {
    return async () => checkApiKey(await apiKey(), "The apiKey function");
  }
  const fromEnv = apiKey === undefined;
  const key = fromEnv ? process.env.POSTHOG_PERSONAL_API_KEY : apiKey;
  if (key === undefined || key === "") {
    throw new PostHogConfigError(
      "apiKey",
      "No personal API key: pass the apiKey option or set POSTHOG_PERSONAL_API_KEY.",
    );
  }
  const checked = checkApiKey(key, fromEnv ? "POSTHOG_PERSONAL_API_KEY" : "The apiKey option");
  return () => checked;
}

/** The longest delay setTimeout keeps (about 24.8 days): a longer one fires at once. */
export const MAX_DELAY_MS = 2_147_483_647;

function positiveNumber(value: unknown, option: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== "number" || !Number.isFinite(value) || value <= 0 || value > MAX_DELAY_MS) {
    throw new PostHogConfigError(
      option,
      `${option} must be a positive number of milliseconds, at most ${MAX_DELAY_MS}; got ${describe(value)}.`,
    );
  }
  return value;
}

function describe(value: unknown): string {
  return typeof value === "string"
    ? JSON.stringify(value)
    : typeof value === "number"
      ? String(value)
      : typeof value;
}

/** The retry option, every field checked and defaulted: undefined means the default. */
export function checkRetryOption(retry: unknown): false | Required<RetryOptions> {
  if (retry === false) return false;
  if (retry === undefined) return { ...RETRY_DEFAULTS };
  if (typeof retry !== "object" || retry === null || Array.isArray(retry)) {
    throw new PostHogConfigError(
      "retry",
      "retry must be false or an object such as { maxRetries: 2 }.",
    );
  }
  const given = retry as Record<string, unknown>;
  for (const name of Object.keys(given)) {
    if (!(name in RETRY_DEFAULTS)) {
      throw new PostHogConfigError(
        `retry.${name}`,
        `retry.${name} is not a retry option; the options are ${Object.keys(RETRY_DEFAULTS).join(", ")}.`,
      );
    }
  }
  const field = (name: keyof RetryOptions, whole: boolean): number => {
    const value = given[name];
    if (value === undefined) return RETRY_DEFAULTS[name];
    if (
      typeof value !== "number" ||
      !Number.isFinite(value) ||
      value < 0 ||
      (whole ? !Number.isSafeInteger(value) : value > MAX_DELAY_MS)
    ) {
      const what = whole
        ? "a whole number >= 0"
        : `a number of milliseconds from 0 to ${MAX_DELAY_MS}`;
      throw new PostHogConfigError(
        `retry.${name}`,
        `retry.${name} must be ${what} (or undefined for the default, ${RETRY_DEFAULTS[name]}); got ${describe(value)}.`,
      );
    }
    return value;
  };
  return {
    maxRetries: field("maxRetries", true),
    baseDelayMs: field("baseDelayMs", false),
    maxDelayMs: field("maxDelayMs", false),
    maxRetryAfterMs: field("maxRetryAfterMs", false),
  };
}

function resolveUserAgent(userAgent: unknown): string | undefined {
  if (userAgent === undefined) return undefined;
  const problem = headerValueProblem(userAgent);
  if (problem) {
    throw new PostHogConfigError(
      "userAgent",
      `userAgent ${problem}; it is sent in the User-Agent header. The value is not shown here.`,
    );
  }
  return userAgent as string;
}

export function resolveOptions(options: PostHogClientOptions = {}): ResolvedOptions {
  if (typeof options !== "object" || options === null) {
    throw new PostHogConfigError("options", "createPostHogClient takes an options object.");
  }
  if (options.fetch !== undefined && typeof options.fetch !== "function") {
    throw new PostHogConfigError("fetch", "fetch must be a function taking a Request.");
  }
  return {
    origin: resolveOrigin(options.host, options.allowInsecureHttp === true),
    apiKey: resolveApiKey(options.apiKey),
    projectId: resolveProjectId(options.projectId),
    throwOnError: options.throwOnError === true,
    headers: checkHeaders(options.headers, "headers", "The headers option"),
    userAgent: resolveUserAgent(options.userAgent),
    timeoutMs: positiveNumber(options.timeoutMs, "timeoutMs", DEFAULT_TIMEOUT_MS),
    retry: checkRetryOption(options.retry),
    fetch: options.fetch,
  };
}
