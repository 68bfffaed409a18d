// What the pipeline hands the transport for one call: every fact it needs, explicitly.
import type { RateLimitAttempt, RateLimitGate } from "../rate-limit/types.js";
import type { SecretSet } from "../redact.js";
import type { RetryOptions } from "../retry.js";
import type { Clock } from "./clock.js";
import type { Log } from "./log.js";

/** The client-wide parts: the same for every call. */
export interface TransportConfig {
  /** A custom fetch, called once per request on the wire; the global one when undefined. */
  fetch: ((request: Request) => Promise<Response>) | undefined;
  clock: Clock;
  /** The rate limiter's gate, awaited before each request on the wire. */
  gate: RateLimitGate | undefined;
  log: Log | undefined;
  secrets: SecretSet;
  /** The most a buffered body may hold once decoded. */
  maxResponseBytes: number;
}

/** One call, as the transport sends it. */
export interface Outgoing {
  method: string;
  url: string;
  /** With the credentials, when the URL is the configured origin's. */
  headers: Headers;
  /** Re-sent intact on every attempt and on 307/308 hops. */
  body: string | Uint8Array | undefined;
  /** Hand a 2xx body over unread (CSV rows, server-sent events) instead of buffering it. */
  stream: boolean;
  signal: AbortSignal | undefined;
  timeoutMs: number;
  retry: Required<RetryOptions>;
  /** The request as errors and logs show it: path and query, credentials masked, keys scrubbed. */
  where: string;
  /** What the rate limiter knows of the call (undefined without a gate). */
  limiter: RateLimitAttempt | undefined;
}

/** What came back: the last answer, its body read (or handed over), and how it took. */
export interface Answer {
  /** The answer as fetch gave it (its body already read unless `stream` handed it over). */
  response: Response;
  /** The decoded body bytes, when read. */
  bytes: Uint8Array | undefined;
  /** An error body longer than the bound: `bytes` is its start. */
  cut: boolean;
  /** A streamed 2xx body, unread. */
  stream: ReadableStream<Uint8Array> | null | undefined;
  /** Attempts made, the one that answered included. */
  attempts: number;
  /** Same-origin redirects followed by the last attempt. */
  hops: number;
}
