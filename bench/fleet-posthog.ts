// A loopback PostHog that throttles as the real one does: Django REST framework's
// SimpleRateThrottle per scope and per hashed key (a log of the times it let requests through,
// newest first; entries a whole window old are dropped; a request is refused while `requests`
// remain; every throttle of the view is checked and each that allows logs the request, even when
// another refuses), and a 429 carrying Retry-After = ceil(wait) with DRF's wait formula. Written
// from DRF's and PostHog's behaviour, independently of the client's limiter.
import { createHash } from "node:crypto";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo, Socket } from "node:net";

export interface Rate {
  requests: number;
  perSeconds: number;
}

/** One DRF throttle's state and rule; `now` in seconds. */
export class DrfThrottle {
  /** Newest first, as DRF keeps it. */
  history: number[] = [];
  constructor(readonly rate: Rate) {}

  /** DRF's allow_request: drops old entries, refuses when full, else logs `now`. */
  allow(now: number): boolean {
    while (
      this.history.length &&
      this.history[this.history.length - 1]! <= now - this.rate.perSeconds
    ) {
      this.history.pop();
    }
    if (this.history.length >= this.rate.requests) return false;
    this.history.unshift(now);
    return true;
  }

  /** DRF's wait() after a refusal at `now`: remaining duration / available requests. */
  wait(now: number): number | undefined {
    const remaining = this.history.length
      ? this.rate.perSeconds - (now - this.history[this.history.length - 1]!)
      : this.rate.perSeconds;
    const available = this.rate.requests - this.history.length + 1;
    return available <= 0 ? undefined : remaining / available;
  }
}

export interface Arrival {
  /** Server time in seconds (performance.now() / 1000). */
  at: number;
  ident: string;
  path: string;
  status: number;
}

export interface FakePostHogOptions {
  /** Throttle rates by scope. */
  rates: Record<string, Rate>;
  /** The throttle scopes of a request path (default: clickhouse_burst and clickhouse_sustained,
   * as the insights, events and persons viewsets have). */
  scopesOf?: (path: string) => readonly string[];
  /** Items in the insights list (offset pagination, with a count). */
  items?: number;
  /** Milliseconds each answer takes (default 0). */
  latencyMs?: number;
}

export interface FakePostHog {
  origin: string;
  arrivals: Arrival[];
  /** 429s served, by the throttles or injected. */
  throttled(): number;
  /** The next `count` requests get a 429 with this Retry-After (in seconds), whatever the budget. */
  inject429(count: number, retryAfterSeconds: number): void;
  /** The most requests any one `perSeconds` window held, per key and scope, among those allowed. */
  busiestWindow(scope: string): number;
  close(): Promise<void>;
}

const CLICKHOUSE = ["clickhouse_burst", "clickhouse_sustained"] as const;

