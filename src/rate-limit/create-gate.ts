// Turns the public `rateLimit` option (and the host) into the call path's gate, or undefined when
// rate limiting is off: on by default for PostHog Cloud, off for a self-hosted host unless asked.
import { createHash } from "node:crypto";
import { operations, throttleRates } from "../../generated/operations.js";
import type { OperationMeta } from "../operation-meta.js";
import { PostHogConfigError } from "../errors/config-error.js";
import { HOSTS } from "../options.js";
import { createGate } from "./gate.js";
import { sharedMemoryStore } from "./memory-store.js";
import type { RateLimit, RateLimitLogger, RateLimitOptions } from "./options.js";
import type { RateLimitGate } from "./types.js";

export interface GateContext {
  /** The client's origin, such as "https://us.posthog.com". */
  origin: string;
  /** The client's per-attempt timeout: no attempt holds a slot unanswered for longer. */
  timeoutMs: number;
  logger?: RateLimitLogger | undefined;
}

const CLOUD = new Set<string>(Object.values(HOSTS));

export function createRateLimitGate(
  option: false | RateLimitOptions | undefined,
  context: GateContext,
): RateLimitGate | undefined {
  if (option === false) return undefined;
  if (option === undefined) {
    // Self-hosted instances often run with RATE_LIMIT_ENABLED off: pacing them would only slow.
    if (!CLOUD.has(context.origin)) return undefined;
    option = {};
  }
  checkOption(option);
  const server = (known ??= serverRates());
  const limits = option.limits ?? {};
  return createGate({
    store: option.store ?? sharedMemoryStore(),
    rates: { ...server.rates, ...limits },
    everyAttempt: Object.keys(limits).filter((scope) => !server.scopes.has(scope)),
    hostId: createHash("sha256").update(context.origin).digest("hex").slice(0, 12),
    holdMs: context.timeoutMs + 1000,
    logger: context.logger,
  });
}

let known: ReturnType<typeof serverRates> | undefined;

/** PostHog's rates (generated/operations.ts `throttleRates`) and every scope an operation names. */
function serverRates(): { rates: Record<string, RateLimit>; scopes: Set<string> } {
  const rates: Record<string, RateLimit> = {};
  for (const [scope, { requests, perSeconds }] of Object.entries(throttleRates)) {
    rates[scope] = { requests, perSeconds };
  }
  const scopes = new Set(Object.keys(rates));
  for (const methods of Object.values(operations)) {
    for (const meta of Object.values(methods) as OperationMeta[]) {
      for (const scope of meta.throttle ?? []) scopes.add(scope);
    }
  }
  return { rates, scopes };
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
