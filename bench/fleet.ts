// The fleet benchmark (run by tsx; `npm run bench` runs it through bench/run.mjs): worker processes
// share one key against a loopback PostHog that throttles as DRF does, at a scaled-down rate.
// Pages read per second and 429s, as a ratio to the ideal, for the shared limiter (Redis) vs each
// process limiting on its own vs today's retry-on-429; then the limiter's own cost per call.
//   node --import tsx bench/fleet.ts [--quick] [--json=path]
import { writeFile } from "node:fs/promises";
import { pathToFileURL } from "node:url";
import { createRateLimitGate } from "../src/rate-limit/create-gate.js";
import { createMemoryRateLimitStore } from "../src/rate-limit/memory-store.js";
import { createRedisRateLimitStore } from "../src/rate-limit/redis-store.js";
import type { RateLimitStore } from "../src/rate-limit/store.js";
import type { RateLimitAttempt } from "../src/rate-limit/types.js";
import { prepareFleet } from "./fleet-launch.js";
import { idealSeconds, startFakePostHog } from "./fleet-posthog.js";
import { startRedis } from "./fleet-redis.js";
import { median } from "./lib/stats.js";

export interface FleetBenchOptions {
  workers: number;
  pagesPerWorker: number;
  /** The scaled-down budget: `requests` per `perSeconds`, on the list's clickhouse_burst. */
  requests: number;
  perSeconds: number;
  /** paginate's concurrency in each worker. */
  concurrency: number;
  /** Calls timed for the limiter's own cost. */
  costCalls: number;
}

export interface FleetContender {
  name: string;
  pages: number;
  complete: boolean;
  /** Workers whose read ended in an error (429 after the retries, for today's behaviour). */
  failedWorkers: number;
  seconds: number;
  pagesPerSecond: number;
  /** pagesPerSecond over the ideal's. */
  ratio: number;
  throttled: number;
}

export interface FleetBenchResult {
  options: FleetBenchOptions;
  limitPerSecond: number;
  /** The soonest all pages can be read without a 429, and the rate that makes. */
  idealSeconds: number;
  idealPagesPerSecond: number;
  contenders: FleetContender[];
  cost: {
    /** gate.acquire + gate.observe with room in the budget, memory store. */
    memoryNsPerCall: number;
    /** The same loop with only `await` of a resolved promise: what any async step costs. */
    awaitNsPerCall: number;
    /** One performance.now(): the limiter reads the clock twice per call. */
    clockNsPerRead: number;
    /** gate.acquire + gate.observe through Redis (round trips on 127.0.0.1). */
    redisUsPerCall: number;
  };
  target: { sharedZero429: boolean; sharedRatio: number; memoryUnderOneMicrosecond: boolean };
}

export const FLEET_SIZES = {
  full: {
    workers: 3,
    pagesPerWorker: 40,
    requests: 20,
    perSeconds: 1,
    concurrency: 8,
    costCalls: 300_000,
  },
  quick: {
    workers: 3,
    pagesPerWorker: 10,
    requests: 10,
    perSeconds: 0.5,
    concurrency: 8,
    costCalls: 20_000,
  },
} satisfies Record<string, FleetBenchOptions>;

export async function benchFleet(options: FleetBenchOptions): Promise<FleetBenchResult> {
  const rates = {
    clickhouse_burst: { requests: options.requests, perSeconds: options.perSeconds },
  };
  const total = options.workers * options.pagesPerWorker;
  const ideal = idealSeconds(total, [rates.clickhouse_burst]);
  const idealPagesPerSecond = total / Math.max(ideal, options.perSeconds);
  const [redis, fleet] = await Promise.all([startRedis(), prepareFleet()]);
  const contenders: FleetContender[] = [];
  let cost: FleetBenchResult["cost"];
  try {
    const runs = [
      { name: "shared limiter (Redis)", rateLimit: true, shared: true },
      { name: "limiter per process", rateLimit: true, shared: false },
      { name: "retry on 429 (today)", rateLimit: false, shared: false },
    ];
    for (const run of runs) {
      const fake = await startFakePostHog({ rates, items: options.pagesPerWorker });
      try {
        const reports = await fleet.run(options.workers, {
          origin: fake.origin,
          apiKey: "phx_fleet_benchmark_key_0123456789",
          redisUrl: run.shared ? redis.url : undefined,
          rateLimit: run.rateLimit,
          limits: rates,
          pageSize: 1,
          concurrency: options.concurrency,
          retry: true,
        });
        // From "go" to the last worker's end: process start-up is not the limiter's.
        const seconds = Math.max(...reports.map((r) => r.ms)) / 1000;
        const pages = reports.reduce((sum, r) => sum + r.items, 0);
        contenders.push({
          name: run.name,
          pages,
          complete: pages === total,
          failedWorkers: reports.filter((r) => r.failedWith !== undefined).length,
          seconds,
          pagesPerSecond: pages / seconds,
          ratio: pages / seconds / idealPagesPerSecond,
          throttled: fake.throttled(),
        });
      } finally {
        await fake.close();
      }
    }
    cost = await limiterCost(options.costCalls, redis.url);
  } finally {
    await Promise.all([redis.stop(), fleet.dispose()]);
  }
  const shared = contenders[0]!;
  return {
    options,
    limitPerSecond: options.requests / options.perSeconds,
    idealSeconds: ideal,
    idealPagesPerSecond,
    contenders,
    cost,
    target: {
      sharedZero429: shared.throttled === 0 && shared.complete,
      sharedRatio: shared.ratio,
      memoryUnderOneMicrosecond: cost.memoryNsPerCall < 1000,
    },
  };
}

