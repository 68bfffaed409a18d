// The contract between the call pipeline and the rate limiter: before each attempt the pipeline
// awaits `acquire`, and after each answer it reports the status through `observe`.

/** One attempt as the limiter sees it: which budgets it draws from, and whose. */
export interface RateLimitAttempt {
  method: string;
  /** The operation's path template, e.g. `/api/projects/{project_id}/persons/`. */
  path: string;
  /** PostHog's throttle scopes this request counts against (from the spec). */
  scopes: readonly string[];
  /** A hash of the personal API key, never the key itself. */
  keyId: string;
}

export interface RateLimitGate {
  /** Resolves when the attempt may be sent, with the milliseconds waited; rejects with the
   * signal's reason when it aborts first. */
  acquire(attempt: RateLimitAttempt, signal: AbortSignal): Promise<number>;
  /** What the server answered: a 429 with Retry-After pauses the scope for every caller. */
  observe(attempt: RateLimitAttempt, status: number, retryAfterMs: number | undefined): void;
}
