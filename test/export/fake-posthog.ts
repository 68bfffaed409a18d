// A loopback fake of PostHog's persons and events lists, with the server's real pagination and CSV
// caps: persons by limit/offset (`next` while a page is full, `count` only with include_total; CSV
// from offset 0 up to the CSV export limit), events by timestamp cursors (`next` sets `before` to the
// last row's timestamp and keeps every other parameter, offset included; CSV at most `limit` rows,
// never a next page). A request can be held until released, to stop a client mid-export.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { csvCapFor, rowCap, type CsvCap } from "../../src/export/csv-cap.js";
import { csvRecord, sortHeader } from "../../src/export/csv-writer.js";
import { flattenItem } from "../../src/export/flatten.js";

export const KEY = "phx_fake_secret_key_0123456789";
const PERSONS = "/api/environments/{project_id}/persons/";
const EVENTS = "/api/environments/{project_id}/events/";
// PostHog's values (the spec's x-csv-cap, where it has landed): persons CSV_EXPORT_LIMIT, events limit.
export const PERSONS_CAP: CsvCap = csvCapFor(PERSONS) ?? { kind: "fixed", rows: 50_000 };
export const EVENTS_CAP: CsvCap = csvCapFor(EVENTS) ?? {
  kind: "limit",
  defaultLimit: 1000,
  maxLimit: 1000,
};
const EVENTS_MAX_LIMIT = 1000;
const BASE_TIME = Date.UTC(2026, 10, 20, 12, 0, 0);

/** An ISO datetime as Python writes it: microseconds only when there are some. */
function pythonIso(ms: number, zone: string): string {
  return new Date(ms)
    .toISOString()
    .replace(/\.(\d{3})Z$/, (_, f: string) => (f === "000" ? zone : `.${f}000${zone}`));
}

const personId = (i: number) => `0192f1a0-0000-7000-8000-${String(i).padStart(12, "0")}`;

export function makePerson(i: number): Record<string, unknown> {
  const id = personId(i);
  return {
    type: "person",
    id,
    uuid: id,
    created_at: pythonIso(BASE_TIME - i * 1000, "Z"),
    properties: {
      email: `user${i}@${i % 3 === 0 ? "acme.com" : "example.com"}`,
      n: i,
      plan: i % 2 ? "pro" : "free",
    },
    is_identified: i % 2 === 0,
    name: `user${i}`,
    distinct_ids: [`d-${i}`],
    matched_recordings: [],
    value_at_data_point: null,
  };
}

export function makeEvent(i: number): Record<string, unknown> {
  return {
    id: `0192f1a1-0000-7000-8000-${String(i).padStart(12, "0")}`,
    distinct_id: `d-${i % 97}`,
    properties: {
      $browser: i % 2 ? "Chrome" : "Firefox",
      n: i,
      $current_url: `https://example.com/${i}`,
    },
    event: i % 5 === 0 ? "$autocapture" : "$pageview",
    // Newest first, one millisecond apart, as the server's isoformat writes it.
    timestamp: pythonIso(BASE_TIME - i, "+00:00"),
    person: null,
    elements: [],
    elements_chain: "",
  };
}

export interface FakeOptions {
  persons?: number | Record<string, unknown>[];
  events?: number;
  /** Only these columns in CSV answers: keeps a test of a 50,000-row cap fast. */
  csvColumns?: string[];
}

export interface FakePostHog {
  origin: string;
  /** Requests answered or held so far, by list. */
  counts: { persons: number; events: number };
  /** Holds the n-th request (1-based) of a list until release(); resolves when it arrives. */
  hold(list: "persons" | "events", n: number): Promise<void>;
  release(): void;
  /** Adds a person at the front of the list (newest), shifting offsets by one. */
  addPerson(person: Record<string, unknown>): void;
  close(): Promise<void>;
}

