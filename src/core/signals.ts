// One attempt's signal: its timeout, and the caller's signal followed by a listener for the
// attempt's duration (AbortSignal.any grows dearer with every call that used the caller's signal).
// Controllers that were never aborted are reused.

/** The reason an attempt's signal aborts when its time is up. */
export const TIMED_OUT = Symbol("timed out");

const pool: AbortController[] = [];
const POOL_SIZE = 32;

export class AttemptSignal {
  readonly #controller: AbortController;
  readonly #caller: AbortSignal | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #onAbort: (() => void) | undefined;

  constructor(timeoutMs: number, caller: AbortSignal | undefined) {
    this.#controller = pool.pop() ?? new AbortController();
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
    if (reusable && !this.#controller.signal.aborted && pool.length < POOL_SIZE) {
      pool.push(this.#controller);
    }
  }
}
