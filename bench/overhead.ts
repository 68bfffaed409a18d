// Benchmark 1, per-request overhead: many small sequential GETs of one dashboard through our client,
// through raw fetch (the baseline: the physical limit of a fetch-based client) and through plain
// openapi-fetch with the generated `paths` types, all against one keep-alive 127.0.0.1 server.
// A second measure runs the two clients over an in-memory fetch, which isolates the clients' own CPU
// cost per call from the network stack's.
import createClient from "openapi-fetch";
import type { paths } from "../generated/schema.js";
import type { createPostHogClient as CreatePostHogClient } from "../src/index.js";
import { API_KEY, DASHBOARD_ID, PROJECT_ID, startBenchServer } from "./lib/server.js";
import { median, now, rotate, settle } from "./lib/stats.js";

/** The client factory under test: src/ in the smoke test, dist/ in the runner. */
export type CreateClient = typeof CreatePostHogClient;
export type Fetch = (input: Request | string, init?: RequestInit) => Promise<Response>;

export interface OverheadContender {
  name: string;
  baseline?: boolean;
  /** One call; resolves with the dashboard's id. */
  call(): Promise<number>;
}
export interface OverheadResult {
  name: string;
  perRequestUs: number;
  requestsPerSecond: number;
  /** Time per request over raw fetch's. */
  ratio: number;
  overheadUs: number;
  roundsUs: number[];
}
export interface OverheadBench {
  requests: number;
  rounds: number;
  warmup: number;
  /** Dashboard requests the server answered. */
  served: number;
  /** Connections the server accepted: with keep-alive, a handful for thousands of requests. */
  connections: number;
  network: OverheadResult[];
  inMemory: OverheadResult[] | undefined;
  /** Our client over openapi-fetch, the median of the per-round ratios. */
  oursOverOpenapiFetch: number;
  target: { maxRatio: number; met: boolean };
}

const PATH = "/api/environments/{project_id}/dashboards/{id}/";
/** Our client's time per call over plain openapi-fetch's (median of per-round ratios): at most. */
export const OVERHEAD_TARGET = 1.05;

/**
 * The contenders: each is a function making one call and returning the dashboard's id (checked, so
 * a contender that silently fails cannot look fast).
 */
export function overheadContenders({
  createPostHogClient,
  origin,
  fetch: customFetch,
}: {
  createPostHogClient: CreateClient;
  origin: string;
  fetch?: Fetch;
}): OverheadContender[] {
  const doFetch: Fetch = customFetch ?? ((input, init) => globalThis.fetch(input, init));
  const url = `${origin}/api/environments/${PROJECT_ID}/dashboards/${DASHBOARD_ID}/`;
  const auth = `Bearer ${API_KEY}`;

  const plain = createClient<paths>({
    baseUrl: origin,
    headers: { Authorization: auth },
    ...(customFetch ? { fetch: (request) => customFetch(request) } : {}),
  });
  const ours = createPostHogClient({
    apiKey: API_KEY,
    host: origin,
    projectId: PROJECT_ID,
    ...(customFetch ? { fetch: (request) => customFetch(request) } : {}),
  });

  return [
    {
      name: "raw fetch",
      baseline: true,
      call: async () => {
        const response = await doFetch(url, {
          headers: { Authorization: auth, Accept: "application/json" },
        });
        if (!response.ok) throw new Error(`raw fetch got ${response.status}`);
        return ((await response.json()) as { id: number }).id;
      },
    },
    {
      name: "openapi-fetch",
      call: async () => {
        const { data, error } = await plain.GET(PATH, {
          params: { path: { project_id: PROJECT_ID, id: DASHBOARD_ID } },
        });
        if (error) throw new Error(`openapi-fetch got ${JSON.stringify(error)}`);
        return data!.id;
      },
    },
    {
      name: "our client",
      call: async () => {
        const { data, error } = await ours.GET(PATH, { params: { path: { id: DASHBOARD_ID } } });
        if (error) throw new Error(`our client got ${JSON.stringify(error)}`);
        return data!.id;
      },
    },
  ];
}

/**
 * Our client with one caller's signal passed to every call (an app-wide signal, or the one
 * paginate passes to each page): its cost per call must not grow with the calls that used it.
 */
