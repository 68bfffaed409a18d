// The client's types, derived from the generated `paths`: openapi-fetch's call shape, with
// project_id optional when the client has a default project, `data` present under throwOnError, and
// `data` a string when `format: "csv"` is asked for.
import type { FetchOptions, MaybeOptionalInit, Middleware, ParseAsResponse } from "openapi-fetch";
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
import type { PaginateOptions, Paginator } from "./pagination/paginate.js";

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

/** Per-call options: openapi-fetch's, plus `throwOnError`. */
export type CallInit<PathInfo, Method extends keyof PathInfo> = MaybeOptionalInit<
  PathInfo,
  Method
> & {
  throwOnError?: boolean;
};

type InitParam<Init> =
  RequiredKeysOf<Init> extends never
    ? [(Init & { [key: string]: unknown })?]
    : [Init & { [key: string]: unknown }];

/** `format: "csv"` selects the CSV answer; anything else the JSON one (or the event stream). */
export type MediaFor<Init> = Init extends { params: { query: { format: "csv" } } }
  ? "text/csv"
  : "application/json" | "text/event-stream";

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
  response: Response;
};

export type ErrorResult<Op> = {
  data?: never;
  /** The error body. Always defined for a non-2xx answer: when the body was not a JSON object (an
   * empty body, an HTML page), it holds `{ detail }` describing what came back. */
  error: ErrorResponse<Responses<Op>, "application/json">;
  response: Response;
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
  ...init: InitParam<Init>
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

// Re-exported so callers can name openapi-fetch's per-call options without depending on it.
export type { FetchOptions, Middleware };
