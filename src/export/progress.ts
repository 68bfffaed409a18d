// What an export reports after each page: items and pages so far, the total where the server says
// one, the rate, and the time spent waiting for the rate limiter.

export interface ExportProgress {
  /** Items written, including those of the run this one resumed. */
  items: number;
  pages: number;
  /** The server's total, where it reports one (offset lists with a count). */
  total: number | undefined;
  /** Items per second in this run. */
  rate: number;
  elapsedMs: number;
  /** Time this run waited for the rate limiter, and how many times. */
  rateLimitWaitMs: number;
  rateLimitWaits: number;
  /** Where this run resumed, if it did. */
  resumedAt: { items: number; pages: number } | undefined;
  /** True on the last report, once every page is written. */
  done: boolean;
}

export class ProgressTracker {
  private readonly started = Date.now();
  private runItems = 0;
  items: number;
  pages: number;
  total: number | undefined;
  waitMs = 0;
  waits = 0;

  constructor(readonly resumedAt: { items: number; pages: number } | undefined) {
    this.items = resumedAt?.items ?? 0;
    this.pages = resumedAt?.pages ?? 0;
  }

  /** Feed it the rate limiter's waits (milliseconds each). */
  readonly noteWait = (ms: number): void => {
    if (!(ms > 0)) return;
    this.waitMs += ms;
    this.waits++;
  };

  page(items: number, total: number | undefined): void {
    this.items += items;
    this.runItems += items;
    this.pages++;
    if (total !== undefined) this.total = total;
  }

  snapshot(done = false): ExportProgress {
    const elapsedMs = Date.now() - this.started;
    return {
      items: this.items,
      pages: this.pages,
      total: this.total,
      rate: elapsedMs > 0 ? (this.runItems * 1000) / elapsedMs : 0,
      elapsedMs,
      rateLimitWaitMs: this.waitMs,
      rateLimitWaits: this.waits,
      resumedAt: this.resumedAt,
      done,
    };
  }
}
