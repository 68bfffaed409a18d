// Redirects, followed by the transport itself: same-origin hops only, a bounded number of them.
// A Location on another origin (another scheme, host or port: a downgrade to http included) ends
// the call with PostHogRedirectError and is never requested. Loaded with the first redirect (the
// attempt spots one itself): PostHog's API answers without them.
import { PostHogRedirectError, type RedirectStopReason } from "../errors/redirect-error.js";
import { describeUrl } from "../redact.js";
import type { TransportConfig } from "./outgoing.js";

export const MAX_REDIRECTS = 5;

/** What an attempt sends on its next hop. */
export interface Sending {
  url: string;
  method: string;
  body: string | Uint8Array | undefined;
  headers: Headers;
}

/**
 * The request to send after a redirect `response` (the hop logged), or the typed error that ends
 * the call. `hops` are those followed before this one; `where` is the call as logs show it.
 */
export function followRedirect(
  config: TransportConfig,
  sending: Sending,
  response: Response,
  hops: number,
  attempt: number,
  where: string,
): Sending {
  const { url, method } = sending;
  const scrub = (text: string) => config.secrets.text(text);
  const hop = nextHop(
    url,
    method,
    response.status,
    response.headers.get("location")!,
    hops,
    scrub(describeUrl(url)),
    scrub,
  );
  config.log?.("info", `${method} ${where} answered ${response.status}: following it`, {
    method,
    path: scrub(describeUrl(hop.url)),
    attempt,
    status: response.status,
  });
  if (hop.keepBody || sending.body === undefined)
    return { url: hop.url, method: hop.method, body: sending.body, headers: sending.headers };
  const headers = new Headers(sending.headers);
  headers.delete("content-type");
  headers.delete("content-length");
  return { url: hop.url, method: hop.method, body: undefined, headers };
}

export interface Hop {
  url: string;
  method: string;
  /** Whether the body goes along (307 and 308 keep the method and the body). */
  keepBody: boolean;
}

/**
 * Where a redirect leads, or the typed error that ends the call. `where` is the redirected request
 * as errors show it; `scrub` cleans what is shown of the Location.
 */
export function nextHop(
  from: string,
  method: string,
  status: number,
  location: string,
  hops: number,
  where: string,
  scrub: (text: string) => string,
): Hop {
  let target: URL | undefined;
  try {
    target = new URL(location, from);
  } catch {}
  const shown = target ? scrub(`${target.origin}${describeUrl(target.href)}`) : "(unreadable)";
  const stop = (reason: RedirectStopReason, why: string) =>
    new PostHogRedirectError(
      `${method} ${where} answered ${status} redirecting to ${shown}: ${why}`,
      reason,
      method,
      where,
      status,
      shown,
      hops,
    );
  if (!target || (target.protocol !== "https:" && target.protocol !== "http:")) {
    throw stop("unreadable", "the Location is not an http(s) URL. Check the host.");
  }
  const origin = new URL(from);
  if (target.origin !== origin.origin) {
    const downgrade = origin.protocol === "https:" && target.protocol === "http:";
    throw downgrade
      ? stop("downgrade", "it would leave https; the client does not follow it. Check the host.")
      : stop(
          "other-origin",
          "it leads to another origin; the client follows same-origin redirects only. Use that origin as the host if you trust it.",
        );
  }
  if (hops >= MAX_REDIRECTS) {
    throw stop("too-many", `more than ${MAX_REDIRECTS} redirects; the server may loop.`);
  }
  if (status === 307 || status === 308) return { url: target.href, method, keepBody: true };
  if (method === "GET" || method === "HEAD") return { url: target.href, method, keepBody: false };
  // A 301/302/303 turns a write into a GET in browsers; here that would hide that nothing was written.
  throw stop(
    "method-change",
    `following it would turn the ${method} into a GET. Call the redirected path directly.`,
  );
}
