// The client's types, derived from the generated `paths`: openapi-fetch's call shape, with
// project_id optional when the client has a default project, `data` present under throwOnError, and
// `data` a string when `format: "csv"` is asked for.
import type {
  FetchOptions,
  MaybeOptionalInit,
  Middleware,
  ParamsOption,
  ParseAsResponse,
  RequestBodyOption,
} from "openapi-fetch";
import type {
  ErrorResponse,
  HttpMethod,
  PathsWithMethod,
  RequiredKeysOf,
  ResponseObjectMap,
  SuccessResponse,
} from "openapi-typescript-helpers";
import type { operations } from "../generated/operations.js";
import type { DashboardStreamMessage, paths } from "../generated/schema.js";
import type { CsvRow, CsvRowsOptions } from "./csv-rows.js";
import type { StreamDashboardTilesOptions } from "./dashboard-tiles.js";
import type { PaginateOptions, Paginator } from "./pagination/types.js";
import type { RetryOptions } from "./retry.js";
import type { HeadersInput, ParseAs } from "./send.js";

type WithOptionalProject<PathParams> = PathParams extends { project_id: unknown }
  ? Omit<PathParams, "project_id"> & { project_id?: PathParams["project_id"] }
  : PathParams;

type RelaxParameters<Params extends { path: unknown }> =
  RequiredKeysOf<Omit<Params["path"], "project_id">> extends never
    ? Omit<Params, "path"> & { path?: WithOptionalProject<Params["path"]> }
    : Omit<Params, "path"> & { path: WithOptionalProject<Params["path"]> };

type RelaxOperation<Op> = Op extends { parameters: infer Params extends { path: unknown } }
  ? Omit<Op, "parameters"> & { parameters: RelaxParameters<Params> }
  : Op;

/** The API's paths with `project_id` optional: the client fills in its default project. */
export type PathsWithDefaultProject = {
  [Path in keyof paths]: { [Key in keyof paths[Path]]: RelaxOperation<paths[Path][Key]> };
};

/** The paths a client is typed against: project_id is optional when projectId is surely set. */
export type ClientPaths<Options> = Options extends { projectId: string | number }
  ? PathsWithDefaultProject
  : paths;

/**
 * What every call takes besides its parameters and body: only what the pipeline honours. Options
 * that would bypass it (openapi-fetch's `fetch`, `baseUrl`, `querySerializer`, `pathSerializer`,
 * `bodySerializer`, RequestInit's `redirect`...) are not part of it.
 */
export interface CallOptions {
  /** Throw a PostHogApiError for a non-2xx answer instead of returning `{ error }`. */
  throwOnError?: boolean;
  /** Headers for this call (`null` or `undefined` removes one). Credentials go to the configured origin only. */
  headers?: HeadersInput;
  /** Cancels the call (every attempt, every wait) with its abort reason. */
  signal?: AbortSignal | null;
  /** This call's limit per attempt, in milliseconds, in place of the client's. */
  timeoutMs?: number;
  /** This call's retries, in place of the client's (`false`: none). */
  retry?: false | RetryOptions;
  /** openapi-fetch middleware for this call, after the client's. */
  middleware?: Middleware[];
  /** How to read a 2xx body (default "json"); "stream" hands it over unread. */
  parseAs?: ParseAs;
}

/** One operation's per-call init: its parameters and body (as openapi-fetch types them), and CallOptions. */
export type OperationInit<Op> = ParamsOption<Op> & RequestBodyOption<Op> & CallOptions;

/** Per-call init for a path's method. */
export type CallInit<PathInfo, Method extends keyof PathInfo> = OperationInit<PathInfo[Method]>;

/** The keys of `Init` that `Allowed` does not have, each typed never: a misspelling fails to compile. */
type InitParam<Init, Allowed = Init> =
  RequiredKeysOf<Init> extends never
    ? [init?: Init & NoExtra<Init, Allowed>]
    : [init: Init & NoExtra<Init, Allowed>];
type NoExtra<Init, Allowed> = { [Key in Exclude<keyof Init, keyof Allowed>]: never };

type FormatOf<Init> = Init extends { params: { query: { format: infer Format } } } ? Format : never;
type JsonMedia = "application/json" | "text/event-stream";

/** `format: "csv"` selects the CSV answer, a `"csv" | "json"` value either, anything else the JSON
 * one (or the event stream). */
export type MediaFor<Init> = [FormatOf<Init>] extends [never]
  ? JsonMedia
  : [FormatOf<Init>] extends ["csv"]
    ? "text/csv"
    : "csv" extends FormatOf<Init>
      ? "text/csv" | JsonMedia
      : JsonMedia;

type Throws<Init, ClientDefault extends boolean> = Init extends { throwOnError: true }
  ? true
  : Init extends { throwOnError: false }
    ? false
    : ClientDefault;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- not unknown: the generated response maps are interfaces, which extend Record<K, any> but not Record<K, unknown> (the type tests fail with unknown)
type Responses<Op> = Extract<ResponseObjectMap<Op>, Record<string | number, any>>;