export async function startFakePostHog(options: FakePostHogOptions): Promise<FakePostHog> {
  const throttles = new Map<string, DrfThrottle>();
  const arrivals: Arrival[] = [];
  let injected: { count: number; retryAfter: number } = { count: 0, retryAfter: 0 };
  const scopesOf = options.scopesOf ?? (() => CLICKHOUSE);
  const items = options.items ?? 100;
  // Which arrivals each scope counted: [time, ident] of the allowed ones.
  const allowed = new Map<string, { at: number; ident: string }[]>();

  function handle(req: IncomingMessage): {
    status: number;
    headers: Record<string, string>;
    body: string;
  } {
    const url = new URL(req.url ?? "/", "http://fake");
    const now = performance.now() / 1000;
    const auth = req.headers.authorization;
    if (!auth)
      return json(401, {
        type: "authentication_error",
        code: "not_authenticated",
        detail: "Authentication credentials were not provided.",
        attr: null,
      });
    // PostHog's throttles key on the hashed personal API key.
    const ident = createHash("sha256").update(auth).digest("hex");
    const arrival: Arrival = { at: now, ident, path: url.pathname, status: 200 };
    arrivals.push(arrival);

    let waits: (number | undefined)[] = [];
    if (injected.count > 0) {
      injected.count--;
      waits = [injected.retryAfter];
    } else {
      for (const scope of scopesOf(url.pathname)) {
        const rate = options.rates[scope];
        if (!rate) continue;
        const key = `throttle_${scope}_${ident}`;
        let throttle = throttles.get(key);
        if (!throttle) throttles.set(key, (throttle = new DrfThrottle(rate)));
        if (throttle.allow(now)) {
          let log = allowed.get(scope);
          if (!log) allowed.set(scope, (log = []));
          log.push({ at: now, ident });
        } else {
          waits.push(throttle.wait(now));
        }
      }
    }
    if (waits.length > 0) {
      arrival.status = 429;
      const known = waits.filter((w): w is number => w !== undefined);
      const wait = known.length ? Math.ceil(Math.max(...known)) : undefined;
      const detail = `Request was throttled.${wait ? ` Expected available in ${wait} second${wait === 1 ? "" : "s"}.` : ""}`;
      return json(
        429,
        { type: "throttled_error", code: "throttled", detail, attr: null },
        wait ? { "Retry-After": String(wait) } : {},
      );
    }
    if (/\/insights\/$/.test(url.pathname)) {
      const limit = Number(url.searchParams.get("limit") ?? 100);
      const offset = Number(url.searchParams.get("offset") ?? 0);
      const results = [];
      for (let id = offset + 1; id <= Math.min(items, offset + limit); id++)
        results.push({ id, name: `insight ${id}` });
      const next =
        offset + limit < items
          ? `${origin}${url.pathname}?limit=${limit}&offset=${offset + limit}`
          : null;
      const previous =
        offset > 0
          ? `${origin}${url.pathname}?limit=${limit}&offset=${Math.max(0, offset - limit)}`
          : null;
      return json(200, { count: items, next, previous, results });
    }
    return json(200, { id: 1, name: "dashboard" });
  }

  const sockets = new Set<Socket>();
  const server: Server = createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      const answer = handle(req);
      const send = () => {
        res.writeHead(answer.status, { "Content-Type": "application/json", ...answer.headers });
        res.end(answer.body);
      };
      if (options.latencyMs) setTimeout(send, options.latencyMs);
      else send();
    });
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    origin,
    arrivals,
    throttled: () => arrivals.filter((a) => a.status === 429).length,
    inject429(count, retryAfterSeconds) {
      injected = { count, retryAfter: retryAfterSeconds };
    },
    busiestWindow(scope) {
      const rate = options.rates[scope];
      const log = allowed.get(scope) ?? [];
      if (!rate) return 0;
      let most = 0;
      for (let i = 0; i < log.length; i++) {
        let inWindow = 0;
        for (let j = i; j >= 0 && log[j]!.at > log[i]!.at - rate.perSeconds; j--) {
          if (log[j]!.ident === log[i]!.ident) inWindow++;
        }
        most = Math.max(most, inWindow);
      }
      return most;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

function json(status: number, body: unknown, headers: Record<string, string> = {}) {
  return { status, headers, body: JSON.stringify(body) };
}

/**
 * The soonest the last of `count` requests can start under these rates, sent back to back with
 * instant answers: the ideal a limiter can approach, in seconds.
 */
export function idealSeconds(count: number, rates: Rate[]): number {
  const throttles = rates.map((rate) => new DrfThrottle(rate));
  let now = 0;
  let sent = 0;
  while (sent < count) {
    // Check every throttle (as DRF does) only when all would allow, so none logs a refused one.
    const fits = throttles.every((t) => {
      const copy = new DrfThrottle(t.rate);
      copy.history = [...t.history];
      return copy.allow(now);
    });
    if (fits) {
      for (const t of throttles) t.allow(now);
      sent++;
      continue;
    }
    // The next moment an entry leaves some full window.
    now = Math.min(
      ...throttles
        .filter((t) => t.history.length >= t.rate.requests)
        .map((t) => t.history[t.rate.requests - 1]! + t.rate.perSeconds + 1e-9),
    );
  }
  return now;
}
