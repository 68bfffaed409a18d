// Benchmark 2, bulk reading: every item of an offset-paginated list (insights, `{count, next,
// previous, results}`) with a fixed server latency per page. paginate() with concurrency 1 and 4
// against the baseline, a hand-written loop over `next` as plain openapi-fetch users (and Octokit's
// paginate) do it. Every contender must yield the same items in the same order; that is checked.
import createClient from "openapi-fetch";
import type { paths } from "../generated/schema.js";
import { API_KEY, PROJECT_ID } from "./lib/server.js";
import { startServerProcess } from "./lib/server-process.js";
import { median, now, rotate, settle } from "./lib/stats.js";
import type { CreateClient } from "./overhead.js";

export interface PaginationContender {
  name: string;
  baseline?: boolean;
  /** Reads the whole list; resolves with the item ids in the order they came. */
  read(): Promise<number[]>;
}
export interface PaginationBench {
  pages: number;
  pageSize: number;
  latencyMs: number;
  rounds: number;
  warmup: number;
  items: number;
  pagesServed: number;
  connections: number;
  itemsIdenticalAndInOrder: boolean;
  problems: string[];
  results: { name: string; ms: number; ratio: number; speedup: number; roundsMs: number[] }[];
  /** pages ÷ 4 × latency: concurrency 4 with nothing but the server's latency. */
  idealMs: number;
  /** paginate at concurrency 4 over the ideal. */
  overIdeal: number;
  target: { maxOverIdeal: number; met: boolean };
}

const PATH = "/api/environments/{project_id}/insights/";
/** paginate at concurrency 4 over the ideal, pages ÷ 4 × latency: at most this. */
export const PAGINATION_TARGET = 1.25;

/** Each contender reads the whole list and returns the item ids in the order it yielded them. */
export function paginationContenders({
  createPostHogClient,
  origin,
  pageSize,
}: {
  createPostHogClient: CreateClient;
  origin: string;
  pageSize: number;
}): PaginationContender[] {
  const plain = createClient<paths>({
    baseUrl: origin,
    headers: { Authorization: `Bearer ${API_KEY}` },
  });
  const ours = createPostHogClient({ apiKey: API_KEY, host: origin, projectId: PROJECT_ID });
  const viaPaginate = (concurrency: number) => async () => {
    const ids: number[] = [];
    for await (const insight of ours.paginate(
      PATH,
      { params: { query: { limit: pageSize } } },
      { concurrency },
    )) {
      ids.push(insight.id);
    }
    return ids;
  };

  return [
    {
      name: "hand-written next loop (openapi-fetch)",
      baseline: true,
      read: async () => {
        const ids: number[] = [];
        let query: Record<string, string | number> = { limit: pageSize };
        for (;;) {
          const { data, error } = await plain.GET(PATH, {
            params: { path: { project_id: PROJECT_ID }, query },
          });
          if (error) throw new Error(`page failed: ${JSON.stringify(error)}`);
          const page = data as Exclude<typeof data, string | undefined>;
          for (const insight of page.results) ids.push(insight.id);
          if (!page.next) return ids;
          // openapi-fetch takes a path template, not a URL: carry the next link's query over.
          query = Object.fromEntries(new URL(page.next).searchParams);
        }
      },
    },
    { name: "paginate, concurrency 1", read: viaPaginate(1) },
    { name: "paginate, concurrency 4", read: viaPaginate(4) },
  ];
}

/** Checks that ids are exactly 1..total in order; returns a description of the first difference. */
export function checkOrder(ids: number[], total: number): string | undefined {
  if (ids.length !== total) return `${ids.length} items instead of ${total}`;
  for (let i = 0; i < total; i++) {
    if (ids[i] !== i + 1) return `item ${i} is id ${ids[i]}, expected ${i + 1}`;
  }
  return undefined;
}

/**
 * The whole benchmark: `pages` pages of `pageSize` items, `latencyMs` per page, `rounds` timed rounds
 * after `warmup` untimed ones. Returns the median time of each contender and its speedup over the
 * hand-written loop.
 */
export async function benchPagination({
  createPostHogClient,
  pages = 100,
  pageSize = 100,
  latencyMs = 20,
  rounds = 5,
  warmup = 1,
}: {
  createPostHogClient: CreateClient;
  pages?: number;
  pageSize?: number;
  latencyMs?: number;
  rounds?: number;
  warmup?: number;
}): Promise<PaginationBench> {
  const total = pages * pageSize;
  // The server in its own process: its latency timers and JSON do not queue behind the client's work.
  const server = await startServerProcess({ latencyMs, items: total });
  let result: Omit<PaginationBench, "pagesServed" | "connections">;
  try {
    const contenders = paginationContenders({
      createPostHogClient,
      origin: server.origin,
      pageSize,
    });
    const samples = new Map(contenders.map((c) => [c.name, [] as number[]]));
    const problems: string[] = [];
    for (let round = -warmup; round < rounds; round++) {
      for (const contender of rotate(contenders, round + warmup)) {
        await settle();
        const start = now();
        const ids = await contender.read();
        const elapsed = now() - start;
        const problem = checkOrder(ids, total);
        if (problem) problems.push(`${contender.name}: ${problem}`);
        if (round >= 0) samples.get(contender.name)!.push(elapsed);
      }
    }
    const baseline = median(samples.get(contenders.find((c) => c.baseline)!.name)!);
    const results = contenders.map((c) => {
      const ms = median(samples.get(c.name)!);
      return {
        name: c.name,
        ms,
        ratio: ms / baseline,
        speedup: baseline / ms,
        roundsMs: samples.get(c.name)!,
      };
    });
    const c4 = results.find((r) => r.name === "paginate, concurrency 4")!;
    const idealMs = (pages / 4) * latencyMs;
    result = {
      pages,
      pageSize,
      latencyMs,
      rounds,
      warmup,
      items: total,
      itemsIdenticalAndInOrder: problems.length === 0,
      problems: [...new Set(problems)],
      results,
      idealMs,
      overIdeal: c4.ms / idealMs,
      target: {
        maxOverIdeal: PAGINATION_TARGET,
        met: problems.length === 0 && c4.ms / idealMs <= PAGINATION_TARGET,
      },
    };
  } catch (error) {
    await server.close();
    throw error;
  }
  const served = await server.close();
  return { ...result, pagesServed: served.pages, connections: served.connections };
}
