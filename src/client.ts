// createPostHogClient: openapi-fetch, with the transport beneath it and the checks and parsing above.
import { inspect } from "node:util";
import createClient, { type Middleware } from "openapi-fetch";
import { operations, type OperationMeta } from "../generated/operations.js";
import type { paths } from "../generated/schema.js";
import { hintFor, readErrorFields } from "./error-body.js";
import { PostHogApiError } from "./errors/api-error.js";
import { PostHogParameterError } from "./errors/parameter-error.js";
import { PostHogResponseError } from "./errors/response-error.js";
import { checkCallHeaders } from "./check-headers.js";
import { resolveOptions, type PostHogClientOptions } from "./options.js";
import { checkPathParams } from "./path-params.js";
import { serializeQuery } from "./query.js";
import { describeUrl, SecretSet } from "./redact.js";
import { parseRetryAfter } from "./retry.js";
import { createTransport, requestTags, responseAttempts } from "./transport.js";
import { csvRows, type CsvRowsOptions } from "./csv-rows.js";
import { streamDashboardTiles, type StreamDashboardTilesOptions } from "./dashboard-tiles.js";
import { paginate, type PaginateOptions } from "./pagination/paginate.js";
import type { Method, SendInit, SendResult } from "./send.js";
import type { CreatedClient } from "./types.js";
import { VERSION } from "./version.js";

const lookup = (path: string, method: string): OperationMeta | undefined =>
  (operations as Record<string, Partial<Record<string, OperationMeta>>>)[path]?.[
    method.toLowerCase()
  ];

/**
 * Creates a client. The options' `projectId` and `throwOnError` shape its types: project_id becomes
 * optional when projectId is surely set, and `data` is present when throwOnError is true.
 */
