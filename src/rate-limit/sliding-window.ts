// The limiter's one rule, modelled on the throttles PostHog uses (Django REST framework's
// SimpleRateThrottle): the server keeps, per scope and key, the times of the requests it let through;
// it forgets those a whole window old and refuses a request while `requests` remain. So the client
// keeps the same log, with two changes that make it err on the safe side only:
//
// - A slot is held from the moment the request is sent until its answer arrives, and its window
//   starts at the answer: the server logged the request somewhere between the two, so the client's
//   window always ends after the server's. Latency needs no margin then: slow answers slow the
//   client down and never let it through early.
// - The window is a little longer than the server's (`windowMs`): 0.5% of it, at least 5 ms and at
//   most 1 s (300 ms on a minute, 1 s on an hour). That covers timestamp rounding, clock rates, and
//   PostHog's web servers' clocks differing a little from each other.
//
// The same rule is written twice: in TypeScript for the in-process store, and in Lua for Redis,
// where it runs atomically on the server, on the Redis server's clock. A test runs both side by side.

/** The client's window for a server window of `perSeconds`: the server's plus the safety margin. */
export function windowMs(perSeconds: number): number {
  const ms = perSeconds * 1000;
  return ms + Math.min(1000, Math.max(5, ms * 0.005));
}

/** One budget's log, in milliseconds of one monotonic clock. */
export class SlidingWindow {
  /** Answer times, oldest first, from `head` on. */
  private done: number[] = [];
  private head = 0;
  /** Send times of slots not answered yet, oldest first, from `pendingHead` on. */
  private pending: number[] = [];
  private pendingHead = 0;
  private pausedUntil = 0;

  /** Milliseconds until a slot is free at `now`; 0 when one is. */
  wait(now: number, requests: number, windowMs: number, holdMs: number): number {
    if (this.pausedUntil > now) return this.pausedUntil - now;
    // A slot never settled counts as answered when its hold ends (noticed now, so it starts now).
    while (
      this.pendingHead < this.pending.length &&
      this.pending[this.pendingHead]! + holdMs <= now
    ) {
      this.pendingHead++;
      this.done.push(now);
    }
    while (this.head < this.done.length && this.done[this.head]! <= now - windowMs) this.head++;
    this.compact();
    const answered = this.done.length - this.head;
    const count = answered + this.pending.length - this.pendingHead;
    if (count < requests) return 0;
    // The slots free up in the order their windows end: answered ones first, oldest first. An
    // unanswered one frees a whole window after its answer, so no sooner than a window from now.
    const k = count - requests + 1;
    return k <= answered ? this.done[this.head + k - 1]! + windowMs - now : windowMs;
  }

  take(now: number): void {
    this.pending.push(now);
  }

  settle(now: number): void {
    // Which slot is settled does not matter: every answer time is at least its request's server
    // time, so taking them in any order keeps the client's windows ending after the server's.
    if (this.pendingHead < this.pending.length) {
      this.pendingHead++;
      this.done.push(now);
    }
  }

  pause(now: number, ms: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, now + ms);
  }

  private compact(): void {
    if (this.head > 1024 && this.head * 2 > this.done.length) {
      this.done = this.done.slice(this.head);
      this.head = 0;
    }
    if (this.pendingHead > 1024 && this.pendingHead * 2 > this.pending.length) {
      this.pending = this.pending.slice(this.pendingHead);
      this.pendingHead = 0;
    }
  }
}
