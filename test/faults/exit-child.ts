// Run by exit.test.ts in a child `node --import tsx` process: a representative set of faults against
// the parent's misbehaving servers, one JSON line per scenario on stdout, then "done". It never calls
// process.exit: the parent checks that the process ends by itself, which it cannot while a timer,
// socket or stream the client left behind still holds the event loop. The clients keep the default
// 60 s timeout (except the stall scenario), so a leaked attempt timer alone would keep it alive.
// Unhandled rejections keep Node's default (the process dies with code 1).
import {
  createPostHogClient,
  PostHogError,
  PostHogPaginationError,
  type PostHogClientOptions,
} from "../../src/index.js";

export interface ChildConfig {
  /** Answers with Connection: close. */
  closing: string;
  /** Keeps connections alive after complete answers (idle sockets stay in undici's pool). */
  keepAlive: string;
  /** Must never be contacted. */
  trap: string;
}

export interface ChildLine {
  scenario: string;
  /** The error's class name, or "ok". */
  outcome: string;
  detail?: unknown;
}

const config = JSON.parse(process.argv[2] ?? "{}") as ChildConfig;
const INSIGHTS = "/api/environments/{project_id}/insights/" as const;
const PERSONS = "/api/environments/{project_id}/persons/" as const;

const client = (host: string, options: PostHogClientOptions = {}) =>
  createPostHogClient({
    apiKey: "phx_child_key_0123456789",
    projectId: 1,
    host,
    retry: { baseDelayMs: 1, maxDelayMs: 2 },
    ...options,
  });
const scenario = (name: string) => ({ headers: { "x-scenario": name } });

function report(line: ChildLine): void {
  process.stdout.write(`${JSON.stringify(line)}\n`);
}

async function run(name: string, body: () => Promise<unknown>): Promise<void> {
  try {
    report({ scenario: name, outcome: "ok", detail: await body() });
  } catch (error) {
    report({
      scenario: name,
      outcome: error instanceof PostHogError ? error.name : `untyped ${String(error)}`,
      detail:
        error instanceof PostHogPaginationError
          ? error.reason
          : ((error as { attempts?: number; status?: number }).status ??
            (error as { attempts?: number }).attempts),
    });
  }
}

async function collect<T>(iterable: AsyncIterable<T>, max = Infinity): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) {
    out.push(item);
    if (out.length >= max) break;
  }
  return out;
}

const closing = client(config.closing);
const keepAlive = client(config.keepAlive);

await run("reset-before-headers", () => closing.GET(INSIGHTS, scenario("reset-before-headers")));
await run("reset-mid-body-then-ok", async () => {
  const { data } = await closing.GET(INSIGHTS, scenario("reset-mid-body-then-ok"));
  return (data as { count: number }).count;
});
await run("stall", () =>
  client(config.closing, { timeoutMs: 200, retry: false }).GET(INSIGHTS, scenario("stall")),
);
await run("truncated", () =>
  client(config.closing, { retry: false }).GET(INSIGHTS, scenario("truncated")),
);
await run("invalid-json", () => closing.GET(INSIGHTS, scenario("invalid-json")));
await run("gzip-chunked", async () => {
  const { data } = await keepAlive.GET(INSIGHTS, scenario("gzip-chunked"));
  return (data as { count: number }).count;
});
await run("429-storm", () =>
  closing.GET(INSIGHTS, { ...scenario("429-storm"), throwOnError: true }),
);
await run("503-then-ok", async () => {
  const { data } = await keepAlive.GET(INSIGHTS, scenario("503-then-ok"));
  return (data as { count: number }).count;
});
await run("post-503", () =>
  closing.POST(INSIGHTS, { ...scenario("post-503"), body: { name: "n" }, throwOnError: true }),
);
await run("next-other-port", () =>
  keepAlive.paginate(INSIGHTS, scenario("next-other-port")).toArray(),
);
await run("sse-cut", () => collect(closing.streamDashboardTiles(42, scenario("sse-cut"))));
await run(
  "sse-open-after-complete",
  async () =>
    (await collect(closing.streamDashboardTiles(43, scenario("sse-open-after-complete")))).length,
);
await run("csv-cut", () => collect(closing.csvRows(PERSONS, scenario("csv-cut"))));
await run(
  "csv-early-exit",
  async () => (await collect(closing.csvRows(PERSONS, scenario("csv-early-exit")), 2)).length,
);

process.stdout.write(`done ${JSON.stringify(process.getActiveResourcesInfo())}\n`);
