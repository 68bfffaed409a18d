// One attempt's signal: its timeout, and the caller's signal followed by a listener for the
// attempt's duration (AbortSignal.any grows dearer with every call that used the caller's signal).
// Controllers that were never aborted are reused, a bounded number of times: each Request built
// from a signal (fetch builds one per attempt) follows it with a listener that is removed only when
// that Request is garbage-collected, so a controller reused for ever would gather them
// (MaxListenersExceededWarning past 1500).

/** The reason an attempt's signal aborts when its time is up. */
export const TIMED_OUT = Symbol("timed out");

interface Pooled {
  controller: AbortController;
  uses: number;
}
const pool: Pooled[] = [];
const POOL_SIZE = 32;
/** Attempts one controller serves before it is dropped: well under Node's 1500-listener warning. */
const MAX_USES = 64;

export class AttemptSignal {
  readonly #pooled: Pooled;
  readonly #controller: AbortController;
  readonly #caller: AbortSignal | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #onAbort: (() => void) | undefined;

  constructor(timeoutMs: number, caller: AbortSignal | undefined) {
    this.#pooled = pool.pop() ?? { controller: new AbortController(), uses: 0 };
    this.#pooled.uses++;
    this.#controller = this.#pooled.controller;
    this.#caller = caller;
    const controller = this.#controller;
    this.#timer = setTimeout(() => controller.abort(TIMED_OUT), timeoutMs);
    if (caller) {
      this.#onAbort = () => controller.abort(caller.reason);
      caller.addEventListener("abort", this.#onAbort, { once: true });
    }
  }

  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  get timedOut(): boolean {
    return this.#controller.signal.aborted && this.#controller.signal.reason === TIMED_OUT;
  }

  /** The time limit no longer applies (a streamed body, past its headers). */
  stopTimer(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  /** Ends the attempt: no timer, no listener; the controller is reused if `reusable` and unaborted. */
  end(reusable: boolean): void {
    this.stopTimer();
    if (this.#onAbort) this.#caller?.removeEventListener("abort", this.#onAbort);
    this.#onAbort = undefined;
    const pooled = this.#pooled;
    if (
      reusable &&
      !this.#controller.signal.aborted &&
      pooled.uses < MAX_USES &&
      pool.length < POOL_SIZE
    ) {
      pool.push(pooled);
    }
  }
}
