// The run-time vocabulary of generated/operations.ts: what the client knows about each operation
// beyond its types. The generator (scripts/) writes values of these types; the client reads them.
import type { PaginationStyle } from "./pagination/styles.js";

/** One accepted form of a path parameter. */
export type PathParamRule =
  | { readonly type: "integer"; readonly minimum?: number }
  | {
      readonly type: "string";
      readonly pattern?: string;
      readonly format?: string;
      readonly const?: string;
    };

/** How a query parameter is encoded, when not the default `name=value` (arrays repeated). */
export type QueryEncoding = "json" | "comma";

/** How a list operation's pages link (the spec's `x-pagination`): described by behaviour in
 * src/pagination/styles.ts, whose keys this type is. */
export type { PaginationStyle };

/**
 * How many rows one CSV answer can hold (the spec's `x-csv-cap`):
 * - `limit`: at most the `limit` asked for (`defaultLimit` when none, never more than `maxLimit`),
 *   and never a next page (events);
 * - `fixed`: always the first `rows` rows, from offset 0, whatever `limit` and `offset` say (persons);
 * - `page`: only the one page asked for (insights' single wide row).
 */
export type CsvCap =
  | { readonly kind: "limit"; readonly defaultLimit: number; readonly maxLimit: number }
  | { readonly kind: "fixed"; readonly rows: number }
  | { readonly kind: "page" };

/** One of PostHog's throttle scopes (the spec's root `x-throttle-rates`). */
export interface ThrottleRate {
  readonly requests: number;
  readonly perSeconds: number;
  /** Whose bucket it is: one per personal API key, or one per user whatever the key. */
  readonly per: "key" | "user";
}

/** What the client checks and encodes at run time; absent fields take their defaults. */
export interface OperationMeta {
  readonly pathParams: Readonly<Record<string, readonly PathParamRule[]>>;
  /** Query parameters encoded otherwise than `name=value`. */
  readonly query?: Readonly<Record<string, QueryEncoding>>;
  /** The operation can answer `format=csv`. */
  readonly csv?: true;
  /** CSV operations: how many rows one CSV answer holds. */
  readonly csvCap?: CsvCap;
  /** false: the operation refuses personal API keys, so none is sent. */
  readonly personalApiKey?: false;
  /** List operations: how their pages link. */
  readonly pagination?: PaginationStyle;
  /** The server always refuses this operation, and why. */
  readonly neverSucceeds?: string;
  /** The throttle scopes (keys of `throttleRates`) a request with a personal API key counts against. */
  readonly throttle?: readonly string[];
  /** The personal API key scopes the operation needs (none when personal API keys are refused). */
  readonly scopes?: readonly string[];
  /** Newer servers no longer route this under `/api/environments/`, so a call there can 404. */
  readonly environmentsRouteRemoved?: true;
}
