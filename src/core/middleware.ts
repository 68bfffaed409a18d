// openapi-fetch's middleware contract, run by the pipeline itself: onRequest in order (a returned
// Request replaces the request, a Response answers without sending), then onResponse in reverse
// (a returned Response replaces the answer), or onError in reverse when sending failed (a Response
// recovers, an Error replaces the error). Middleware sees each call once, without credentials.
import type { Middleware, MiddlewareCallbackParams } from "openapi-fetch";

type Context = Omit<MiddlewareCallbackParams, "request">;

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
