// Time, for the transport: real by default, fake in tests. Every sleep is capped.
import { MAX_SLEEP_MS } from "../retry.js";

export interface Clock {
  now(): number;
  random(): number;
  sleep(ms: number, signal: AbortSignal | undefined): Promise<void>;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  random: () => Math.random(),
  sleep: (ms, signal) =>
    new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      const onAbort = () => {
        clearTimeout(timer);
        reject(signal!.reason);
      };
      const timer = setTimeout(
        () => {
          signal?.removeEventListener("abort", onAbort);
          resolve();
        },
        Math.max(0, Math.min(ms, MAX_SLEEP_MS)),
      );
      signal?.addEventListener("abort", onAbort, { once: true });
    }),
};