export function signalContender({
  createPostHogClient,
  origin,
}: {
  createPostHogClient: CreateClient;
  origin: string;
}): OverheadContender {
  const ours = createPostHogClient({ apiKey: API_KEY, host: origin, projectId: PROJECT_ID });
  const signal = new AbortController().signal;
  return {
    name: "our client, one caller signal",
    call: async () => {
      const { data, error } = await ours.GET(PATH, {
        params: { path: { id: DASHBOARD_ID } },
        signal,
      });
      if (error) throw new Error(`our client got ${JSON.stringify(error)}`);
      return data!.id;
    },
  };
}

async function runSequential(call: () => Promise<number>, requests: number): Promise<number> {
  const start = now();
  for (let i = 0; i < requests; i++) {
    if ((await call()) !== DASHBOARD_ID) throw new Error("wrong dashboard id");
  }
  return now() - start;
}

/**
 * Times `requests` sequential calls of each contender per round, after a warm-up, with the order
 * rotating between rounds. Returns the median time per request of each, and its ratio to raw fetch.
 */
export async function measureOverhead(
  contenders: OverheadContender[],
  { requests, rounds, warmup }: { requests: number; rounds: number; warmup: number },
): Promise<OverheadResult[]> {
  for (const contender of contenders) await runSequential(contender.call, warmup);
  const samples = new Map(contenders.map((c) => [c.name, [] as number[]]));
  for (let round = 0; round < rounds; round++) {
    for (const contender of rotate(contenders, round)) {
      await settle();
      samples.get(contender.name)!.push((await runSequential(contender.call, requests)) / requests);
    }
  }
  const baseline = median(samples.get(contenders.find((c) => c.baseline)!.name)!);
  return contenders.map((c) => {
    const perRequestMs = median(samples.get(c.name)!);
    return {
      name: c.name,
      perRequestUs: perRequestMs * 1000,
      requestsPerSecond: 1000 / perRequestMs,
      ratio: perRequestMs / baseline,
      overheadUs: (perRequestMs - baseline) * 1000,
      roundsUs: samples.get(c.name)!.map((ms) => ms * 1000),
    };
  });
}

/** A fetch that answers at once from memory, as the server would. */
function inMemoryFetch(body: string): Fetch {
  return async () =>
    new Response(body, {
      status: 200,
      headers: { "Content-Type": "application/json", "Content-Length": String(body.length) },
    });
}

/**
 * The whole benchmark. Sizes: `requests` per contender per round, `rounds`, `warmup` requests, and
 * `memoryRequests` for the in-memory measure (0 skips it).
 */
export async function benchOverhead({
  createPostHogClient,
  requests = 3000,
  rounds = 7,
  warmup = 1000,
  memoryRequests = 20_000,
}: {
  createPostHogClient: CreateClient;
  requests?: number;
  rounds?: number;
  warmup?: number;
  memoryRequests?: number;
}): Promise<OverheadBench> {
  const server = await startBenchServer();
  try {
    const network = await measureOverhead(
      overheadContenders({ createPostHogClient, origin: server.origin }),
      { requests, rounds, warmup },
    );
    let inMemory;
    if (memoryRequests > 0) {
      const body = await (
        await fetch(`${server.origin}/api/environments/${PROJECT_ID}/dashboards/${DASHBOARD_ID}/`, {
          headers: { Authorization: `Bearer ${API_KEY}` },
        })
      ).text();
      inMemory = await measureOverhead(
        overheadContenders({
          createPostHogClient,
          origin: server.origin,
          fetch: inMemoryFetch(body),
        }),
        { requests: memoryRequests, rounds, warmup: Math.min(warmup, memoryRequests) },
      );
    }
    const ours = network.find((r) => r.name === "our client")!;
    const plain = network.find((r) => r.name === "openapi-fetch")!;
    const oursOverOpenapiFetch = median(ours.roundsUs.map((us, i) => us / plain.roundsUs[i]!));
    return {
      requests,
      rounds,
      warmup,
      served: server.served.dashboard,
      connections: server.served.connections,
      network,
      inMemory,
      oursOverOpenapiFetch,
      target: { maxRatio: OVERHEAD_TARGET, met: oursOverOpenapiFetch <= OVERHEAD_TARGET },
    };
  } finally {
    await server.close();
  }
}
