// The contract between the client and its helpers (pagination, CSV rows, the tile stream): one call
// through the client, with everything a helper needs and callers do not.
import type { Middleware } from "openapi-fetch";

export type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

export interface SendInit {
  params?: {
    path?: Record<string, unknown>;
    query?: Record<string, unknown>;
    header?: unknown;
    cookie?: unknown;
  };
  parseAs?: "json" | "text" | "blob" | "arrayBuffer" | "stream";
  throwOnError?: boolean;
  headers?: Record<string, string>;
  middleware?: Middleware[];
  signal?: AbortSignal | null;
  /** A query string to send as it is, instead of serializing params.query (a server's `next` link). */
  rawQuery?: string;
  [key: string]: unknown;
}

export interface SendResult {
  data?: unknown;
  error?: unknown;
  response: Response;
  /** The request's path with its parameters filled in, as sent. */
  pathname: string;
}

export type Send = (method: Method, path: string, init?: SendInit) => Promise<SendResult>;
