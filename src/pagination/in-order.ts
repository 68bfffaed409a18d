// Pages fetched `concurrency` at a time and handed out in the order they were asked for. Memory holds
// only the pages in flight; a page that says the list ended (no items, or no next link) stops the
// launching, whatever the server's count promised.

export interface OrderedPage {
  results: unknown[];
  next: string | null;
}

export async function* inOrder<P extends OrderedPage>(
  queries: Iterator<string>,
  concurrency: number,
  fetchPage: (query: string) => Promise<P>,
  /** Hands a page out; false when no more should be read. */
  take: (page: P) => [P, boolean],
): AsyncGenerator<P> {
  const inFlight: Promise<P>[] = [];
  const launch = () => {
    while (inFlight.length < concurrency) {
      const next = queries.next();
      if (next.done) return;
      const pending = fetchPage(next.value);
      pending.catch(() => {}); // an early stop abandons it; its failure is reported when awaited
      inFlight.push(pending);
    }
  };
  launch();
  while (inFlight.length > 0) {
    const page = await inFlight.shift()!;
    const last = page.results.length === 0 || page.next === null;
    if (!last) launch();
    const [out, more] = take(page);
    yield out;
    if (!more || last) return;
  }
}
