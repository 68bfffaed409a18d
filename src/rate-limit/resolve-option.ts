// The public `rateLimit` option, checked when the client is created (so a mistake throws there):
// on by default for PostHog Cloud, off for a self-hosted host unless asked. The limiter itself
// (./create-gate.ts) loads on the first request it paces.
import { PostHogConfigError } from "../errors/config-error.js";
import { HOSTS } from "../options.js";
import type { RateLimit, RateLimitOptions } from "./options.js";

const CLOUD = new Set<string>(Object.values(HOSTS));

/** The limiter's options for this origin, or undefined when rate limiting is off. */
export function resolveRateLimit(
  option: false | RateLimitOptions | undefined,
  origin: string,
): RateLimitOptions | undefined {
  if (option === false) return undefined;
  // Self-hosted instances often run with RATE_LIMIT_ENABLED off: pacing them would only slow.
  if (option === undefined) return CLOUD.has(origin) ? {} : undefined;
  checkOption(option);
  return option;
}

function checkOption(option: unknown): asserts option is RateLimitOptions {
  const fail = (why: string) => new PostHogConfigError("rateLimit", `rateLimit ${why}.`);
  if (typeof option !== "object" || option === null || Array.isArray(option)) {
    throw fail("must be false, or an object such as {} or { store, limits }");
  }
  for (const name of Object.keys(option)) {
    if (name !== "store" && name !== "limits") {
      throw fail(`has no option ${JSON.stringify(name)}: it takes store and limits`);
    }
  }
  const { store, limits } = option as RateLimitOptions;
  if (
    store !== undefined &&
    (typeof store !== "object" ||
      store === null ||
      !["take", "settle", "pause"].every((m) => typeof (store as never)[m] === "function"))
  ) {
    throw fail(
      "store must be a RateLimitStore (take, settle and pause), such as createRedisRateLimitStore({ url })",
    );
  }
  if (limits === undefined) return;
  if (typeof limits !== "object" || limits === null || Array.isArray(limits)) {
    throw fail(
      "limits must map scope names to { requests, perSeconds }, e.g. { burst: { requests: 480, perSeconds: 60 } }",
    );
  }
  for (const [scope, limit] of Object.entries(limits)) {
    const { requests, perSeconds } = (limit ?? {}) as Partial<RateLimit>;
    if (!Number.isSafeInteger(requests) || requests! < 1) {
      throw fail(`limits.${scope}.requests must be a positive integer; got ${String(requests)}`);
    }
    if (typeof perSeconds !== "number" || !Number.isFinite(perSeconds) || perSeconds <= 0) {
      throw fail(`limits.${scope}.perSeconds must be a positive number; got ${String(perSeconds)}`);
    }
  }
}