export function createPostHogClient<Options extends PostHogClientOptions = {}>(
  options?: Options & PostHogClientOptions,
): CreatedClient<Options> {
  const config = resolveOptions(options);
  const secrets = new SecretSet();
  // A fixed key is known now, so even errors raised before the first request are scrubbed of it.
  if (typeof options?.apiKey !== "function") secrets.add(String(config.apiKey()));

  const inner = createClient<paths>({
    baseUrl: config.origin,
    fetch: createTransport({ ...config, secrets }),
    headers: {
      ...config.headers,
      "User-Agent": [config.userAgent, `posthog-environments-client/${VERSION}`]
        .filter(Boolean)
        .join(" "),
    },
  });
  if (options?.middleware) inner.use(...options.middleware);

  // Runs after every other middleware, on the request the transport will receive.
  const tagger = (callerSignal: boolean): Middleware => ({
    onRequest({ request, schemaPath, options: merged }) {
      const meta = lookup(schemaPath, request.method);
      requestTags.set(request, {
        stream: merged.parseAs === "stream",
        personalApiKey: meta?.personalApiKey !== false,
        callerSignal,
      });
    },
  });
  const tagRequest = tagger(false);
  const tagRequestWithSignal = tagger(true);

  async function call(method: Method, path: string, init: SendInit = {}): Promise<SendResult> {
    const {
      throwOnError = config.throwOnError,
      params = {},
      parseAs = "json",
      headers,
      middleware,
      rawQuery,
      ...rest
    } = init;
    checkCallHeaders(headers, `The headers passed to ${method} ${path}`);
    const meta = lookup(path, method);
    const pathParams = scrubbed(() =>
      checkPathParams(path, params.path, config.projectId, meta?.pathParams),
    );
    const csv = params.query?.format === "csv";
    if (csv && meta && !meta.csv) {
      throw new PostHogParameterError(
        "format",
        "query",
        `${method} ${path} cannot answer CSV. format: "csv" works on the events, persons and insights lists and on insights/trend.`,
      );
    }
    const search = rawQuery ?? scrubbed(() => serializeQuery(params.query, meta?.query));
    const pathname = fillPath(path, pathParams);
    // Only errors show the request; summarized when one is made.
    const where = () => describeUrl(config.origin + pathname + (search ? `?${search}` : ""));
    // JSON and CSV are read as text and parsed here, so a bad body is a typed error.
    const readAsText = parseAs === "json";

    const result: { data?: unknown; error?: unknown; response: Response } = await inner.request(
      method.toLowerCase() as "get",
      path as never,
      {
        ...rest,
        params: { ...params, path: pathParams },
        // The path sent is exactly the one checked and reported: openapi-fetch hands over the base
        // URL followed by the template, and the template's place gets the filled path.
        pathSerializer: (url: string) => url.slice(0, url.length - path.length) + pathname,
        // openapi-fetch strips one leading "?" from the serialized query: give it one to strip, so a
        // query that itself starts with "?" (a server's next link can) is sent as it is.
        querySerializer: () => (search.startsWith("?") ? `?${search}` : search),
        parseAs: readAsText ? "text" : parseAs,
        headers: {
          Accept: csv ? "text/csv" : parseAs === "json" ? "application/json" : "*/*",
          ...headers,
        },
        middleware: [...(middleware ?? []), init.signal ? tagRequestWithSignal : tagRequest],
      } as never,
    );

    const { response } = result;
    if (!response.ok) {
      const error = apiError(method, where(), meta, result.error, response);
      if (throwOnError) throw error;
      const body =
        result.error && typeof result.error === "object"
          ? result.error
          : { detail: detailOrStatus(error.detail, response) };
      return { error: secrets.value(body), response, pathname };
    }
    if (!readAsText) return { data: result.data, response, pathname };
    const text = typeof result.data === "string" ? result.data : "";
    if (csv) return { data: text, response, pathname };
    return { data: parseJson(method, where, response, text), response, pathname };
  }

  /** Runs a check, rethrowing its PostHogParameterError with any key scrubbed from the message. */
  function scrubbed<T>(check: () => T): T {
    try {
      return check();
    } catch (error) {
      if (!(error instanceof PostHogParameterError)) throw error;
      throw new PostHogParameterError(error.parameter, error.location, secrets.text(error.message));
    }
  }

  function parseJson(
    method: string,
    where: () => string,
    response: Response,
    text: string,
  ): unknown {
    if (text.trim() === "") return undefined;
    try {
      return JSON.parse(text);
    } catch (error) {
      const path = secrets.text(where());
      const type = secrets.text(response.headers.get("content-type") ?? "no content type");
      throw new PostHogResponseError(
        `${method} ${path} answered ${response.status} with a body that is not valid JSON (${type}). A proxy may have answered instead of PostHog.`,
        response.status,
        method,
        path,
        secrets.text(text.slice(0, 500)),
        { cause: secrets.error(error) },
      );
    }
  }

  function apiError(
    method: string,
    path: string,
    meta: OperationMeta | undefined,
    body: unknown,
    response: Response,
  ): PostHogApiError {
    const status = response.status;
    path = secrets.text(path);
    const fields = secrets.value(readErrorFields(body));
    const attempts = responseAttempts.get(response) ?? 1;
    const hint =
      status === 405 && meta?.neverSucceeds
        ? meta.neverSucceeds
        : hintFor(status, fields, retryAfterSeconds(response, fields.detail));
    const what = detailOrStatus(fields.detail, response);
    const message = [
      `${method} ${path} failed with ${status}${fields.code ? ` (${fields.code})` : ""}: ${what}.`.replace(
        /\.\.$/,
        ".",
      ),
      hint,
      attempts > 1 ? `Gave up after ${attempts} attempts.` : "",
    ]
      .filter(Boolean)
      .join(" ");
    return new PostHogApiError(secrets.text(message), {
      status,
      method,
      path,
      type: fields.type,
      code: fields.code,
      detail: fields.detail,
      attr: fields.attr,
      body: secrets.value(body),
      headers: secrets.headers(response.headers),
      attempts,
    });
  }

  const client = {
    GET: (path: string, init?: SendInit) => call("GET", path, init),
    POST: (path: string, init?: SendInit) => call("POST", path, init),
    PUT: (path: string, init?: SendInit) => call("PUT", path, init),
    PATCH: (path: string, init?: SendInit) => call("PATCH", path, init),
    DELETE: (path: string, init?: SendInit) => call("DELETE", path, init),
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
      return csvRows(call, path, init, options, secrets);
    },
    streamDashboardTiles: (dashboardId: number, options?: StreamDashboardTilesOptions) =>
      streamDashboardTiles(call, dashboardId, options, secrets),
    use: (...middleware: Middleware[]) => inner.use(...middleware),
    eject: (...middleware: Middleware[]) => inner.eject(...middleware),
    host: config.origin,
    projectId: config.projectId,
    toJSON: () => ({ host: config.origin, projectId: config.projectId }),
    [inspect.custom]: () =>
      `PostHogClient { host: '${config.origin}', projectId: ${inspect(config.projectId)} }`,
  };
  return client as unknown as CreatedClient<Options>;
}

/** From `Retry-After`, else from PostHog's "Expected available in 13 seconds" detail. */
function retryAfterSeconds(response: Response, detail: string | undefined): number | undefined {
  const ms = parseRetryAfter(response.headers.get("retry-after"), Date.now());
  if (ms !== undefined) return Math.ceil(ms / 1000);
  const seconds = /available in (\d+) seconds?/i.exec(detail ?? "")?.[1];
  return seconds === undefined ? undefined : Number(seconds);
}

/** PostHog's detail, or else what the status line says. */
function detailOrStatus(detail: string | undefined, response: Response): string {
  return detail ?? (response.statusText || "no details were sent");
}

/** The path with its parameters in place, as openapi-fetch will send it. */
function fillPath(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{([^{}]+)\}/g, (_, name: string) =>
    encodeURIComponent(String(params[name])),
  );
}
