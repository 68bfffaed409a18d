// A store shared by every process that points at one Redis: the sliding-window rule runs there as
// one Lua script per call, so the fleet takes slots atomically and on one clock. ioredis is an
// optional peer dependency, loaded only when a store is made from a URL.
import { createHash } from "node:crypto";
import { SLIDING_WINDOW_LUA } from "./sliding-window-lua.js";
import { PostHogRateLimitStoreError } from "./store-error.js";
import type { RateLimitBudget, RateLimitStore } from "./store.js";

/** What the store needs of a Redis client: ioredis's `evalsha` and `eval`. */
export interface RedisScriptClient {
  evalsha(sha1: string, numkeys: number, ...args: (string | number)[]): Promise<unknown>;
  eval(script: string, numkeys: number, ...args: (string | number)[]): Promise<unknown>;
}

export type RedisRateLimitStoreOptions = (
  | {
      /** A Redis URL, such as "redis://redis.internal:6379". The store opens its own connection
       * (with ioredis, which must be installed) and `close()` closes it. */
      url: string;
    }
  | {
      /** An ioredis client (or Cluster) you made and close yourself. */
      client: RedisScriptClient;
    }
) & {
  /** Prefix of every Redis key the store writes (default "posthog-rate-limit:"). */
  prefix?: string;
  /** The longest wait for Redis per call, in milliseconds, connecting included (default 2000).
   * Past it the call fails with a PostHogRateLimitStoreError; nothing hangs. */
  timeoutMs?: number;
};

const IOREDIS = "ioredis";
const SHA = createHash("sha1").update(SLIDING_WINDOW_LUA).digest("hex");

export function createRedisRateLimitStore(options: RedisRateLimitStoreOptions): RateLimitStore {
  const prefix = options.prefix ?? "posthog-rate-limit:";
  const timeoutMs = options.timeoutMs ?? 2000;
  const where = "url" in options ? describeUrl(options.url) : "Redis";
  let lastError: unknown;
  let connecting: Promise<RedisScriptClient & { quit?(): Promise<unknown> }> | undefined;

  const client = () =>
    "client" in options
      ? Promise.resolve(options.client)
      : (connecting ??= connect(options.url, timeoutMs, (error) => (lastError = error)));

  // Redis key names by budget id (one entry per key and scope in use).
  const keys = new Map<string, string[]>();
  const keysOf = (budget: RateLimitBudget) => {
    let names = keys.get(budget.id);
    if (!names) {
      // One hash tag per owner: a key's budgets land in one Redis Cluster slot, as a script needs.
      const base = `${prefix}{${budget.owner}}:${budget.scope}`;
      keys.set(budget.id, (names = [`${base}:done`, `${base}:pending`, `${base}:paused`]));
    }
    return names;
  };

  async function run(op: string, budgets: readonly RateLimitBudget[], arg: number) {
    const names = budgets.flatMap(keysOf);
    const args = [
      op,
      Math.ceil(arg),
      ...budgets.flatMap((b) => [b.requests, Math.ceil(b.windowMs)]),
    ];
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () =>
          reject(
            new PostHogRateLimitStoreError(
              `The rate limiter's Redis store (${where}) did not answer within ${timeoutMs} ms${reason(lastError)}: no request was sent.`,
              { cause: lastError },
            ),
          ),
        timeoutMs,
      );
    });
    try {
      return Number(
        await Promise.race([
          (async () => {
            const redis = await client();
            try {
              return await redis.evalsha(SHA, names.length, ...names, ...args);
            } catch (error) {
              if (!String((error as Error)?.message).includes("NOSCRIPT")) throw error;
              return await redis.eval(SLIDING_WINDOW_LUA, names.length, ...names, ...args);
            }
          })(),
          timeout,
        ]),
      );
    } catch (error) {
      if (error instanceof PostHogRateLimitStoreError) throw error;
      throw new PostHogRateLimitStoreError(
        `The rate limiter's Redis store (${where}) failed${reason(lastError, error)}: no request was sent.`,
        { cause: error },
      );
    } finally {
      clearTimeout(timer);
    }
  }

  return {
    take: (budgets, holdMs) => run("take", budgets, holdMs),
    settle: async (budgets) => void (await run("settle", budgets, 0)),
    pause: async (budgets, ms) => void (await run("pause", budgets, ms)),
    async close() {
      const opened = connecting;
      connecting = undefined;
      if (opened) await (await opened.catch(() => undefined))?.quit?.().catch(() => {});
    },
  };
}

async function connect(
  url: string,
  timeoutMs: number,
  onError: (error: unknown) => void,
): Promise<RedisScriptClient & { quit(): Promise<unknown> }> {
  let Redis: typeof import("ioredis").Redis;
  try {
    // A name bundlers do not follow, so ioredis stays out of every bundle of this package (an app
    // bundling its own code passes { client } instead).
    ({ Redis } = (await import(IOREDIS)) as typeof import("ioredis"));
  } catch (error) {
    throw new PostHogRateLimitStoreError(
      "createRedisRateLimitStore({ url }) needs the ioredis package: npm install ioredis. " +
        "Or pass { client } with a Redis client of your own.",
      { cause: error },
    );
  }
  const redis = new Redis(url, {
    connectTimeout: timeoutMs,
    commandTimeout: timeoutMs,
    // Commands wait for a reconnection at most once; the store's own timeout bounds them anyway.
    maxRetriesPerRequest: 1,
    retryStrategy: (times) => Math.min(times * 100, 1000),
  });
  // Without a listener ioredis prints every connection error; the store reports them instead.
  redis.on("error", onError);
  return redis as unknown as RedisScriptClient & { quit(): Promise<unknown> };
}

/** host:port only: a URL's user name and password stay out of messages. */
function describeUrl(url: string): string {
  try {
    const { protocol, hostname, port } = new URL(url);
    return `${protocol}//${hostname}${port ? `:${port}` : ""}`;
  } catch {
    return "an unparseable URL";
  }
}

/** The errors' messages, in parentheses: the connection's last error first, then the call's. */
function reason(...errors: unknown[]): string {
  const messages = [...new Set(errors.filter(Boolean).map(describeError))];
  return messages.length ? ` (${messages.join("; ")})` : "";
}

function describeError(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  const message = error instanceof Error ? error.message : String(error);
  return typeof code === "string" && !message.includes(code) ? `${code}: ${message}` : message;
}
