// One worker of a fleet (a real child process, started by fleet-launch.ts for
// test/rate-limit/fleet.test.ts and bench/fleet.ts):
// reads every page of the insights list with its own client, through a shared Redis store or on
// its own, and reports what it read. Waits for "go" so that the whole fleet starts together.
import { Redis } from "ioredis";
import { createPostHogClient, createRedisRateLimitStore, type RateLimit } from "../src/index.js";

export interface WorkerTask {
  origin: string;
  apiKey: string;
  /** Shared store; without one, the worker's own in-process store (or none: rateLimit false). */
  redisUrl?: string;
  rateLimit: boolean;
  limits: Record<string, RateLimit>;
  pageSize: number;
  concurrency: number;
  retry: boolean;
}

export interface WorkerReport {
  items: number;
  /** The status of the error that ended the read, if one did. */
  failedWith?: number | string;
  ms: number;
}

const task = JSON.parse(process.argv[2]!) as WorkerTask;
// The worker is bundled, so it gives the store a client of its own (bundlers cannot see the
// ioredis that { url } loads at run time).
const redis = task.redisUrl ? new Redis(task.redisUrl) : undefined;
const store = redis ? createRedisRateLimitStore({ client: redis }) : undefined;
// Connect before saying ready: a store call over no budget takes nothing.
await store?.settle([]);
const posthog = createPostHogClient({
  host: task.origin,
  apiKey: task.apiKey,
  projectId: 1,
  retry: task.retry ? {} : false,
  rateLimit: task.rateLimit ? { store, limits: task.limits } : false,
});
process.send!("ready");
process.once("message", async () => {
  const started = performance.now();
  const report: WorkerReport = { items: 0, ms: 0 };
  try {
    const pages = posthog
      .paginate(
        "/api/environments/{project_id}/insights/",
        { params: { query: { limit: task.pageSize } } },
        { concurrency: task.concurrency },
      )
      .pages();
    for await (const page of pages) report.items += page.results.length;
  } catch (error) {
    report.failedWith = (error as { status?: number }).status ?? String(error);
  }
  report.ms = performance.now() - started;
  await redis?.quit();
  process.send!(report, () => process.exit(0));
});
