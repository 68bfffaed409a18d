// One attempt: the rate limiter's gate, the request, same-origin redirects, and the body read in
// full (or handed over when streamed), all within the attempt's timeout and the caller's signal.
import { PostHogError } from "../errors/posthog-error.js";
import { PostHogResponseTooLargeError } from "../errors/response-too-large-error.js";
import { parseRetryAfter, type AttemptOutcome } from "../retry.js";
import type { Answer, Outgoing, TransportConfig } from "./outgoing.js";
import { BodyTooLarge, readBody } from "./read-body.js";
import { AttemptSignal } from "./signals.js";

/** Loaded with the first redirect: following one, or refusing it. */
const loadRedirects = () => import("./redirects.js");

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const isRedirect = (status: number, headers: Headers): boolean =>
  REDIRECT_STATUSES.has(status) && headers.has("location");

/** Error bodies are read up to this (or maxResponseBytes if smaller) and cut beyond. */
export const MAX_ERROR_BODY_BYTES = 1024 * 1024;

export type AttemptResult =
  | { ok: true; answer: Omit<Answer, "attempts">; durationMs: number }
  | {
      ok: false;
      outcome: AttemptOutcome;
      error: unknown;
      /** An answer (a redirect) came back before the failure. */
      answered: boolean;
      durationMs: number;
    };

export async function attempt(
  config: TransportConfig,
  out: Outgoing,
  number: number,
): Promise<AttemptResult> {
  const { clock, gate, log } = config;
  const started = clock.now();
  const attemptSignal = new AttemptSignal(out.timeoutMs, out.signal);
  const signal = attemptSignal.signal;
  let streaming = false;
  let hops = 0;
  let status = 0;
  try {
    let { url, method, body, headers } = out;
    for (;;) {
      if (gate && out.limiter) {
        const waited = await gate.acquire(out.limiter, signal);
        if (waited > 0) {
          log?.("info", `${method} ${out.where} waited ${waited} ms for the rate limiter`, {
            method,
            path: out.where,
            attempt: number,
            waitMs: waited,
          });
        }
      }
      log?.(
        "debug",
        `${method} ${out.where} attempt ${number}${hops ? `, redirect ${hops}` : ""}`,
        {
          method,
          path: out.where,
          attempt: number,
        },
      );
      const init: RequestInit = {
        method,
        headers,
        // A copy each time: a body handed to fetch may be detached after the first send.
        body: typeof body === "string" || body === undefined ? body : new Uint8Array(body),
        redirect: "manual",
        signal,
      };
      // The global fetch is looked up per call (so a test's interceptor applies) and given the URL
      // and init directly: it builds the one Request itself.
      const response = config.fetch
        ? await config.fetch(new Request(url, init))
        : await globalThis.fetch(url, init);
      status = response.status;
      if (gate && out.limiter) {
        const retryAfter =
          response.status === 429 || response.status === 503
            ? parseRetryAfter(response.headers.get("retry-after"), clock.now())
            : undefined;
        gate.observe(out.limiter, response.status, retryAfter);
      }
      if (isRedirect(response.status, response.headers)) {
        await response.body?.cancel().catch(() => {});
        const { followRedirect } = await loadRedirects();
        ({ url, method, body, headers } = followRedirect(
          config,
          { url, method, body, headers },
          response,
          hops,
          number,
          out.where,
        ));
        hops++;
        continue;
      }
      if (out.stream && response.ok) {
        // The timeout covers a streamed body up to its headers; the caller's signal, to its end.
        attemptSignal.stopTimer();
        streaming = true;
        // The caller reads (or cancels) the body through this Response's.
        const handed = new Response(
          following(response.body, () => attemptSignal.end(false)),
          {
            status: response.status,
            statusText: response.statusText,
            headers: response.headers,
          },
        );
        Object.defineProperty(handed, "url", { value: response.url || url });
        Object.defineProperty(handed, "redirected", { value: hops > 0 });
        return {
          ok: true,
          answer: { response: handed, bytes: undefined, cut: false, stream: handed.body, hops },
          durationMs: clock.now() - started,
        };
      }
      const limit = response.ok
        ? config.maxResponseBytes
        : Math.min(config.maxResponseBytes, MAX_ERROR_BODY_BYTES);
      const read = await readBody(response.body, limit, !response.ok);
      return {
        ok: true,
        answer: { response, bytes: read.bytes, cut: read.cut, stream: undefined, hops },
        durationMs: clock.now() - started,
      };
    }
  } catch (error) {
    if (out.signal?.aborted) throw out.signal.reason;
    if (error instanceof PostHogError) throw error;
    if (error instanceof BodyTooLarge) {
      throw new PostHogResponseTooLargeError(
        `${out.method} ${out.where} sent a body larger than maxResponseBytes (${config.maxResponseBytes} bytes once decoded); reading stopped there. Ask for less (a smaller limit), use csvRows for exports, or raise maxResponseBytes.`,
        status,
        out.method,
        out.where,
        config.maxResponseBytes,
      );
    }
    const outcome: AttemptOutcome = attemptSignal.timedOut
      ? { kind: "timeout" }
      : { kind: "network", code: errorCode(error) };
    return { ok: false, outcome, error, answered: hops > 0, durationMs: clock.now() - started };
  } finally {
    if (!streaming) attemptSignal.end(true);
  }
}

/** The body, reporting its end (done, failed or cancelled) so the attempt can let go of the signal. */
function following(
  body: ReadableStream<Uint8Array> | null,
  done: () => void,
): ReadableStream<Uint8Array> | null {
  if (!body) {
    done();
    return null;
  }
  const reader = body.getReader();
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          const next = await reader.read();
          if (next.done) {
            done();
            controller.close();
          } else controller.enqueue(next.value);
        } catch (error) {
          done();
          controller.error(error);
        }
      },
      cancel(reason) {
        done();
        return reader.cancel(reason);
      },
    },
    { highWaterMark: 0 },
  );
}

function errorCode(error: unknown): string | undefined {
  const codeOf = (e: unknown) =>
    e && typeof e === "object" && "code" in e && typeof e.code === "string" ? e.code : undefined;
  const cause = error && typeof error === "object" && "cause" in error ? error.cause : undefined;
  return codeOf(error) ?? codeOf(cause);
}
