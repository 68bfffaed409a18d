// An AbortController that follows other signals only while it is in use. Each page gets its own, so
// the signals fetch and Request listen to are per page, and the caller's signal carries one listener
// per page in flight, removed when the page is done (a shared signal would gather one per page for
// good: MaxListenersExceededWarning on long paginations).

export interface LinkedSignal {
  signal: AbortSignal;
  abort(reason: unknown): void;
  /** Stops following the parents (call when done with the signal). */
  unlink(): void;
}

export function linkedSignal(parents: readonly (AbortSignal | null | undefined)[]): LinkedSignal {
  const controller = new AbortController();
  const followed = parents.filter((s): s is AbortSignal => !!s);
  const unlink = () => {
    for (const parent of followed) parent.removeEventListener("abort", onAbort);
  };
  function onAbort(this: AbortSignal) {
    unlink();
    controller.abort(this.reason);
  }
  for (const parent of followed) {
    if (parent.aborted) {
      controller.abort(parent.reason);
      break;
    }
    parent.addEventListener("abort", onAbort, { once: true });
  }
  if (controller.signal.aborted) unlink();
  return {
    signal: controller.signal,
    abort: (reason) => {
      unlink();
      controller.abort(reason);
    },
    unlink,
  };
}
