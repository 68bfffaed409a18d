// openapi-fetch's middleware contract, run by the pipeline itself: onRequest in order (a returned
// Request replaces the request, a Response answers without sending), then onResponse in reverse
// (a returned Response replaces the answer), or onError in reverse when sending failed (a Response
// recovers, an Error replaces the error). Middleware sees each call once, without credentials.
// Loaded by a call that has middleware: a client without any never needs this.
import type { Middleware, MiddlewareCallbackParams } from "openapi-fetch";
import type { SendInit } from "../send.js";
import type { Answer } from "./outgoing.js";

type Context = Omit<MiddlewareCallbackParams, "request">;

const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);

/** What every hook of one call is given besides the request, as openapi-fetch gives it. */
export function hookContext(
  baseUrl: string,
  fetch: ((request: Request) => Promise<Response>) | undefined,
  schemaPath: string,
  init: SendInit,
  pathParams: Record<string, string | number>,
  parseAs: string,
): Context {
  return {
    schemaPath,
    params: { ...init.params, path: pathParams } as MiddlewareCallbackParams["params"],
    id: Math.random().toString(36).slice(2, 11),
    options: Object.freeze({
      baseUrl,
      parseAs,
      fetch: fetch ?? globalThis.fetch,
      querySerializer: () => "",
      bodySerializer: (body: unknown) => JSON.stringify(body),
      pathSerializer: (p: string) => p,
    }) as unknown as MiddlewareCallbackParams["options"],
  };
}

/** The request middleware sees: what will be sent, without credentials. */
export function toRequest(
  method: string,
  url: string,
  headers: Headers,
  body: string | undefined,
  signal: AbortSignal | undefined,
): Request {
  return new Request(url, {
    method,
    headers,
    body: body ?? null,
    redirect: "manual",
    ...(signal ? { signal } : {}),
  });
}

/** What a middleware-changed request sends: its URL, method, headers and body (read once). */
export async function fromRequest(
  request: Request,
): Promise<{ method: string; url: string; headers: Headers; body: Uint8Array | undefined }> {
  const body = request.body === null ? undefined : new Uint8Array(await request.arrayBuffer());
  return { method: request.method, url: request.url, headers: new Headers(request.headers), body };
}

/** The answer as a Response for onResponse middleware (its body is the one already read). */
export function asResponse(answer: Answer): Response {
  const { response } = answer;
  const body = NULL_BODY_STATUSES.has(response.status)
    ? null
    : (answer.bytes ?? answer.stream ?? null);
  const copy = new Response(body as ConstructorParameters<typeof Response>[0], {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
  Object.defineProperty(copy, "url", { value: response.url });
  Object.defineProperty(copy, "redirected", { value: answer.hops > 0 || response.redirected });
  return copy;
}

export async function runOnRequest(
  list: readonly Middleware[],
  request: Request,
  context: Context,
): Promise<{ request: Request; response?: Response }> {
  for (const m of list) {
    if (typeof m?.onRequest !== "function") continue;
    const result = await m.onRequest({ ...context, request });
    if (!result) continue;
    if (result instanceof Request) request = result;
    else if (result instanceof Response) return { request, response: result };
    else
      throw new Error(
        "onRequest: must return new Request() or Response() when modifying the request",
      );
  }
  return { request };
}

export async function runOnResponse(
  list: readonly Middleware[],
  request: Request,
  response: Response,
  context: Context,
): Promise<Response> {
  for (let i = list.length - 1; i >= 0; i--) {
    const m = list[i];
    if (typeof m?.onResponse !== "function") continue;
    const result = await m.onResponse({ ...context, request, response });
    if (!result) continue;
    if (!(result instanceof Response))
      throw new Error("onResponse: must return new Response() when modifying the response");
    response = result;
  }
  return response;
}

/** A Response when a middleware recovered; else throws the (possibly replaced) error. */
export async function runOnError(
  list: readonly Middleware[],
  request: Request,
  error: unknown,
  context: Context,
): Promise<Response> {
  for (let i = list.length - 1; i >= 0; i--) {
    const m = list[i];
    if (typeof m?.onError !== "function") continue;
    const result = await m.onError({ ...context, request, error });
    if (!result) continue;
    if (result instanceof Response) return result;
    if (result instanceof Error) {
      error = result;
      continue;
    }
    throw new Error("onError: must return new Response() or instance of Error");
  }
  throw error;
}
