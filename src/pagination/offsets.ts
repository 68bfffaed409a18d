// The offsets of the pages still to read, produced one at a time: the server's count is untrusted
// (it can claim 1e15 items), so nothing is allocated from it, and the caller's bounds end the sequence.
export interface OffsetBounds {
  /** The first offset to read. */
  start: number;
  /** The page size the server's link uses. */
  limit: number;
  /** The server's total: offsets stop before it. */
  count: number;
  /** At most this many offsets (the pages maxItems and maxPages leave room for). */
  pages: number;
}

export function* offsets({ start, limit, count, pages }: OffsetBounds): Generator<number> {
  for (let at = start, n = 0; at < count && n < pages && Number.isSafeInteger(at); at += limit, n++)
    yield at;
}
