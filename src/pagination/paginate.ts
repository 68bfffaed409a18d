// paginate(): every item of a list operation, page after page, through the client (so auth, retries
// and timeouts apply to each page). Offset lists that report a count can be read `concurrency` pages
// at a time; items still come out in server order, and memory holds only the pages in flight.
import type { PaginationStyle } from "../../generated/operations.js";
import { PostHogPaginationError } from "../errors/pagination-error.js";
import { PostHogParameterError } from "../errors/parameter-error.js";
import type { SecretSet } from "../redact.js";
import type { Send, SendInit } from "../send.js";
import { checkNextUrl } from "./next-url.js";
import { normalizePage } from "./normalize-page.js";

export interface PaginateOptions {
  /** Stop after this many items. */
  maxItems?: number;
  /** Stop after this many pages. */
  maxPages?: number;
  /** Cancels the pages in flight and ends the iteration with the abort reason. */
  signal?: AbortSignal;
  /** Pages fetched at once, for offset lists that report a count (default 1). */
  concurrency?: number;
}

export interface Page<Item> {
  results: Item[];
  /** The server's total, where it says one. */
  count: number | undefined;
  /** The link to the next page, or null on the last. */
  next: string | null;
  response: Response;
}

export interface Paginator<Item> extends AsyncIterable<Item> {
  /** The pages themselves, with their totals and responses. */
  pages(): AsyncIterableIterator<Page<Item>>;
  /** Every item (up to maxItems) in one array. */
  toArray(): Promise<Item[]>;
}

interface PaginateContext {
  send: Send;
  origin: string;
  path: string;
  style: PaginationStyle;
  init: SendInit;
  options: PaginateOptions;
  /** Keys to scrub from what a refused link's error shows. */
  secrets: SecretSet;
}

function checkOptions({ maxItems, maxPages, concurrency }: PaginateOptions): void {
  for (const [name, value] of Object.entries({ maxItems, maxPages, concurrency })) {
    if (value !== undefined && !(Number.isSafeInteger(value) && value >= 1)) {
      throw new PostHogParameterError(
        name,
        "query",
        `paginate's ${name} must be a whole number >= 1; got ${value}.`,
      );
    }
  }
}

export function paginate<Item>(context: PaginateContext): Paginator<Item> {
  checkOptions(context.options);
  if (context.init.params?.query?.format === "csv") {
    throw new PostHogParameterError(
      "format",
      "query",
      'paginate reads JSON pages; use csvRows() for format: "csv".',
    );
  }
  const pages = () => readPages<Item>(context);
  return {
    pages,
    async *[Symbol.asyncIterator]() {
      for await (const page of pages()) yield* page.results;
    },
    async toArray() {
      const items: Item[] = [];
      for await (const page of pages()) items.push(...page.results);
      return items;
    },
  };
}

async function* readPages<Item>(context: PaginateContext): AsyncIterableIterator<Page<Item>> {
  const { send, origin, path, style, init, options, secrets } = context;
  const checkNext = (next: string): URL => {
    try {
      return checkNextUrl(next, origin, pathname, style);
    } catch (error) {
      if (!(error instanceof PostHogPaginationError)) throw error;
      throw new PostHogPaginationError(
        secrets.text(error.message),
        error.reason,
        secrets.text(error.url),
      );
    }
  };
  const maxItems = options.maxItems ?? Infinity;
  const maxPages = options.maxPages ?? Infinity;
  // One controller for every page of this iteration: aborted when the caller stops early.
  const controller = new AbortController();
  const signals = [controller.signal, options.signal, init.signal].filter(
    (s): s is AbortSignal => !!s,
  );
  const signal = AbortSignal.any(signals);
  let items = 0;
  let pages = 0;
  let pathname = "";

  const fetchPage = async (rawQuery?: string): Promise<Page<Item>> => {
    const result = await send("GET", path, {
      ...init,
      signal,
      throwOnError: true,
      ...(rawQuery === undefined ? {} : { rawQuery }),
    });
    pathname = result.pathname;
    const page = normalizePage<Item>(style, result.data);
    if (!page) {
      throw new PostHogPaginationError(
        `GET ${result.pathname} did not answer a list page; pagination stopped.`,
        "unreadable",
        result.pathname,
      );
    }
    return { ...page, response: result.response };
  };
  /** Hands a page out, cut to maxItems; false when no more should be read. */
  const take = (page: Page<Item>): [Page<Item>, boolean] => {
    pages++;
    const room = maxItems - items;
    const results = page.results.length > room ? page.results.slice(0, room) : page.results;
    items += results.length;
    return [{ ...page, results }, items < maxItems && pages < maxPages];
  };

  try {
    const first = await fetchPage();
    const [firstOut, more] = take(first);
    yield firstOut;
    if (!more || first.next === null || style === "array") return;

    const template = checkProgress(first, checkNext(first.next));
    const limit = Number(template.searchParams.get("limit"));
    const offset = Number(template.searchParams.get("offset"));
    const parallel =
      (options.concurrency ?? 1) > 1 &&
      first.count !== undefined &&
      Number.isSafeInteger(limit) &&
      limit > 0 &&
      Number.isSafeInteger(offset) &&
      offset >= 0;
    if (parallel) {
      yield* readOffsetPagesInParallel(template, first.count!, limit, offset);
    } else {
      yield* followNextLinks(template);
    }
  } finally {
    controller.abort(new Error("pagination stopped"));
  }

  /** A page with no items that still links onward would page forever. */
  function checkProgress(page: Page<Item>, next: URL): URL {
    if (page.results.length > 0) return next;
    throw new PostHogPaginationError(
      `Pagination stopped: a page of ${pathname} had no items but linked to another; following it would make no progress.`,
      "no-progress",
      secrets.text(next.pathname + next.search),
    );
  }

  async function* followNextLinks(firstNext: URL): AsyncGenerator<Page<Item>> {
    const seen = new Set<string>([firstNext.href]);
    let url: URL | undefined = firstNext;
    while (url) {
      const page = await fetchPage(url.search.slice(1));
      const [out, more] = take(page);
      yield out;
      if (!more || page.next === null) return;
      const next = checkProgress(page, checkNext(page.next));
      if (seen.has(next.href)) {
        throw new PostHogPaginationError(
          secrets.text(
            `Pagination stopped: the server sent the next link ${pathname}${next.search} again, which would loop.`,
          ),
          "repeated",
          secrets.text(next.pathname + next.search),
        );
      }
      seen.add(next.href);
      url = next;
    }
  }

  async function* readOffsetPagesInParallel(
    template: URL,
    count: number,
    limit: number,
    start: number,
  ): AsyncGenerator<Page<Item>> {
    const offsets: number[] = [];
    for (let at = start; at < count && offsets.length < maxPages - pages; at += limit)
      offsets.push(at);
    const needed = Math.ceil((maxItems - items) / limit);
    offsets.splice(Number.isFinite(needed) ? needed : offsets.length);

    const inFlight: Promise<Page<Item>>[] = [];
    let launched = 0;
    const launch = () => {
      while (inFlight.length < options.concurrency! && launched < offsets.length) {
        const url = new URL(template);
        url.searchParams.set("offset", String(offsets[launched++]));
        const pending = fetchPage(url.search.slice(1));
        pending.catch(() => {}); // an early stop abandons it; its failure is reported when awaited
        inFlight.push(pending);
      }
    };
    launch();
    while (inFlight.length > 0) {
      const page = await inFlight.shift()!;
      launch();
      const [out, more] = take(page);
      yield out;
      if (!more || page.results.length === 0) return;
    }
  }
}
