// createPostHogClient: the options resolved, then the call pipeline (src/core/call.ts) assembled
// from its pieces, and the helpers built on it.
import { inspect } from "node:util";
import type { Middleware } from "openapi-fetch";
import { operations, type OperationMeta } from "../generated/operations.js";
import { createCall } from "./core/call.js";
import { systemClock, type Clock } from "./core/clock.js";
import { createLog, resolveLogLevel, type Log } from "./core/log.js";
import { resolvePipelineOptions } from "./core/options.js";
import type { CsvRowsOptions } from "./csv-rows.js";
import type { StreamDashboardTilesOptions } from "./dashboard-tiles.js";
import { PostHogParameterError } from "./errors/parameter-error.js";
import { resolveOptions, type PostHogClientOptions } from "./options.js";
import { loadOnFirstItem } from "./load-on-first-item.js";
import { paginate } from "./pagination/paginate.js";
import type { PaginateOptions } from "./pagination/types.js";
import { gateOnFirstUse } from "./rate-limit/gate-on-first-use.js";
import { resolveRateLimit } from "./rate-limit/resolve-option.js";
import type { RateLimitLogFields } from "./rate-limit/options.js";
import type { RateLimitGate } from "./rate-limit/types.js";
import { SecretSet } from "./redact.js";
import { resolveRetry } from "./retry.js";
import type { SendInit } from "./send.js";
import type { CreatedClient } from "./types.js";
import { VERSION } from "./version.js";

const lookup = (path: string, method: string): OperationMeta | undefined =>
  (operations as Record<string, Partial<Record<string, OperationMeta>>>)[path]?.[
    method.toLowerCase()
  ];

// The helpers' code, loaded on first use.
const loadCsvRows = () => import("./csv-rows.js");
const loadDashboardTiles = () => import("./dashboard-tiles.js");
const loadRateLimiter = () => import("./rate-limit/create-gate.js");

/** The rate limiter's gate (undefined when it is off), its code loaded on the first attempt. */
function rateLimitGate(
  option: PostHogClientOptions["rateLimit"],
  config: { origin: string; timeoutMs: number },
  log: Log | undefined,
): RateLimitGate | undefined {
  const rateLimit = resolveRateLimit(option, config.origin);
  // The call path logs each wait itself; the limiter adds only what goes wrong in its store.
  const logger = log && {
    warn: (message: string, fields: RateLimitLogFields) => log("warn", message, fields),
  };
  return (
    rateLimit &&
    gateOnFirstUse(async () =>
      (await loadRateLimiter()).gateFor(rateLimit, {
        origin: config.origin,
        timeoutMs: config.timeoutMs,
        logger,
      }),
    )
  );
}

/** A caller's init without what only the helpers may pass (a server's query, sent as it is). */
const callerInit = (init: SendInit | undefined): SendInit | undefined =>
  init && "rawQuery" in init ? { ...init, rawQuery: undefined } : init;

/**
 * Creates a client. The options' `projectId` and `throwOnError` shape its types: project_id becomes
 * optional when projectId is surely set, and `data` is present when throwOnError is true.
 */
export function createPostHogClient<Options extends PostHogClientOptions = {}>(
  options?: Options & PostHogClientOptions,
): CreatedClient<Options> {
  return assembleClient(options, {});
}

/** What the assembly takes besides the public options (resolved, internal). */
export interface Internals {
  /** The rate limiter's gate, awaited before each request on the wire. */
  gate?: RateLimitGate | undefined;
  clock?: Clock | undefined;
}

/** The client from its named pieces. Internal: tests use it to pass a fake gate or clock. */
export function assembleClient<Options extends PostHogClientOptions = {}>(
  options: (Options & PostHogClientOptions) | undefined,
  internals: Internals,
): CreatedClient<Options> {
  const config = resolveOptions(options);
  const pipeline = resolvePipelineOptions(options);
  const secrets = new SecretSet();
  // A fixed key is known now, so even errors raised before the first request are scrubbed of it.
  if (typeof options?.apiKey !== "function") secrets.add(String(config.apiKey()));
  const log = createLog(pipeline.logger, resolveLogLevel(pipeline.logLevel), (t) =>
    secrets.text(t),
  );
  const gate = internals.gate ?? rateLimitGate(options?.rateLimit, config, log);
  const clock = internals.clock ?? systemClock;
  const middleware: Middleware[] = [];
  const use = (...added: Middleware[]) => {
    for (const m of added) {
      if (!m) continue;
      if (typeof m !== "object" || !("onRequest" in m || "onResponse" in m || "onError" in m)) {
        throw new Error(
          "Middleware must be an object with one of `onRequest()`, `onResponse() or `onError()`",
        );
      }
      middleware.push(m);
    }
  };
  if (options?.middleware) use(...options.middleware);

  const call = createCall({
    origin: config.origin,
    projectId: config.projectId,
    throwOnError: config.throwOnError,
    baseHeaders: Object.entries({
      ...config.headers,
      "User-Agent": [config.userAgent, `posthog-environments-client/${VERSION}`]
        .filter(Boolean)
        .join(" "),
    }),
    apiKey: config.apiKey,
    timeoutMs: config.timeoutMs,
    retry: resolveRetry(config.retry),
    middleware,
    secrets,
    lookup,
    transport: {
      fetch: config.fetch,
      clock,
      gate,
      log,
      secrets,
      maxResponseBytes: pipeline.maxResponseBytes,
    },
  });

  const client = {
    GET: (path: string, init?: SendInit) => call("GET", path, callerInit(init)),
    POST: (path: string, init?: SendInit) => call("POST", path, callerInit(init)),
    PUT: (path: string, init?: SendInit) => call("PUT", path, callerInit(init)),
    PATCH: (path: string, init?: SendInit) => call("PATCH", path, callerInit(init)),
    DELETE: (path: string, init?: SendInit) => call("DELETE", path, callerInit(init)),
    paginate: (path: string, init: SendInit = {}, options: PaginateOptions = {}) => {
      const style = lookup(path, "GET")?.pagination;
      if (!style) {
        throw new PostHogParameterError(
          "path",
          "path",
          `${path} is not a list operation: paginate takes list paths only.`,
        );
      }
      return paginate({ send: call, origin: config.origin, path, style, init, options, secrets });
    },
    csvRows: (path: string, init?: SendInit, options?: CsvRowsOptions) => {
      if (!lookup(path, "GET")?.csv) {
        throw new PostHogParameterError(
          "path",
          "path",
          `GET ${path} has no CSV export: csvRows takes the events, persons and insights lists and insights/trend.`,
        );
      }
      return loadOnFirstItem(async () =>
        (await loadCsvRows()).csvRows(call, path, init, options, secrets),
      );
    },
    streamDashboardTiles: (dashboardId: number, options?: StreamDashboardTilesOptions) =>
      loadOnFirstItem(async () =>
        (await loadDashboardTiles()).streamDashboardTiles(call, dashboardId, options, secrets),
      ),
    use,
    eject: (...removed: Middleware[]) => {
      for (const m of removed) {
        const i = middleware.indexOf(m);
        if (i !== -1) middleware.splice(i, 1);
      }
    },
    host: config.origin,
    projectId: config.projectId,
    toJSON: () => ({ host: config.origin, projectId: config.projectId }),
    [inspect.custom]: () =>
      `PostHogClient { host: '${config.origin}', projectId: ${inspect(config.projectId)} }`,
  };
  return client as unknown as CreatedClient<Options>;
}