/** The limiter's own cost per call: acquire and observe with room in the budget. */
async function limiterCost(calls: number, redisUrl: string): Promise<FleetBenchResult["cost"]> {
  const attempt: RateLimitAttempt = {
    method: "GET",
    path: "/api/projects/{project_id}/insights/",
    scopes: ["clickhouse_burst", "clickhouse_sustained"],
    keyId: "0123456789abcdef",
  };
  const signal = new AbortController().signal;
  // Room for every call: the cost measured is bookkeeping, never waiting. The windows are short
  // (6 ms with the margin), so at about a microsecond a call each log holds a few thousand
  // times, as PostHog's largest budget does (4,800 an hour); a 1 s window would hold a million,
  // which no PostHog budget comes near.
  const limits = {
    clickhouse_burst: { requests: 1e9, perSeconds: 0.001 },
    clickhouse_sustained: { requests: 1e9, perSeconds: 0.001 },
  };
  const context = { origin: "https://us.posthog.com", timeoutMs: 60_000 };
  const time = async (store: RateLimitStore, n: number) => {
    const gate = createRateLimitGate({ store, limits }, context)!;
    for (let i = 0; i < Math.min(n, 1000); i++) {
      await gate.acquire(attempt, signal);
      gate.observe(attempt, 200, undefined);
    }
    const started = process.hrtime.bigint();
    for (let i = 0; i < n; i++) {
      await gate.acquire(attempt, signal);
      gate.observe(attempt, 200, undefined);
    }
    return Number(process.hrtime.bigint() - started) / n;
  };
  // Rounds of a fresh store each, the median: one burst of other work on the machine moves one.
  const rounds: number[] = [];
  for (let round = 0; round < 7; round++) {
    rounds.push(await time(createMemoryRateLimitStore(), Math.ceil(calls / 7)));
  }
  const memoryNsPerCall = median(rounds);
  const resolved = Promise.resolve(0);
  const started = process.hrtime.bigint();
  for (let i = 0; i < calls; i++) await resolved;
  const awaitNsPerCall = Number(process.hrtime.bigint() - started) / calls;
  const clockStarted = process.hrtime.bigint();
  let sum = 0;
  for (let i = 0; i < calls; i++) sum += performance.now();
  const clockNsPerRead = Number(process.hrtime.bigint() - clockStarted) / calls + (sum < 0 ? 1 : 0);

  const store = createRedisRateLimitStore({ url: redisUrl });
  try {
    const redisUsPerCall = (await time(store, Math.max(200, Math.floor(calls / 200)))) / 1000;
    return { memoryNsPerCall, awaitNsPerCall, clockNsPerRead, redisUsPerCall };
  } finally {
    await store.close?.();
  }
}

/** The result as text tables. */
export function formatFleet(r: FleetBenchResult): string {
  const o = r.options;
  const rows = [
    ["contender", "pages", "complete", "time", "pages/s", "ratio to ideal", "429s"],
    ...r.contenders.map((c) => [
      c.name,
      `${c.pages}/${o.workers * o.pagesPerWorker}`,
      c.complete ? "yes" : `no (${c.failedWorkers} gave up)`,
      `${c.seconds.toFixed(2)} s`,
      c.pagesPerSecond.toFixed(1),
      `${c.ratio.toFixed(2)}x`,
      String(c.throttled),
    ]),
  ];
  return [
    `6. Fleet: ${o.workers} processes on one key, ${o.pagesPerWorker} pages each (concurrency ${o.concurrency}), ` +
      `budget ${o.requests} per ${o.perSeconds} s (${r.limitPerSecond.toFixed(0)}/s); ideal ${r.idealSeconds.toFixed(2)} s, ` +
      `${r.idealPagesPerSecond.toFixed(1)} pages/s`,
    table(rows),
    `   The limiter's own cost per call (acquire + observe, room in the budget): memory store ` +
      `${r.cost.memoryNsPerCall.toFixed(0)} ns (of which an await ${r.cost.awaitNsPerCall.toFixed(0)} ns ` +
      `and two clock reads ${(2 * r.cost.clockNsPerRead).toFixed(0)} ns on this machine), ` +
      `Redis store ${r.cost.redisUsPerCall.toFixed(0)} µs (round trips on 127.0.0.1)`,
  ].join("\n");
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  const line = (row: string[]) =>
    row
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!)))
      .join("  ");
  return [
    line(rows[0]!),
    widths.map((w) => "-".repeat(w)).join("  "),
    ...rows.slice(1).map(line),
  ].join("\n");
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const quick = process.argv.includes("--quick");
  const json = process.argv.find((a) => a.startsWith("--json="))?.slice("--json=".length);
  const result = await benchFleet(quick ? FLEET_SIZES.quick : FLEET_SIZES.full);
  console.log(`\n${formatFleet(result)}`);
  if (json) await writeFile(json, JSON.stringify(result));
}
