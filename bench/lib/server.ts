// The benchmarks' server: PostHog's environments API as far as the benchmarks need it, on 127.0.0.1
// with keep-alive. It answers a small dashboard (per-request overhead), offset pages of insights with
// a configurable latency (bulk reading), and a persons CSV export generated on the fly, written with
// backpressure so that neither side holds the export in memory.
import { once } from "node:events";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";

export const PROJECT_ID = 1;
export const DASHBOARD_ID = 7;
export const API_KEY = "phx_benchmark_key_0123456789";
const BASE = `/api/environments/${PROJECT_ID}`;

const dashboard = Buffer.from(
  JSON.stringify({
    id: DASHBOARD_ID,
    name: "Product KPIs",
    description: "Weekly numbers",
    pinned: true,
    created_at: "2026-09-14T10:05:00Z",
    created_by: null,
    is_shared: false,
    deleted: false,
    creation_mode: "default",
    tags: ["kpi"],
    restriction_level: 21,
    effective_restriction_level: 21,
    effective_privilege_level: 37,
    user_access_level: "editor",
    access_control_version: "v2",
    last_refreshed: "2026-11-22T16:40:03Z",
    tiles: [],
  }),
);

/** The insight at a 0-based position of the list: its id is position + 1. */
export function insightAt(position: number) {
  return {
    id: position + 1,
    short_id: `s${String(position).padStart(7, "0")}`,
    name: `Insight ${position + 1}`,
    description: "Signups per week, by the first touch channel",
    favorited: position % 7 === 0,
    deleted: false,
    created_at: "2026-09-14T10:05:00Z",
    last_modified_at: "2026-11-01T12:00:00Z",
    tags: ["growth"],
    dashboards: [DASHBOARD_ID],
  };
}

// The persons export: the columns PostHog's CSV renderer gives persons (sorted, dotted, indexed).
export const CSV_COLUMNS = [
  "created_at",
  "distinct_ids.0",
  "id",
  "is_identified",
  "name",
  "properties.$browser",
  "properties.$current_url",
  "properties.$initial_referring_domain",
  "properties.email",
  "properties.plan",
  "type",
  "uuid",
];
const BROWSERS = ["Chrome", "Firefox", "Safari"];
const PLANS = ["free", "startup", "enterprise"];

/** Row i of the export (0-based), without its line break. About 250 bytes. */
export function csvRow(i: number): string {
  const n = String(i).padStart(8, "0");
  const uuid = `0192f1a2-3b4c-7d5e-8f60-7182${n}`;
  const email = `person${n}@example.com`;
  return `2026-10-01T08:00:00Z,user-${n},${uuid},${i % 3 === 0 ? "False" : "True"},${email},${
    BROWSERS[i % 3]
  },https://app.example.com/project/${n}/insights/trends,www.google.com,${email},${
    PLANS[i % 3]
  },person,${uuid}`;
}

/** How many of the first `rows` rows have is_identified True (a check on what a reader saw). */
export const identifiedCount = (rows: number): number => rows - Math.ceil(rows / 3);
export const distinctIdOf = (i: number): string => `user-${String(i).padStart(8, "0")}`;

/** The export's exact size in bytes, header included (all rows are ASCII). */
export function csvBytes(rows: number): number {
  let total = CSV_COLUMNS.join(",").length + 1;
  for (let i = 0; i < rows; i++) total += csvRow(i).length + 1;
  return total;
}

/**
 * Starts the server. `settings` can be changed while it runs: `latencyMs` (delay before each
 * insights page), `items` (the insights list's length).
 */
export interface BenchSettings {
  latencyMs: number;
  items: number;
}
export interface Served {
  connections: number;
  dashboard: number;
  pages: number;
  csvRows: number;
}
export interface BenchServer {
  origin: string;
  settings: BenchSettings;
  /** Counts of connections accepted (keep-alive keeps this low) and of what was served. */
  served: Served;
  close(): Promise<void>;
}

export async function startBenchServer(initial: Partial<BenchSettings> = {}): Promise<BenchServer> {
  const settings: BenchSettings = { latencyMs: 0, items: 10_000, ...initial };
  const served: Served = { connections: 0, dashboard: 0, pages: 0, csvRows: 0 };
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    handle(req, res, settings, served, origin).catch((error) => res.destroy(error));
  });
  server.keepAliveTimeout = 120_000;
  server.on("connection", (socket) => {
    served.connections++;
    socket.setNoDelay(true);
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    settings,
    served,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

async function handle(
  req: IncomingMessage,
  res: ServerResponse,
  settings: BenchSettings,
  stats: Served,
  origin: string,
): Promise<void> {
  const url = new URL(req.url ?? "/", origin);
  if (req.headers.authorization !== `Bearer ${API_KEY}`) {
    return void json(res, 401, { type: "authentication_error", detail: "Bad key" });
  }
  if (req.method !== "GET") return void json(res, 405, { detail: "Method not allowed." });

  if (url.pathname === `${BASE}/dashboards/${DASHBOARD_ID}/`) {
    stats.dashboard++;
    res.writeHead(200, { "Content-Type": "application/json", "Content-Length": dashboard.length });
    return void res.end(dashboard);
  }

  if (url.pathname === `${BASE}/insights/`) {
    const limit = Number(url.searchParams.get("limit") ?? 100);
    const offset = Number(url.searchParams.get("offset") ?? 0);
    const count = settings.items;
    const results: ReturnType<typeof insightAt>[] = [];
    for (let at = offset; at < Math.min(offset + limit, count); at++) results.push(insightAt(at));
    const link = (at: number) => {
      const next = new URL(url);
      next.searchParams.set("offset", String(at));
      return next.href;
    };
    const page = {
      count,
      next: offset + limit < count ? link(offset + limit) : null,
      previous: offset > 0 ? link(Math.max(0, offset - limit)) : null,
      results,
    };
    if (settings.latencyMs > 0) await new Promise((r) => setTimeout(r, settings.latencyMs));
    stats.pages++;
    return void json(res, 200, page);
  }

  if (url.pathname === `${BASE}/persons/` && url.searchParams.get("format") === "csv") {
    const rows = Number(url.searchParams.get("limit") ?? 100);
    res.writeHead(200, {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": 'attachment; filename="persons.csv"',
    });
    let closed = false;
    res.on("close", () => (closed = true));
    res.write(`${CSV_COLUMNS.join(",")}\n`);
    const perChunk = 256; // about 64 KB
    for (let start = 0; start < rows && !closed; start += perChunk) {
      let chunk = "";
      for (let i = start; i < Math.min(start + perChunk, rows); i++) chunk += `${csvRow(i)}\n`;
      stats.csvRows += Math.min(perChunk, rows - start);
      // Backpressure: wait for the socket to drain before generating more.
      if (!res.write(chunk)) await drained(res);
    }
    return void res.end();
  }

  return void json(res, 404, { type: "invalid_request", code: "not_found", detail: "Not found." });
}

/** Resolves when the response can take more data, or is closed. */
function drained(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off("drain", done);
      res.off("close", done);
      resolve();
    };
    res.on("drain", done);
    res.on("close", done);
  });
}

function json(res: ServerResponse, status: number, body: unknown): void {
  const bytes = Buffer.from(JSON.stringify(body));
  res.writeHead(status, { "Content-Type": "application/json", "Content-Length": bytes.length });
  res.end(bytes);
}
