// The fetch beneath openapi-fetch's middleware: it authorizes, times and retries each attempt.
// Middleware sees the request once, without credentials; only the attempts built here carry the key,
// and only to the configured origin.
import { PostHogNetworkError } from "./errors/network-error.js";
import { PostHogTimeoutError } from "./errors/timeout-error.js";
import { keyIdOf } from "./rate-limit/key-id.js";
import type { RateLimitGate } from "./rate-limit/types.js";
import { describeUrl, type SecretSet } from "./redact.js";
import {
  backoffDelay,
  isRetryable,
  parseRetryAfter,
  RETRY_DEFAULTS,
  type AttemptOutcome,
  type RetryOptions,
} from "./retry.js";

/** What the client knows of a call that the transport needs; set by the client's last middleware. */
export interface RequestTag {
  /** Hand the body over unread (CSV rows, server-sent events) instead of buffering it. */
  stream: boolean;
  /** The operation accepts a personal API key (false: it refuses them, so none is sent). */
  personalApiKey: boolean;
  /** The caller passed a signal. Without one, each attempt needs only its timeout's signal
   * (combining signals is costly in Node 20). */
  callerSignal: boolean;
  /** The operation's path template and PostHog throttle scopes, for the rate limiter. */
  path?: string;
  throttle?: readonly string[];
}

export const requestTags = new WeakMap<Request, RequestTag>();
/** How many attempts produced a response, for error messages. */
export const responseAttempts = new WeakMap<Response, number>();

export interface Clock {
  now(): number;
  random(): number;
  sleep(ms: number, signal: AbortSignal): Promise<void>;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  random: () => Math.random(),
  sleep: (ms, signal) =>
    new Promise((resolve, reject) => {
      if (signal.aborted) return reject(signal.reason);
      const onAbort = () => {
        clearTimeout(timer);
        reject(signal.reason);
      };
      const timer = setTimeout(() => {
        signal.removeEventListener("abort", onAbort);
        resolve();
      }, ms);
      signal.addEventListener("abort", onAbort, { once: true });
    }),
};

export interface TransportOptions {
  origin: string;
  apiKey: () => string | Promise<string>;
  /** A custom fetch; the global one when undefined. */
  fetch?: ((request: Request) => Promise<Response>) | undefined;
  timeoutMs: number;
  retry: false | RetryOptions;
  clock?: Clock;
  /** Every key used goes here, and errors are scrubbed of them. */
  secrets: SecretSet;
  /** The rate limiter: each attempt waits for budget first, and reports its answer. */
  gate?: RateLimitGate | undefined;
}

const CREDENTIAL_HEADERS = ["authorization", "cookie", "proxy-authorization"];
const NO_BODY_STATUSES = new Set([101, 204, 205, 304]);

