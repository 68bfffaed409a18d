// A gate whose limiter loads on the first attempt it paces, so the rate limiter's code stays out of
// what an import loads; once loaded, each call goes straight to it.
import type { RateLimitGate } from "./types.js";

export function gateOnFirstUse(load: () => Promise<RateLimitGate>): RateLimitGate {
  let gate: RateLimitGate | undefined;
  let loading: Promise<RateLimitGate> | undefined;
  return {
    acquire(attempt, signal) {
      if (gate) return gate.acquire(attempt, signal);
      loading ??= load().then((loaded) => (gate = loaded));
      return loading.then((loaded) => loaded.acquire(attempt, signal));
    },
    // The call path observes an answer only after its attempt acquired, so the gate is loaded.
    observe(attempt, status, retryAfterMs) {
      gate!.observe(attempt, status, retryAfterMs);
    },
  };
}
