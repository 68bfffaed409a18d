// The contract between the client and its helpers (pagination, CSV rows, the tile stream): one call
// through the pipeline, with everything a helper needs and callers do not.
import type { Middleware } from "openapi-fetch";
import type { RetryOptions } from "./retry.js";

export type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/** Header values as openapi-fetch takes them: `null` or `undefined` leaves a header out. */
export type HeadersInput =
  | Headers
  | [string, string][]
  | Record<string, string | number | boolean | (string | number | boolean)[] | null | undefined>;

export type ParseAs = "json" | "text" | "blob" | "arrayBuffer" | "stream";

export interface SendInit {
  params?: {
    path?: Record<string, unknown> | undefined;
    query?: Record<string, unknown> | undefined;
    header?: unknown;
    cookie?: unknown;
  };
  body?: unknown;
  parseAs?: ParseAs | undefined;
  throwOnError?: boolean | undefined;
  headers?: HeadersInput | undefined;
  middleware?: Middleware[] | undefined;
  signal?: AbortSignal | null | undefined;
  /** This call's limit per attempt, in place of the client's. */
  timeoutMs?: number | undefined;
  /** This call's retries, in place of the client's. */
  retry?: false | RetryOptions | undefined;
  /** A query string to send as it is, instead of serializing params.query (a server's `next` link). */
  rawQuery?: string | undefined;
}

export interface SendResult {
  data?: unknown;
  error?: unknown;
  response: Response;
  /** The request's path with its parameters filled in, as sent. */
  pathname: string;
  /** Attempts made: 1 when the first one answered, 0 when a middleware answered instead. */
  attempts: number;
}

export type Send = (method: Method, path: string, init?: SendInit) => Promise<SendResult>;
