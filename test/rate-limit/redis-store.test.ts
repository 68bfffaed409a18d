// The Redis store through the client: a 429 pauses callers on other connections too, keys are never
// written in clear, and an unreachable or silent Redis fails the call with a typed error, fast,
// before anything is sent.
import { createServer, type Server, type Socket } from "node:net";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createPostHogClient,
  createRedisRateLimitStore,
  PostHogRateLimitStoreError,
  type RateLimitStore,
} from "../../src/index.js";
import { startFakePostHog, type FakePostHog } from "../../bench/fleet-posthog.js";
import { freePort, startRedis, type TestRedis } from "../../bench/fleet-redis.js";

const KEY = "phx_redis_store_test_key_0123456789";
const INSIGHTS = "/api/environments/{project_id}/insights/";
const limits = { clickhouse_burst: { requests: 1000, perSeconds: 60 } };

let redis: TestRedis;
let fake: FakePostHog;
const stores: RateLimitStore[] = [];
beforeAll(async () => {
  [redis, fake] = await Promise.all([startRedis(), startFakePostHog({ rates: {}, items: 100 })]);
});
afterAll(async () => {
  for (const store of stores) await store.close?.();
  await fake?.close();
  await redis?.stop();
});

const storeFor = (url: string, timeoutMs?: number) => {
  const store = createRedisRateLimitStore({ url, ...(timeoutMs ? { timeoutMs } : {}) });
  stores.push(store);
  return store;
};

describe("through Redis", () => {
  it("a 429 seen by one connection pauses the callers on another", async () => {
    const sent: { who: string; at: number }[] = [];
    let pausedAt: number | undefined;
    const make = (who: string) => {
      const store = storeFor(redis.url);
      const spied: RateLimitStore = {
        take: (b, hold) => store.take(b, hold),
        settle: (b) => store.settle(b),
        async pause(b, ms) {
          await store.pause(b, ms);
          pausedAt ??= performance.now();
        },
      };
      return createPostHogClient({
        host: fake.origin,
        apiKey: KEY,
        projectId: 1,
        rateLimit: { store: spied, limits },
        fetch: (request) => {
          sent.push({ who, at: performance.now() });
          return fetch(request);
        },
      });
    };
    const [a, b] = [make("a"), make("b")];
    const before = fake.arrivals.length;
    let injected = false;
    const read = async (posthog: ReturnType<typeof make>) => {
      let items = 0;
      for await (const page of posthog
        .paginate(INSIGHTS, { params: { query: { limit: 5 } } }, { concurrency: 2 })
        .pages()) {
        items += page.results.length;
        if (!injected && items >= 20) {
          injected = true;
          fake.inject429(1, 1);
        }
      }
      return items;
    };
    expect(await Promise.all([read(a), read(b)])).toEqual([100, 100]);
    expect(fake.arrivals.length - before).toBe(41);
    expect(fake.arrivals.filter((x) => x.status === 429)).toHaveLength(1);
    // Once the pause is in Redis, nothing more is taken for a second. Slots taken just before it
    // (Redis ordered them first; their replies may come in after) are at most the three other
    // callers' in flight.
    const after = sent.filter((s) => s.at >= pausedAt!);
    expect(new Set(after.map((s) => s.who))).toEqual(new Set(["a", "b"]));
    expect(after.filter((s) => s.at - pausedAt! < 1000 - 2).length).toBeLessThanOrEqual(3);
  });

  it("names budgets by hashes: the key is nowhere in Redis", async () => {
    const posthog = createPostHogClient({
      host: fake.origin,
      apiKey: KEY,
      projectId: 1,
      rateLimit: { store: storeFor(redis.url), limits },
    });
    await posthog.GET(INSIGHTS, {});
    const inspect = new Redis(redis.url);
    try {
      const keys = await inspect.keys("*");
      expect(keys.length).toBeGreaterThan(0);
      for (const key of keys) {
        expect(key).toMatch(
          /^posthog-rate-limit:\{[0-9a-f]{12}\.[0-9a-f]{16}\}:clickhouse_(burst|sustained):(done|pending|paused)$/,
        );
        expect(key).not.toContain(KEY);
        expect(key).not.toContain(KEY.slice(4, 20));
      }
      const values = (await Promise.all(keys.map((k) => inspect.lrange(k, 0, -1)))).flat();
      for (const value of values) expect(value).toMatch(/^\d+$/);
    } finally {
      inspect.disconnect();
    }
  });
});

describe("Redis's connection", () => {
  it("fails the call fast with a PostHogRateLimitStoreError, and sends nothing", async () => {
    const port = await freePort(); // nobody listens there
    const posthog = createPostHogClient({
      host: fake.origin,
      apiKey: KEY,
      projectId: 1,
      rateLimit: { store: storeFor(`redis://:secret-password@127.0.0.1:${port}`, 1000), limits },
    });
    const before = fake.arrivals.length;
    const started = performance.now();
    const error = await posthog.GET(INSIGHTS, {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PostHogRateLimitStoreError);
    const message = (error as Error).message;
    expect(message).toContain(`The rate limiter's Redis store (redis://127.0.0.1:${port})`);
    expect(message).toContain("ECONNREFUSED");
    expect(message).toContain("no request was sent");
    expect(message).not.toContain("secret-password");
    // Refused connections fail well within the store's timeout; loose, as load only slows it.
    expect(performance.now() - started).toBeLessThan(5000);
    expect(fake.arrivals.length).toBe(before);
  });

  it("a Redis that accepts connections but never answers fails after the store's timeout", async () => {
    const sockets = new Set<Socket>();
    const silent: Server = createServer((socket) => sockets.add(socket));
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const { port } = silent.address() as { port: number };
    try {
      const posthog = createPostHogClient({
        host: fake.origin,
        apiKey: KEY,
        projectId: 1,
        rateLimit: { store: storeFor(`redis://127.0.0.1:${port}`, 300), limits },
      });
      const before = fake.arrivals.length;
      const error = await posthog.GET(INSIGHTS, {}).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(PostHogRateLimitStoreError);
      expect((error as Error).message).toMatch(/did not answer within 300 ms|failed/);
      expect(fake.arrivals.length).toBe(before);
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => silent.close(() => resolve()));
    }
  });

  it("uses a Redis client of your own ({ client }) and leaves it open", async () => {
    const inner = new Redis(redis.url);
    try {
      const store = createRedisRateLimitStore({ client: inner });
      // A key of its own: the earlier tests' budget is not this one's.
      const fresh = createPostHogClient({
        host: fake.origin,
        apiKey: `${KEY}_client`,
        projectId: 1,
        rateLimit: { store, limits: { clickhouse_burst: { requests: 1, perSeconds: 60 } } },
        timeoutMs: 200,
      });
      expect((await fresh.GET(INSIGHTS, {})).response.status).toBe(200);
      await expect(fresh.GET(INSIGHTS, {})).rejects.toThrow("timed out after 200 ms");
      await store.close?.(); // does not close a client it was given
      expect(await inner.ping()).toBe("PONG");
    } finally {
      inner.disconnect();
    }
  });
});