export type SuccessResult<Op, Init> = {
  data: ParseAsResponse<SuccessResponse<Responses<Op>, MediaFor<Init>>, Init>;
  error?: never;
  /** The answer, its headers scrubbed of the key if any showed it; its body is read into data. */
  response: Response;
  /** Attempts made, retries included (1 when the first answered; 0 when a middleware answered). */
  attempts: number;
};

export type ErrorResult<Op> = {
  data?: never;
  /** The error body. Always defined for a non-2xx answer: when the body was not a JSON object (an
   * empty body, an HTML page), it holds `{ detail }` describing what came back. */
  error: ErrorResponse<Responses<Op>, "application/json">;
  /** The answer, its headers scrubbed of the key if any showed it; its body is read into error. */
  response: Response;
  /** Attempts made, retries included. */
  attempts: number;
};

export type CallResult<Op, Init, ClientDefault extends boolean> =
  Throws<Init, ClientDefault> extends true
    ? SuccessResult<Op, Init>
    : SuccessResult<Op, Init> | ErrorResult<Op>;

export type ClientMethod<
  Paths extends {},
  Method extends HttpMethod,
  ClientDefault extends boolean,
> = <
  Path extends PathsWithMethod<Paths, Method>,
  Init extends CallInit<Paths[Path], Method & keyof Paths[Path]>,
>(
  url: Path,
  ...init: InitParam<Init, CallInit<Paths[Path], Method & keyof Paths[Path]>>
) => Promise<CallResult<Paths[Path][Method & keyof Paths[Path]], Init, ClientDefault>>;

type Operations = typeof operations;
type GetOf<Paths, Path extends keyof Paths> = Paths[Path]["get" & keyof Paths[Path]];

/** The paths whose GET operation's run-time facts (generated/operations.ts) include `Facts`. */
type PathsWhoseGet<Paths, Facts> = {
  [Path in keyof Paths & keyof Operations]: Operations[Path] extends { readonly get: Facts }
    ? Path
    : never;
}[keyof Paths & keyof Operations];

/** The paths of list operations: the ones paginate() takes. */
export type ListPath<Paths> = PathsWhoseGet<Paths, { readonly pagination: string }>;

/** The paths whose GET can answer CSV: the ones csvRows() takes. */
export type CsvPath<Paths> = PathsWhoseGet<Paths, { readonly csv: true }>;

type JsonData<Op> = SuccessResponse<Responses<Op>, "application/json">;

/** The item type of a list operation: an element of its bare array, or of its `results`. */
export type ItemOf<Op> =
  JsonData<Op> extends readonly (infer Item)[]
    ? Item
    : JsonData<Op> extends { results: readonly (infer Item)[] }
      ? Item
      : never;

/** paginate() reads JSON pages: format "csv" is refused, in the types too. */
type JsonOnly<Init> = Init extends { params: { query: { format: "csv" } } } ? never : Init;

type InitThenOptions<Init, Options> =
  RequiredKeysOf<Init> extends never
    ? [init?: JsonOnly<Init>, options?: Options]
    : [init: JsonOnly<Init>, options?: Options];

export interface PostHogClient<Paths extends {} = paths, ClientDefault extends boolean = false> {
  /**
   * Every item of a list operation, page after page, following the server's `next` links safely
   * (same origin and path only). Also `.pages()` and `.toArray()`.
   */
  paginate<
    Path extends ListPath<Paths>,
    Init extends MaybeOptionalInit<Paths[Path], "get" & keyof Paths[Path]>,
  >(
    url: Path,
    ...rest: InitThenOptions<Init, PaginateOptions>
  ): Paginator<ItemOf<GetOf<Paths, Path>>>;
  /** A CSV export as rows keyed by the header, streamed in constant memory. */
  csvRows<
    Path extends CsvPath<Paths>,
    Init extends MaybeOptionalInit<Paths[Path], "get" & keyof Paths[Path]>,
  >(
    url: Path,
    ...rest: [...InitParam<Init>, options?: CsvRowsOptions]
  ): AsyncGenerator<CsvRow>;
  /**
   * The dashboard's tiles as PostHog renders them (server-sent events). PostHog refuses personal API
   * keys here: pass session credentials in `headers`.
   */
  streamDashboardTiles(
    dashboardId: number,
    options?: StreamDashboardTilesOptions,
  ): AsyncGenerator<DashboardStreamMessage>;
  GET: ClientMethod<Paths, "get", ClientDefault>;
  POST: ClientMethod<Paths, "post", ClientDefault>;
  PUT: ClientMethod<Paths, "put", ClientDefault>;
  PATCH: ClientMethod<Paths, "patch", ClientDefault>;
  DELETE: ClientMethod<Paths, "delete", ClientDefault>;
  /** Adds openapi-fetch middleware. It sees each call once, without credentials. */
  use(...middleware: Middleware[]): void;
  eject(...middleware: Middleware[]): void;
  /** The origin requests go to, such as "https://us.posthog.com". */
  readonly host: string;
  /** The default project, if any. */
  readonly projectId: string | undefined;
}

/** The client createPostHogClient returns for the given options. */
export type CreatedClient<Options> = PostHogClient<
  ClientPaths<Options>,
  Options extends { throwOnError: true } ? true : false
>;

// Re-exported so callers can name openapi-fetch's types without depending on it.
export type { FetchOptions, Middleware };
