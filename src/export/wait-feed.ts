// The rate limiter's waits, as an export's progress counts them. The call path reports each wait
// through the client's logger (an info line carrying `waitMs`); a wait feed is a logger that hands
// those to its subscribers and passes warnings and errors on. Give the client `feed.logger` with
// `logLevel: "info"`, and the export `rateLimitWaits: feed.subscribe`.
import type { Logger } from "../core/log.js";

export interface WaitFeed {
  readonly logger: Logger;
  /** Calls `listener` with each wait's milliseconds; returns the unsubscribe function. */
  subscribe(listener: (ms: number) => void): () => void;
}

/** `next` gets the warnings and errors (info and debug lines are not passed on). */
export function createWaitFeed(next?: Pick<Logger, "warn" | "error">): WaitFeed {
  const listeners = new Set<(ms: number) => void>();
  const waitOf = (rest: unknown[]): number | undefined => {
    const fields = rest[0];
    const ms =
      fields && typeof fields === "object" ? (fields as { waitMs?: unknown }).waitMs : undefined;
    return typeof ms === "number" && ms > 0 ? ms : undefined;
  };
  return {
    logger: {
      error: (message, ...rest) => next?.error(message, ...rest),
      warn: (message, ...rest) => next?.warn(message, ...rest),
      info: (_message, ...rest) => {
        const ms = waitOf(rest);
        if (ms !== undefined) for (const listener of listeners) listener(ms);
      },
      debug: () => {},
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
