// Reading a list's pages (loaded by paginate() on the first page asked for). What a style does
// (where the items are, what counts them, how next links advance) comes from ./styles.ts. Lists
// whose next pages can be computed from a count can be read `concurrency` pages at a time; items
// still come out in server order, and memory holds only the pages in flight.
import { PostHogPaginationError } from "../errors/pagination-error.js";
import { checkNextUrl } from "./next-url.js";
import { inOrder } from "./in-order.js";
import { linkedSignal } from "./linked-signal.js";
import { normalizePage } from "./normalize-page.js";
import { offsets } from "./offsets.js";
import { positionOf, whyNoProgress, type Position } from "./progress.js";
import { behaviourOf } from "./styles.js";
import type { Page, PaginateContext } from "./types.js";

export async function* readPages<Item>(
  context: PaginateContext,
): AsyncIterableIterator<Page<Item>> {
  const { send, origin, path, init, options, secrets } = context;
  const behaviour = behaviourOf(context.style);
  const maxItems = options.maxItems ?? Infinity;
  const maxPages = options.maxPages ?? Infinity;
  // Aborted when the caller stops early; each page follows it with a signal of its own.
  const iteration = linkedSignal([options.signal, init.signal]);
  let items = 0;
  let pages = 0;
  let pathname = "";

  const stop = (message: string, reason: PostHogPaginationError["reason"], url: URL) =>
    new PostHogPaginationError(
      secrets.text(message),
      reason,
      secrets.text(url.pathname + url.search),
    );
  const checkNext = (next: string): URL => {
    try {
      return checkNextUrl(next, origin, pathname, context.style);
    } catch (error) {
      if (!(error instanceof PostHogPaginationError)) throw error;
      throw new PostHogPaginationError(
        secrets.text(error.message),
        error.reason,
        secrets.text(error.url),
      );
    }
  };
  const fetchPage = async (rawQuery?: string): Promise<Page<Item>> => {
    const page = linkedSignal([iteration.signal]);
    try {
      const result = await send("GET", path, {
        ...init,
        signal: page.signal,
        throwOnError: true,
        ...(rawQuery === undefined ? {} : { rawQuery }),
      });
      pathname = result.pathname;
      const read = normalizePage<Item>(behaviour, result.data);
      if (!read) {
        throw new PostHogPaginationError(
          `GET ${result.pathname} did not answer a list page; pagination stopped.`,
          "unreadable",
          result.pathname,
        );
      }
      return { ...read, response: result.response };
    } finally {
      page.unlink();
    }
  };
  /** Hands a page out, cut to maxItems; false when no more should be read. */
  const take = (page: Page<Item>): [Page<Item>, boolean] => {
    pages++;
    const room = maxItems - items;
    const results = page.results.length > room ? page.results.slice(0, room) : page.results;
    items += results.length;
    return [{ ...page, results }, items < maxItems && pages < maxPages];
  };
  /** The page's next link, checked: safe, not seen before, and advancing from `position`. */
  const nextOf = (page: Page<Item>, position: Position, seen: Set<string>): URL => {
    const next = checkNext(page.next!);
    const shown = `${pathname}${next.search}`;
    if (page.results.length === 0) {
      throw stop(
        `Pagination stopped: a page of ${pathname} had no items but linked to another; following it would make no progress.`,
        "no-progress",
        next,
      );
    }
    if (seen.has(next.href)) {
      throw stop(
        `Pagination stopped: the server sent the next link ${shown} again, which would loop.`,
        "repeated",
        next,
      );
    }
    const why = whyNoProgress(behaviour, position, positionAt(next));
    if (why !== undefined) {
      throw stop(
        `Pagination stopped: the next link ${shown} ${why}, so following it would page for ever.`,
        "no-progress",
        next,
      );
    }
    seen.add(next.href);
    return next;
  };
  const positionAt = (url: URL) => positionOf(behaviour, (param) => url.searchParams.get(param));

  try {
    const first = await fetchPage();
    const [firstOut, more] = take(first);
    yield firstOut;
    if (!more || first.next === null || behaviour.items === "body") return;

    const query = init.params?.query;
    const firstPosition = positionOf(behaviour, (param) =>
      query?.[param] === undefined || query[param] === null ? undefined : String(query[param]),
    );
    const seen = new Set<string>();
    const template = nextOf(first, firstPosition, seen);
    const limit = Number(template.searchParams.get("limit"));
    const start = positionAt(template);
    if (
      (options.concurrency ?? 1) > 1 &&
      behaviour.computable &&
      first.count !== undefined &&
      Number.isSafeInteger(limit) &&
      limit > 0 &&
      typeof start === "number"
    ) {
      yield* readComputedPages(template, first.count, limit, start);
    } else {
      yield* followNextLinks(template, seen);
    }
  } finally {
    iteration.abort(new Error("pagination stopped"));
  }

  async function* followNextLinks(firstNext: URL, seen: Set<string>): AsyncGenerator<Page<Item>> {
    let url = firstNext;
    for (;;) {
      const page = await fetchPage(url.search.slice(1));
      const [out, more] = take(page);
      yield out;
      if (!more || page.next === null) return;
      url = nextOf(page, positionAt(url), seen);
    }
  }

  /** Pages at offsets computed from the first link, `concurrency` at a time, yielded in order. */
  function readComputedPages(
    template: URL,
    count: number,
    limit: number,
    start: number,
  ): AsyncGenerator<Page<Item>> {
    const param = behaviour.advance!.param;
    const room = Math.min(maxPages - pages, Math.ceil((maxItems - items) / limit));
    const queries = (function* () {
      for (const offset of offsets({ start, limit, count, pages: room })) {
        const url = new URL(template);
        url.searchParams.set(param, String(offset));
        yield url.search.slice(1);
      }
    })();
    return inOrder(queries, options.concurrency!, fetchPage, take);
  }
}
