// The limiter in the client, against a loopback PostHog that throttles as DRF does, with rates
// scaled down to fractions of a second. Counts are asserted exactly (429s, requests); times only
// loosely, and only where load can make a run slower but never make it fail.
import { afterEach, describe, expect, it } from "vitest";
import {
  createMemoryRateLimitStore,
  createPostHogClient,
  PostHogTimeoutError,
  type PostHogClientOptions,
  type RateLimitStore,
} from "../../src/index.js";
import {
  idealSeconds,
  startFakePostHog,
  type FakePostHog,
  type Rate,
} from "../../bench/fleet-posthog.js";

const KEY = "phx_rate_limit_test_key_0123456789";
const INSIGHTS = "/api/environments/{project_id}/insights/";
let fake: FakePostHog | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

function client(options: PostHogClientOptions = {}) {
  return createPostHogClient({ host: fake!.origin, apiKey: KEY, projectId: 1, ...options });
}

describe("one process, paginate({ concurrency: 8 })", () => {
  it("reads a ClickHouse list without a single 429, close to the ideal time", async () => {
    // Scaled-down ClickHouse throttles: burst and sustained both bind over 36 pages.
    const rates: Record<string, Rate> = {
      clickhouse_burst: { requests: 10, perSeconds: 0.5 },
      clickhouse_sustained: { requests: 25, perSeconds: 2 },
    };
    fake = await startFakePostHog({ rates, items: 36 });
    const posthog = client({ rateLimit: { limits: rates, store: createMemoryRateLimitStore() } });
    const started = performance.now();
    const items = await posthog
      .paginate(INSIGHTS, { params: { query: { limit: 1 } } }, { concurrency: 8 })
      .toArray();
    const seconds = (performance.now() - started) / 1000;

    expect(items.map((item) => item.id)).toEqual(Array.from({ length: 36 }, (_, i) => i + 1));
    expect(fake.throttled()).toBe(0);
    expect(fake.arrivals).toHaveLength(36);
    expect(fake.busiestWindow("clickhouse_burst")).toBe(10);
    expect(fake.busiestWindow("clickhouse_sustained")).toBe(25);
    // 2.5 s at best (the last page can start no sooner); a limiter that over-waited by a window
    // anywhere would take 3 s or more. Loose above: load only slows the run.
    const ideal = idealSeconds(36, Object.values(rates));
    expect(ideal).toBeCloseTo(2.5, 6);
    expect(seconds).toBeGreaterThan(ideal);
    expect(seconds).toBeLessThan(ideal * 3);
  });

  it("without the limiter, the same read runs into the server's 429s", async () => {
    const rates = { clickhouse_burst: { requests: 10, perSeconds: 0.5 } };
    fake = await startFakePostHog({ rates, items: 36 });
    const posthog = client({ rateLimit: false, retry: false });
    await expect(
      posthog.paginate(INSIGHTS, { params: { query: { limit: 1 } } }, { concurrency: 8 }).toArray(),
    ).rejects.toMatchObject({ status: 429 });
    expect(fake.throttled()).toBeGreaterThan(0);
  });
});

describe("a 429 anyway", () => {
  it("pauses the scope for every caller sharing the budget, then the request is retried", async () => {
    fake = await startFakePostHog({ rates: {}, items: 200 });
    const store = createMemoryRateLimitStore();
    let pausedAt: number | undefined;
    const spied: RateLimitStore = {
      take: (budgets, hold) => store.take(budgets, hold),
      settle: (budgets) => store.settle(budgets),
      pause(budgets, ms) {
        pausedAt = performance.now();
        return store.pause(budgets, ms);
      },
    };
    const sent: { who: string; at: number }[] = [];
    const make = (who: string) =>
      client({
        rateLimit: {
          store: spied,
          limits: { clickhouse_burst: { requests: 1000, perSeconds: 60 } },
        },
        fetch: (request) => {
          sent.push({ who, at: performance.now() });
          return fetch(request);
        },
      });
    const [a, b] = [make("a"), make("b")];
    let injected = false;
    const read = async (posthog: ReturnType<typeof make>) => {
      const ids: number[] = [];
      for await (const page of posthog
        .paginate(INSIGHTS, { params: { query: { limit: 10 } } }, { concurrency: 3 })
        .pages()) {
        ids.push(...page.results.map((item) => item.id));
        if (!injected && ids.length >= 30) {
          injected = true;
          fake!.inject429(1, 1);
        }
      }
      return ids;
    };
    const [idsA, idsB] = await Promise.all([read(a), read(b)]);

    const all = Array.from({ length: 200 }, (_, i) => i + 1);
    expect(idsA).toEqual(all);
    expect(idsB).toEqual(all);
    // One 429, retried: 20 pages each, plus one.
    expect(fake.throttled()).toBe(1);
    expect(fake.arrivals).toHaveLength(41);
    expect(pausedAt).toBeDefined();
    // Nobody sent anything for the Retry-After second after the pause; both went on after it.
    const after = sent.filter((s) => s.at >= pausedAt!);
    expect(after.length).toBeGreaterThan(0);
    for (const s of after) expect(s.at - pausedAt!).toBeGreaterThanOrEqual(1000 - 2);
    expect(new Set(after.map((s) => s.who))).toEqual(new Set(["a", "b"]));
  });
});

describe("signal and timeoutMs", () => {
  const limits = { clickhouse_burst: { requests: 1, perSeconds: 60 } };

  it("a caller's signal ends the wait for budget, and nothing is sent", async () => {
    fake = await startFakePostHog({ rates: {} });
    const posthog = client({ rateLimit: { limits, store: createMemoryRateLimitStore() } });
    await posthog.GET(INSIGHTS, {});
    const controller = new AbortController();
    const waiting = posthog.GET(INSIGHTS, { signal: controller.signal });
    setTimeout(() => controller.abort(new Error("caller gave up")), 50);
    await expect(waiting).rejects.toThrow("caller gave up");
    expect(fake.arrivals).toHaveLength(1);
  });

  it("timeoutMs covers the wait for budget", async () => {
    fake = await startFakePostHog({ rates: {} });
    const posthog = client({
      timeoutMs: 100,
      rateLimit: { limits, store: createMemoryRateLimitStore() },
    });
    await posthog.GET(INSIGHTS, {});
    const started = performance.now();
    const error = await posthog.GET(INSIGHTS, {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PostHogTimeoutError);
    expect((error as PostHogTimeoutError).message).toContain("timed out after 100 ms");
    expect(performance.now() - started).toBeLessThan(5000);
    expect(fake.arrivals).toHaveLength(1);
  });
});

describe("defaults", () => {
  it("leaves a self-hosted host alone unless rateLimit is set", async () => {
    const rates = { clickhouse_burst: { requests: 2, perSeconds: 60 } };
    fake = await startFakePostHog({ rates });
    const posthog = client({ retry: false });
    const answers = await Promise.all([1, 2, 3].map(() => posthog.GET(INSIGHTS, {})));
    expect(answers.map((a) => a.response.status)).toEqual([200, 200, 429]);
  });
});
