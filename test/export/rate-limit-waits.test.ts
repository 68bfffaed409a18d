// An export's progress counts the rate limiter's waits: the client reports each wait through its
// logger, and a wait feed hands them to the export (as the command line does).
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createMemoryRateLimitStore,
  createPostHogClient,
  createWaitFeed,
  exportList,
  type ExportProgress,
} from "../../src/index.js";
import { KEY, startFakePostHog, type FakePostHog } from "./fake-posthog.js";

let fake: FakePostHog;
let dir: string;
beforeAll(async () => {
  fake = await startFakePostHog({ persons: 30 });
  dir = await mkdtemp(join(tmpdir(), "export-waits-"));
});
afterAll(async () => {
  await fake.close();
  await rm(dir, { recursive: true, force: true });
});

describe("rate-limiter waits in an export's progress", () => {
  it("counts each wait, and passes warnings on but not the routine lines", async () => {
    const passed: string[] = [];
    const feed = createWaitFeed({
      warn: (message) => passed.push(`warn ${message}`),
      error: (message) => passed.push(`error ${message}`),
    });
    const client = createPostHogClient({
      apiKey: KEY,
      host: fake.origin,
      projectId: 1,
      retry: false,
      logger: feed.logger,
      logLevel: "info",
      // Three requests a second: the export's four pages must wait once at least.
      rateLimit: {
        store: createMemoryRateLimitStore(),
        limits: { test_budget: { requests: 3, perSeconds: 1 } },
      },
    });
    const reports: ExportProgress[] = [];
    const result = await exportList(client, "/api/environments/{project_id}/persons/", {
      out: join(dir, "persons.jsonl"),
      format: "jsonl",
      params: { query: { limit: 10 } },
      onProgress: (p) => reports.push(p),
      rateLimitWaits: feed.subscribe,
    });
    expect(result.items).toBe(30);
    const last = reports.at(-1)!;
    expect(last.done).toBe(true);
    expect(last.rateLimitWaits).toBeGreaterThanOrEqual(1);
    expect(last.rateLimitWaitMs).toBeGreaterThan(0);
    expect(passed).toEqual([]);
  });

  it("a feed with no subscriber drops waits; unsubscribing stops them", () => {
    const feed = createWaitFeed();
    const seen: number[] = [];
    const stop = feed.subscribe((ms) => seen.push(ms));
    feed.logger.info("waited", { method: "GET", path: "/x", waitMs: 12 });
    feed.logger.info("retrying", { method: "GET", path: "/x", attempt: 2 });
    stop();
    feed.logger.info("waited", { method: "GET", path: "/x", waitMs: 30 });
    expect(seen).toEqual([12]);
  });
});
