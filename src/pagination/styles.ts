// Every pagination style, described by what it does rather than by the endpoints that use it. The
// keys are the spec's `x-pagination` names; the pagination code reads nothing else. Adding a style
// is one entry here (and its name in the spec's `x-pagination`): the PaginationStyle type, which
// src/operation-meta.ts re-exports for the generated table, is this table's keys.

export interface PaginationBehaviour {
  /** Where a page's items are: the `results` array of an object, or the body itself (a bare array,
   * which is always the one and only page). */
  readonly items: "results" | "body";
  /** The body field holding the total over all pages, when the server sends one. */
  readonly countField?: "count" | "total_count";
  /** How a `next` link moves on: the query parameter that must advance, and how. An `increase`
   * parameter is a number that must grow from page to page (absent counts as `from`); a `change`
   * parameter is an opaque cursor that must differ from the one before. A link that does not
   * advance ends the loop (`no-progress`) instead of paging for ever. */
  readonly advance?:
    | { readonly param: string; readonly by: "increase"; readonly from: number }
    | { readonly param: string; readonly by: "change" };
  /** The next pages' links can be computed from the first page (the `advance` parameter stepping by
   * `limit` up to the count), so `concurrency` can fetch several at once. */
  readonly computable?: boolean;
  /** Query parameters to drop from a `next` link before following it. */
  readonly dropFromNext?: readonly string[];
}

export const PAGINATION_STYLES = {
  /** limit/offset pages with a `count` (insights, hog functions). */
  offset: {
    items: "results",
    countField: "count",
    advance: { param: "offset", by: "increase", from: 0 },
    computable: true,
  },
  /** limit/offset pages whose `count` comes only when asked for (persons, `include_total`). */
  persons: {
    items: "results",
    countField: "count",
    advance: { param: "offset", by: "increase", from: 0 },
    computable: true,
  },
  /** Page numbers with a `count` (insight variables). */
  page: {
    items: "results",
    countField: "count",
    advance: { param: "page", by: "increase", from: 1 },
  },
  /** Page numbers with a `total_count` (activity logs). */
  activity: {
    items: "results",
    countField: "total_count",
    advance: { param: "page", by: "increase", from: 1 },
  },
  /** Timestamp cursors in `before`, no count (the events list). PostHog keeps the first request's
   * `offset` in these links: following it would skip rows twice, so it is dropped. */
  events: {
    items: "results",
    advance: { param: "before", by: "change" },
    dropFromNext: ["offset"],
  },
  /** Opaque `cursor` links, no count (DRF's CursorPagination, as PostHog's groups list uses). */
  cursor: {
    items: "results",
    advance: { param: "cursor", by: "change" },
  },
  /** One bare array, no next page (explicit members, data color themes). */
  array: { items: "body" },
} as const satisfies Record<string, PaginationBehaviour>;

/** How a list operation's pages link: a key of PAGINATION_STYLES. */
export type PaginationStyle = keyof typeof PAGINATION_STYLES;

/** The behaviour of a style named in the spec. */
export function behaviourOf(style: PaginationStyle): PaginationBehaviour {
  return PAGINATION_STYLES[style];
}
