// One call, as one visible pipeline: check → build → (middleware) → send attempts → read → the
// result, or a typed error. Every fact travels in these variables; nothing is kept on the side.
import type { Middleware } from "openapi-fetch";
import type { OperationMeta } from "../../generated/operations.js";
import { checkCallHeaders } from "../check-headers.js";
import { checkRetryOption, type ApiKeyProvider } from "../options.js";
import type { RateLimitAttempt } from "../rate-limit/types.js";
import { describeUrl, type SecretSet } from "../redact.js";
import { resolveRetry, type RetryOptions } from "../retry.js";
import type { Method, Send, SendInit, SendResult } from "../send.js";
import { acceptFor, buildHeaders, serializeBody } from "./build.js";
import { checkCall, checkTimeout } from "./check.js";
import { keyIdOf, obtainKey } from "./key.js";
import type { Answer, TransportConfig } from "./outgoing.js";
import { readResult, type ReadBody, type ReadFacts } from "./read.js";
import { sendAttempts } from "./transport.js";

export interface CallContext {
  origin: string;
  projectId: string | undefined;
  throwOnError: boolean;
  /** The client's headers and User-Agent, sent with every call. */
  baseHeaders: readonly (readonly [string, string])[];
  apiKey: ApiKeyProvider;
  timeoutMs: number;
  retry: Required<RetryOptions>;
  transport: TransportConfig;
  /** The client's middleware (options, then use()), as it is at each call. */
  middleware: Middleware[];
  secrets: SecretSet;
  lookup(path: string, method: string): OperationMeta | undefined;
}

const CREDENTIAL_HEADERS = ["authorization", "cookie", "proxy-authorization"];

/** Loaded by the first call with middleware: running it, and the Requests and Responses it sees. */
const loadMiddleware = () => import("./middleware.js");
/** Loaded with the first answer that is not ok: its typed error, hints and messages. */
const loadFailureReader = () => import("./read-failure.js");
/** Loaded when a middleware answered: its Response's body is read here, not in an attempt. */
const loadOwnBodyReader = () => import("./read-own-body.js");

export function createCall(context: CallContext): Send {
  const { origin, secrets, transport } = context;

  return async function call(verb: Method, path: string, init: SendInit = {}): Promise<SendResult> {
    // Check: nothing is sent for a call that cannot be.
    const meta = context.lookup(path, verb);
    const checked = checkCall(verb, path, init, meta, context.projectId, secrets);
    checkCallHeaders(init.headers, `The headers passed to ${verb} ${path}`);
    const parseAs = init.parseAs ?? "json";
    const timeoutMs = checkTimeout(init.timeoutMs, context.timeoutMs);
    const retry =
      init.retry === undefined ? context.retry : resolveRetry(checkRetryOption(init.retry));
    const signal = init.signal ?? undefined;

    // Build.
    let method: string = verb;
    const built = `${origin}${checked.pathname}${checked.search ? `?${checked.search}` : ""}`;
    let url = built;
    const json = serializeBody(init.body);
    let body: string | Uint8Array | undefined = json;
    const accept = acceptFor(checked.csv, parseAs);
    let headers = buildHeaders(context.baseHeaders, accept, json !== undefined, init.headers);

    // Middleware sees the call once, as it will be sent, without credentials.
    // As it is now: a use() or eject() while the middleware runner loads changes later calls only.
    const middleware =
      init.middleware?.length || context.middleware.length
        ? [...context.middleware, ...(init.middleware ?? [])]
        : context.middleware;
    let request: Request | undefined;
    let early: Response | undefined;
    const runner = middleware.length > 0 ? await loadMiddleware() : undefined;
    const hooks = runner?.hookContext(
      origin,
      transport.fetch,
      path,
      init,
      checked.pathParams,
      parseAs,
    );
    if (runner && hooks) {
      const original = runner.toRequest(method, url, headers, json, signal);
      ({ request, response: early } = await runner.runOnRequest(middleware, original, hooks));
      if (request === original) headers = new Headers(request.headers);
      else ({ method, url, headers, body } = await runner.fromRequest(request));
    }
    // What errors and logs show: path and query, credentials in the query masked (no URL parse
    // needed for the common call without a query, on its own origin).
    const unchanged = url === built;
    let where = secrets.text(unchanged && !checked.search ? checked.pathname : describeUrl(url));
    const forOrigin = url.startsWith(`${origin}/`);
    // Never send credentials to another origin, whoever set them.
    if (!forOrigin) for (const name of CREDENTIAL_HEADERS) headers.delete(name);
    const sendKey =
      early === undefined &&
      forOrigin &&
      meta?.personalApiKey !== false &&
      !headers.has("authorization");

    let release = () => {};
    try {
      // Send attempts (unless a middleware answered).
      let answer: Answer | undefined;
      let response = early;
      if (!response) {
        try {
          let keyId = "none";
          if (sendKey) {
            const key = await obtainKey(context.apiKey, signal, timeoutMs, method, where);
            release = secrets.hold(key);
            // A key from a function is known only now: what errors show is scrubbed of it too.
            where = secrets.text(where);
            headers.set("authorization", `Bearer ${key}`);
            if (transport.gate) keyId = keyIdOf(key);
          }
          const limiter: RateLimitAttempt | undefined = transport.gate
            ? { method, path, scopes: meta?.throttle ?? [], keyId }
            : undefined;
          answer = await sendAttempts(transport, {
            method,
            url,
            headers,
            body,
            stream: parseAs === "stream",
            signal,
            timeoutMs,
            retry,
            where,
            limiter,
          });
          response = answer.response;
        } catch (error) {
          if (!runner || !hooks || !request) throw error;
          response = await runner.runOnError(middleware, request, error, hooks);
        }
      }

      // Read: the body read within the attempt is handed over; a middleware's Response is read here.
      let read: ReadBody | undefined = answer ? bodyOf(answer) : undefined;
      if (
        runner &&
        hooks &&
        request &&
        middleware.some((m) => typeof m?.onResponse === "function")
      ) {
        const given = answer ? runner.asResponse(answer) : response;
        response = await runner.runOnResponse(middleware, request, given, hooks);
        if (response !== given) read = undefined;
        else if (read && "stream" in read) read = { stream: response.body };
      }
      if (!read) {
        const { readOwnBody } = await loadOwnBodyReader();
        read = await readOwnBody(
          response,
          parseAs === "stream",
          transport.maxResponseBytes,
          method,
          where,
        );
      }
      const facts: ReadFacts = {
        method,
        where,
        pathname: checked.pathname,
        parseAs,
        csv: checked.csv,
        throwOnError: init.throwOnError ?? context.throwOnError,
        attempts: answer?.attempts ?? 0,
        sentKey: sendKey,
        meta,
        maxResponseBytes: transport.maxResponseBytes,
      };
      if (response.ok) return readResult(response, read, facts, secrets);
      // Loaded and built within the try: the key is held until the error is scrubbed of it.
      const { readFailure } = await loadFailureReader();
      return readFailure(response, read, facts, secrets);
    } finally {
      release();
    }
  };
}

function bodyOf(answer: Answer): ReadBody {
  return answer.bytes
    ? { bytes: answer.bytes, cut: answer.cut }
    : { stream: answer.stream ?? null };
}
