// Turns the public `rateLimit` option (and the host) into the call path's gate, or undefined when
// rate limiting is off. The option is checked by ./resolve-option.ts.
import { createHash } from "node:crypto";
import { operations, throttleRates } from "../../generated/operations.js";
import type { OperationMeta } from "../operation-meta.js";
import { createGate } from "./gate.js";
import { sharedMemoryStore } from "./memory-store.js";
import type { RateLimit, RateLimitLogger, RateLimitOptions } from "./options.js";
import { resolveRateLimit } from "./resolve-option.js";
import type { RateLimitGate } from "./types.js";

export interface GateContext {
  /** The client's origin, such as "https://us.posthog.com". */
  origin: string;
  /** The client's per-attempt timeout: no attempt holds a slot unanswered for longer. */
  timeoutMs: number;
  logger?: RateLimitLogger | undefined;
}

export function createRateLimitGate(
  option: false | RateLimitOptions | undefined,
  context: GateContext,
): RateLimitGate | undefined {
  const resolved = resolveRateLimit(option, context.origin);
  return resolved && gateFor(resolved, context);
}

/** The gate for options resolveRateLimit has checked. */
export function gateFor(option: RateLimitOptions, context: GateContext): RateLimitGate {
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