export function createTransport(
  options: TransportOptions,
): (request: Request) => Promise<Response> {
  const clock = options.clock ?? systemClock;
  const retry =
    options.retry === false
      ? { ...RETRY_DEFAULTS, maxRetries: 0 }
      : { ...RETRY_DEFAULTS, ...options.retry };

  return async function transport(request: Request): Promise<Response> {
    const tag = requestTags.get(request) ?? {
      stream: false,
      personalApiKey: true,
      callerSignal: true,
    };
    const callerSignal = request.signal;
    const method = request.method;
    callerSignal.throwIfAborted();

    const headers = await attemptHeaders(request, tag);
    // Only errors show the request: summarized (and scrubbed of the key) when one is made.
    const where = () => options.secrets.text(describeUrl(request.url));
    // Read once, re-sent intact on every attempt.
    const body = request.body === null ? undefined : await request.arrayBuffer();
    const { gate } = options;
    const credential = headers.get("authorization");
    const limited =
      gate && credential && tag.throttle
        ? { method, path: tag.path ?? "", scopes: tag.throttle, keyId: keyIdOf(credential) }
        : undefined;

    for (let attempt = 1; ; attempt++) {
      const timeout = new AbortController();
      const timer = setTimeout(() => timeout.abort(), options.timeoutMs);
      let response: Response | undefined;
      let outcome: AttemptOutcome;
      let failure: unknown;
      const signal = tag.callerSignal
        ? AbortSignal.any([callerSignal, timeout.signal])
        : timeout.signal;
      // Waiting for budget counts against the attempt's timeout and the caller's signal.
      if (limited) {
        try {
          await gate!.acquire(limited, signal);
        } catch (error) {
          clearTimeout(timer);
          if (callerSignal.aborted) throw callerSignal.reason;
          throw timeout.signal.aborted ? attemptError({ kind: "timeout" }, error, attempt) : error;
        }
      }
      let answered = false;
      try {
        const init: RequestInit = { method, headers, body, redirect: request.redirect, signal };
        // The global fetch is looked up per call (so a test's interceptor applies) and given the
        // URL and init directly: it builds the one Request itself.
        const raw = options.fetch
          ? await options.fetch(new Request(request.url, init))
          : await globalThis.fetch(request.url, init);
        answered = true;
        if (limited) {
          const retryAfter =
            raw.status === 429
              ? parseRetryAfter(raw.headers.get("retry-after"), clock.now())
              : undefined;
          gate!.observe(limited, raw.status, retryAfter);
        }
        // Only a response whose body was read in full (or is streamed on) counts as an answer.
        response = tag.stream ? raw : await buffered(raw);
        outcome = { kind: "status", status: response.status };
      } catch (error) {
        if (limited && !answered) gate!.observe(limited, 0, undefined);
        if (callerSignal.aborted) throw callerSignal.reason;
        failure = error;
        outcome = timeout.signal.aborted
          ? { kind: "timeout" }
          : { kind: "network", code: errorCode(error) };
      } finally {
        clearTimeout(timer);
      }

      const canRetry = attempt <= retry.maxRetries && !response?.ok && isRetryable(method, outcome);
      const wait = canRetry ? retryDelay(response, attempt - 1) : undefined;
      if (wait === undefined) {
        if (response) {
          responseAttempts.set(response, attempt);
          return response;
        }
        throw attemptError(outcome, failure, attempt);
      }
      await response?.body?.cancel().catch(() => {});
      await clock.sleep(wait, callerSignal);
    }

    function retryDelay(response: Response | undefined, retryIndex: number): number | undefined {
      const retryAfter =
        response && (response.status === 429 || response.status === 503)
          ? parseRetryAfter(response.headers.get("retry-after"), clock.now())
          : undefined;
      if (retryAfter === undefined) return backoffDelay(retryIndex, retry, clock.random);
      // Asked to wait longer than allowed: give the answer back now rather than hold the caller.
      return retryAfter > retry.maxRetryAfterMs ? undefined : retryAfter;
    }

    function attemptError(outcome: AttemptOutcome, cause: unknown, attempts: number): Error {
      const tries = attempts === 1 ? "1 attempt" : `${attempts} attempts`;
      if (outcome.kind === "timeout") {
        return new PostHogTimeoutError(
          `${method} ${where()} timed out after ${options.timeoutMs} ms (${tries}). Raise timeoutMs, or retry later.`,
          method,
          where(),
          options.timeoutMs,
          attempts,
        );
      }
      const code = outcome.kind === "network" && outcome.code ? ` (${outcome.code})` : "";
      return new PostHogNetworkError(
        `${method} ${where()} failed: could not complete the request${code} after ${tries}. ` +
          `Check the host and the network, then retry.`,
        method,
        where(),
        attempts,
        { cause: options.secrets.error(cause) },
      );
    }
  };

  async function attemptHeaders(request: Request, tag: RequestTag): Promise<Headers> {
    const headers = new Headers(request.headers);
    if (new URL(request.url).origin !== options.origin) {
      // Never send credentials to another origin, whoever set them.
      for (const name of CREDENTIAL_HEADERS) headers.delete(name);
      return headers;
    }
    if (tag.personalApiKey && !headers.has("authorization")) {
      const key = await options.apiKey();
      options.secrets.add(key);
      headers.set("authorization", `Bearer ${key}`);
    }
    return headers;
  }
}

/** Reads the whole body within the attempt (so its timeout and retries cover it). */
async function buffered(response: Response): Promise<Response> {
  const bytes = await response.arrayBuffer();
  const headers = new Headers(response.headers);
  // The bytes are already decoded: drop the encoding and state their real length.
  headers.delete("content-encoding");
  headers.set("content-length", String(bytes.byteLength));
  const copy = new Response(NO_BODY_STATUSES.has(response.status) ? null : bytes, {
    status: response.status,
    statusText: response.statusText,
    headers,
  });
  Object.defineProperty(copy, "url", { value: response.url });
  Object.defineProperty(copy, "redirected", { value: response.redirected });
  return copy;
}

function errorCode(error: unknown): string | undefined {
  const codeOf = (e: unknown) =>
    e && typeof e === "object" && "code" in e && typeof e.code === "string" ? e.code : undefined;
  const cause = error && typeof error === "object" && "cause" in error ? error.cause : undefined;
  return codeOf(error) ?? codeOf(cause);
}
