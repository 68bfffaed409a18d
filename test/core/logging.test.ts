// The logger: console-shaped, levelled by logLevel or POSTHOG_LOG, one line per attempt, retry, wait
// and failure with method, redacted path, status, duration and attempt number.
import { afterEach, describe, expect, it, vi } from "vitest";
import { assembleClient } from "../../src/client.js";
import type { Clock } from "../../src/core/clock.js";
import { createPostHogClient, PostHogConfigError, type LogFields } from "../../src/index.js";

const INSIGHTS = "/api/environments/{project_id}/insights/" as const;
const page = { count: 0, next: null, previous: null, results: [] };
const clock: Clock = { now: () => 1_000, random: () => 0.5, sleep: async () => {} };

function recorder() {
  const lines: [string, string, LogFields][] = [];
  const at = (level: string) => (message: string, fields: LogFields) =>
    void lines.push([level, message, fields]);
  return {
    lines,
    logger: { error: at("error"), warn: at("warn"), info: at("info"), debug: at("debug") },
  };
}

const flaky = () => {
  let calls = 0;
  return async () => (calls++ === 0 ? new Response("", { status: 503 }) : Response.json(page));
};

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("logging", () => {
  it("at debug: each attempt, its answer, the retry between", async () => {
    const { lines, logger } = recorder();
    const posthog = assembleClient(
      { apiKey: "phx_k", projectId: 1, logger, logLevel: "debug", fetch: flaky() },
      { clock },
    );
    const { attempts } = await posthog.GET(INSIGHTS, {
      params: { query: { search: "x", limit: 1 } },
    });
    expect(attempts).toBe(2);
    const path = "/api/environments/1/insights/?search=x&limit=1";
    expect(lines).toEqual([
      ["debug", `posthog: GET ${path} attempt 1`, { method: "GET", path, attempt: 1 }],
      [
        "debug",
        `posthog: GET ${path} answered 503 in 0 ms (attempt 1)`,
        { method: "GET", path, attempt: 1, durationMs: 0, status: 503 },
      ],
      [
        "info",
        `posthog: GET ${path} answered 503 (attempt 1); retrying in 250 ms`,
        { method: "GET", path, attempt: 1, durationMs: 0, status: 503, waitMs: 250 },
      ],
      ["debug", `posthog: GET ${path} attempt 2`, { method: "GET", path, attempt: 2 }],
      [
        "debug",
        `posthog: GET ${path} answered 200 in 0 ms (attempt 2)`,
        { method: "GET", path, attempt: 2, durationMs: 0, status: 200 },
      ],
    ]);
  });

  it("at info: retries and failures, with the attempts made", async () => {
    const { lines, logger } = recorder();
    const posthog = assembleClient(
      {
        apiKey: "phx_k",
        projectId: 1,
        logger,
        logLevel: "info",
        retry: { maxRetries: 1 },
        fetch: async () => new Response("", { status: 502 }),
      },
      { clock },
    );
    await posthog.GET(INSIGHTS);
    expect(lines.map(([level, message]) => [level, message])).toEqual([
      [
        "info",
        "posthog: GET /api/environments/1/insights/ answered 502 (attempt 1); retrying in 250 ms",
      ],
      ["info", "posthog: GET /api/environments/1/insights/ failed: answered 502 (2 attempts)"],
    ]);
  });

  it("masks credentials in the logged path", async () => {
    const { lines, logger } = recorder();
    const posthog = assembleClient(
      {
        apiKey: "phx_k",
        projectId: 1,
        logger,
        logLevel: "debug",
        fetch: async () => Response.json(page),
      },
      { clock },
    );
    await posthog.GET(INSIGHTS, { rawQuery: "sharing_access_token=s3cret" } as never);
    expect(JSON.stringify(lines)).not.toContain("s3cret");
  });

  it("takes its level from POSTHOG_LOG, and is quiet by default (warn)", async () => {
    const { lines, logger } = recorder();
    const quiet = assembleClient(
      { apiKey: "phx_k", projectId: 1, logger, fetch: flaky() },
      { clock },
    );
    await quiet.GET(INSIGHTS);
    expect(lines).toEqual([]);
    vi.stubEnv("POSTHOG_LOG", "info");
    const chatty = assembleClient(
      { apiKey: "phx_k", projectId: 1, logger, fetch: flaky() },
      { clock },
    );
    await chatty.GET(INSIGHTS);
    expect(lines.map(([level]) => level)).toEqual(["info"]);
  });

  it("logLevel and logger are checked at creation", () => {
    expect(() => createPostHogClient({ apiKey: "phx_k", logLevel: "loud" as never })).toThrow(
      PostHogConfigError,
    );
    expect(() => createPostHogClient({ apiKey: "phx_k", logger: { info() {} } as never })).toThrow(
      /logger must be console-shaped: it has no error, warn, debug method/,
    );
  });
});