export async function startFakePostHog(options: FakeOptions = {}): Promise<FakePostHog> {
  // Built on demand: a 50,000-person fake costs nothing until a page is asked for.
  const base = typeof options.persons === "object" ? options.persons : undefined;
  const baseCount = base?.length ?? (options.persons as number | undefined) ?? 0;
  const added: Record<string, unknown>[] = [];
  const personAt = (i: number) =>
    i < added.length ? added[i]! : (base?.[i - added.length] ?? makePerson(i - added.length));
  const personsSlice = (from: number, to: number) => {
    const out: Record<string, unknown>[] = [];
    for (let i = from; i < Math.min(to, added.length + baseCount); i++) out.push(personAt(i));
    return out;
  };
  const eventCount = options.events ?? 0;
  const counts = { persons: 0, events: 0 };
  let held: { list: string; n: number; arrived: () => void } | undefined;
  let releaseHeld: (() => void) | undefined;
  const sockets = new Set<Socket>();

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", origin);
    // Both route families, as PostHog serves them.
    const list = /\/persons\/$/.test(url.pathname)
      ? "persons"
      : /\/events\/$/.test(url.pathname)
        ? "events"
        : "";
    if (!list)
      return json(res, 404, {
        type: "invalid_request",
        code: "not_found",
        detail: "Not found.",
        attr: null,
      });
    const n = ++counts[list];
    const answer = () => handle(req, res, url, list);
    if (held && held.list === list && held.n === n) {
      const arrived = held.arrived;
      held = undefined;
      releaseHeld = answer;
      arrived();
      return;
    }
    answer();
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  function handle(req: IncomingMessage, res: ServerResponse, url: URL, list: string) {
    if (req.headers.authorization !== `Bearer ${KEY}`) {
      return json(res, 401, {
        type: "authentication_error",
        code: "authentication_failed",
        detail: "Incorrect authentication credentials.",
        attr: null,
      });
    }
    if (!/^\/api\/(environments|projects)\/1\//.test(url.pathname)) {
      return json(res, 403, {
        type: "authentication_error",
        code: "permission_denied",
        detail: "You don't have access to the project.",
        attr: null,
      });
    }
    const csv = url.searchParams.get("format") === "csv";
    if (list === "persons") return personsPage(res, url, csv);
    return eventsPage(res, url, csv);
  }

  function personsPage(res: ServerResponse, url: URL, csv: boolean) {
    const search = url.searchParams.get("search");
    const total = added.length + baseCount;
    const matching = search
      ? personsSlice(0, total).filter((p) => JSON.stringify(p.properties).includes(search))
      : undefined;
    const slice = (from: number, to: number) => matching?.slice(from, to) ?? personsSlice(from, to);
    if (csv) {
      const cap = Math.min(rowCap(PERSONS_CAP, {}) ?? total, total);
      // Ids alone need no whole persons built: a 50,000-row answer stays cheap.
      const idsOnly = options.csvColumns?.join() === "id" && !matching && !base && !added.length;
      const rows = idsOnly
        ? Array.from({ length: cap }, (_, i) => ({ id: personId(i) }))
        : slice(0, cap);
      return csvAnswer(res, rows, options.csvColumns);
    }
    const limit = Number(url.searchParams.get("limit") ?? 100);
    const offset = Number(url.searchParams.get("offset") ?? 0);
    const results = slice(offset, offset + limit);
    const link = (at: number) => {
      const next = new URL(url);
      next.searchParams.set("offset", String(at));
      next.searchParams.set("limit", String(limit));
      return next.href;
    };
    json(res, 200, {
      results,
      next: results.length >= limit ? link(offset + limit) : null,
      previous: offset - limit >= 0 ? link(offset - limit) : null,
      ...(url.searchParams.has("include_total") ? { count: matching?.length ?? total } : {}),
    });
  }

  function eventsPage(res: ServerResponse, url: URL, csv: boolean) {
    const q = url.searchParams;
    const before = q.get("before") ? Date.parse(q.get("before")!) : Infinity;
    const after = q.get("after") ? Date.parse(q.get("after")!) : -Infinity;
    const event = q.get("event");
    const asked = q.get("limit") ? Number(q.get("limit")) : undefined;
    const limit = csv
      ? rowCap(EVENTS_CAP, { limit: asked })!
      : Math.min(asked ?? 100, EVENTS_MAX_LIMIT);
    const results: Record<string, unknown>[] = [];
    let more = false;
    // Event i is at BASE_TIME - i: the first index strictly before `before`.
    for (
      let i = Math.max(0, Number.isFinite(before) ? BASE_TIME - before + 1 : 0);
      i < eventCount;
      i++
    ) {
      const e = makeEvent(i);
      const t = BASE_TIME - i;
      if (t <= after) break;
      if (event && e.event !== event) continue;
      if (results.length === limit) {
        more = true;
        break;
      }
      results.push(e);
    }
    if (csv) return csvAnswer(res, results, options.csvColumns);
    let next: string | null = null;
    if (more) {
      const link = new URL(url);
      link.searchParams.set("before", String(results.at(-1)!.timestamp));
      next = link.href;
    }
    json(res, 200, { next, results });
  }

  return {
    origin,
    counts,
    hold(list, n) {
      return new Promise<void>((resolve) => {
        held = { list, n, arrived: resolve };
      });
    },
    release() {
      const answer = releaseHeld;
      releaseHeld = undefined;
      answer?.();
    },
    addPerson(person) {
      added.unshift(person);
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

function json(res: ServerResponse, status: number, body: unknown) {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(text),
  });
  res.end(text);
}

/** rest_framework_csv's PaginatedCSVRenderer over the rows (the fake's own rendering, for caps). */
function csvAnswer(res: ServerResponse, rows: Record<string, unknown>[], columns?: string[]) {
  const flat = rows.map((row) =>
    columns ? Object.fromEntries(columns.map((c) => [c, String(row[c])])) : flattenItem(row),
  );
  const header = sortHeader(new Set(flat.flatMap((row) => Object.keys(row))));
  res.writeHead(200, { "content-type": "text/csv; charset=utf-8" });
  if (flat.length === 0) return res.end();
  let out = csvRecord(header);
  for (const row of flat) out += csvRecord(header.map((key) => row[key] ?? ""));
  res.end(out);
}
