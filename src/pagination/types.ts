// The public shapes of paginate(): its options, its pages, and the paginator it returns.
import type { SecretSet } from "../redact.js";
import type { Send, SendInit } from "../send.js";
import type { PaginationStyle } from "./styles.js";

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

export interface PaginateContext {
  send: Send;
  origin: string;
  path: string;
  style: PaginationStyle;
  init: SendInit;
  options: PaginateOptions;
  /** Keys to scrub from what a refused link's error shows. */
  secrets: SecretSet;
}
