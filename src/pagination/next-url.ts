// A server's `next` link is followed only if it stays on the configured origin and the same path,
// carries no user info, and has not been seen before. Otherwise pagination stops with an error and
// nothing is sent to it.
import { PostHogPaginationError } from "../errors/pagination-error.js";
import { describeUrl } from "../redact.js";
import { behaviourOf, type PaginationStyle } from "./styles.js";

function shown(url: URL | string): string {
  if (typeof url === "string") return "(unreadable link)";
  return `${url.protocol}//${url.host}${describeUrl(url.href)}`;
}

export function checkNextUrl(
  next: string,
  origin: string,
  pathname: string,
  style: PaginationStyle,
): URL {
  let url: URL;
  try {
    url = new URL(next, origin);
  } catch {
    throw new PostHogPaginationError(
      `The server's next link is not a URL; pagination stopped.`,
      "unreadable",
      shown(next),
    );
  }
  const stop = (reason: PostHogPaginationError["reason"], why: string) =>
    new PostHogPaginationError(
      `Pagination stopped: the server's next link ${shown(url)} ${why}. Nothing was sent to it.`,
      reason,
      shown(url),
    );
  if (url.username || url.password) throw stop("user-info", "carries a user name or password");
  if (url.origin !== origin) throw stop("other-origin", `points to another origin than ${origin}`);
  if (safeDecode(url.pathname) !== safeDecode(pathname))
    throw stop("other-path", `leaves ${pathname}`);
  for (const name of behaviourOf(style).dropFromNext ?? []) url.searchParams.delete(name);
  return url;
}

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
