// CSV: the `format: "csv"` switch on GET, and csvRows() (rows keyed by the header, streamed), over nock
// and over real 127.0.0.1 sockets that deliver the body in awkward pieces.
import nock from "nock";
import { afterEach, describe, expect, expectTypeOf, it } from "vitest";
import {
  createPostHogClient,
  PostHogApiError,
  PostHogNetworkError,
  PostHogParameterError,
  PostHogResponseError,
  type CsvRow,
} from "../../src/index.js";
import { sleep, startServer, until, type Handler, type TestServer } from "../helpers/server.js";

const HOST = "https://us.posthog.com";
const BASE = "/api/environments/1";
const EVENTS = "/api/environments/{project_id}/events/" as const;
const PERSONS = "/api/environments/{project_id}/persons/" as const;
const INSIGHTS = "/api/environments/{project_id}/insights/" as const;
const TREND = "/api/environments/{project_id}/insights/trend/" as const;

const posthog = createPostHogClient({ apiKey: "phx_k", projectId: 1, retry: false });

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

/** A client whose fetch records every request it is asked to send (and answers an empty 200). */
function recordingClient() {
  const sent: Request[] = [];
  const client = createPostHogClient({
    apiKey: "phx_k",
    projectId: 1,
    retry: false,
    fetch: async (request) => {
      sent.push(request);
      return new Response("", { status: 200, headers: { "content-type": "text/csv" } });
    },
  });
  return { client, sent };
}

// What PostHog's CSV renderer sends: nested JSON flattened into dotted column names.
const EVENTS_CSV =
  "id,distinct_id,event,timestamp,properties.$browser,properties.$current_url,person.distinct_ids.0\r\n" +
  "01932b4c-7f3e-7c2a-9d1e-2f6a8b9c0d1e,user-1,$pageview,2026-11-20T10:15:00.123000+00:00,Chrome,https://example.com/pricing,user-1\r\n" +
  "01932b4c-8a01-7c2a-9d1e-2f6a8b9c0d1f,user-2,$autocapture,2026-11-20T10:16:02.000000+00:00,Firefox,https://example.com/,user-2\r\n";
const EVENTS_JSON = {
  next: null,
  results: [
    {
      id: "01932b4c-7f3e-7c2a-9d1e-2f6a8b9c0d1e",
      distinct_id: "user-1",
      properties: { $browser: "Chrome" },
      event: "$pageview",
      timestamp: "2026-11-20T10:15:00.123000+00:00",
      elements: [],
      elements_chain: "",
    },
  ],
};
const PERSONS_CSV =
  "id,name,distinct_ids.0,distinct_ids.1,properties.email,properties.plan,created_at,uuid\r\n" +
  "1234567,ada@example.com,user-1,0192f1a2-3b4c-7d5e-8f60-718293a4b5c6,ada@example.com,pro,2026-10-01T08:00:00Z,0192f1a2-3b4c-7d5e-8f60-718293a4b5c6\r\n";
const PERSONS_JSON = { next: null, previous: null, results: [] };
// The insights list is flattened as one object: a single very wide row.
const INSIGHTS_CSV =
  "count,next,previous,results.0.id,results.0.short_id,results.0.name,results.1.id,results.1.short_id,results.1.name\r\n" +
  '2,,,3001,aBcD1234,Weekly signups,3002,eFgH5678,"Revenue, by plan"\r\n';
const INSIGHTS_JSON = { count: 0, next: null, previous: null, results: [] };
const TREND_CSV =
  "result.0.label,result.0.count,result.0.data.0,result.0.data.1,result.0.labels.0,result.0.labels.1,timezone\r\n" +
  "$pageview,30,12,18,20-Nov-2026,21-Nov-2026,UTC\r\n";
const TREND_JSON = { result: [], timezone: "UTC" };

describe('GET with format: "csv"', () => {
  const cases = [
    {
      name: "events list",
      path: EVENTS,
      url: `${BASE}/events/`,
      csv: EVENTS_CSV,
      json: EVENTS_JSON,
      type: "text/csv; charset=utf-8",
    },
    {
      name: "persons list",
      path: PERSONS,
      url: `${BASE}/persons/`,
      csv: PERSONS_CSV,
      json: PERSONS_JSON,
      type: "text/csv; charset=utf-8",
    },
    {
      name: "insights list",
      path: INSIGHTS,
      url: `${BASE}/insights/`,
      csv: INSIGHTS_CSV,
      json: INSIGHTS_JSON,
      type: "text/csv; charset=utf-8",
    },
    // PostHog really labels the trend CSV as HTML.
    {
      name: "insights trend",
      path: TREND,
      url: `${BASE}/insights/trend/`,
      csv: TREND_CSV,
      json: TREND_JSON,
      type: "text/html; charset=utf-8",
    },
  ] as const;

  for (const c of cases) {
    it(`${c.name}: sends format=csv with Accept: text/csv and returns the CSV text as it came`, async () => {
      const scope = nock(HOST, {
        reqheaders: { authorization: "Bearer phx_k", accept: "text/csv" },
      })
        .get(c.url)
        .query({ format: "csv" })
        .reply(200, c.csv, { "Content-Type": c.type });

      const { data, error, response } = await posthog.GET(c.path as typeof EVENTS, {
        params: { query: { format: "csv" } },
      });

      scope.done();
      expect(error).toBeUndefined();
      expect(response.headers.get("content-type")).toBe(c.type);
      expect(typeof data).toBe("string");
      expect(data).toBe(c.csv);
    });

    it(`${c.name}: format "json" and no format both parse JSON and send Accept: application/json`, async () => {
      const scope = nock(HOST, { reqheaders: { accept: "application/json" } })
        .get(c.url)
        .query({ format: "json" })
        .reply(200, c.json)
        .get(c.url)
        .query((q) => Object.keys(q).length === 0)
        .reply(200, c.json);

      const withJson = await posthog.GET(c.path as typeof EVENTS, {
        params: { query: { format: "json" } },
      });
      const withNothing = await posthog.GET(c.path as typeof EVENTS);

      scope.done();
      expect(withJson.data).toEqual(c.json);
      expect(withNothing.data).toEqual(c.json);
    });
  }

  it("types data as a string for csv and as the JSON page otherwise", async () => {
    nock(HOST).get(`${BASE}/events/`).query(true).reply(200, EVENTS_CSV);
    const csv = await createPostHogClient({
      apiKey: "phx_k",
      projectId: 1,
      throwOnError: true,
    }).GET(EVENTS, { params: { query: { format: "csv" } } });
    expectTypeOf(csv.data).toEqualTypeOf<string>();
    expect(csv.data).toBe(EVENTS_CSV);
  });

  it("keeps the other query parameters next to format=csv", async () => {
    const scope = nock(HOST)
      .get(`${BASE}/persons/`)
      .query({ format: "csv", search: "ada", limit: "100" })
      .reply(200, PERSONS_CSV, { "Content-Type": "text/csv" });
    const { data } = await posthog.GET(PERSONS, {
      params: { query: { format: "csv", search: "ada", limit: 100 } },
    });
    scope.done();
    expect(data).toBe(PERSONS_CSV);
  });

  it('gives data === "" for an empty 200 body', async () => {
    const scope = nock(HOST)
      .get(`${BASE}/events/`)
      .query({ format: "csv" })
      .reply(200, "", { "Content-Type": "text/csv; charset=utf-8" });
    const { data, error } = await posthog.GET(EVENTS, { params: { query: { format: "csv" } } });
    scope.done();
    expect(error).toBeUndefined();
    expect(data).toBe("");
  });

  it("returns CSV text that is not JSON without trying to parse it", async () => {
    const text = 'a,b\r\n"{not json",2\r\n';
    nock(HOST).get(`${BASE}/insights/`).query({ format: "csv" }).reply(200, text);
    const { data } = await posthog.GET(INSIGHTS, { params: { query: { format: "csv" } } });
    expect(data).toBe(text);
  });

  it.each([
    ["dashboards retrieve", "/api/environments/{project_id}/dashboards/{id}/", { id: 42 }],
    [
      "events retrieve",
      "/api/environments/{project_id}/events/{id}/",
      { id: "01932b4c-7f3e-7c2a-9d1e-2f6a8b9c0d1e" },
    ],
    ["persons retrieve", "/api/environments/{project_id}/persons/{id}/", { id: 1234567 }],
  ])(
    "is refused on %s with a PostHogParameterError, before any request",
    async (_name, path, pathParams) => {
      const { client, sent } = recordingClient();
      const error = await client
        .GET(path as never, { params: { path: pathParams, query: { format: "csv" } } } as never)
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(PostHogParameterError);
      expect(error).toMatchObject({ parameter: "format", location: "query" });
      expect((error as Error).message).toContain("cannot answer CSV");
      expect(sent).toHaveLength(0);
    },
  );
});

describe("csvRows over nock", () => {
  it("sends format=csv with the other params, Accept: text/csv and the key, and yields rows keyed by header", async () => {
    const scope = nock(HOST, {
      reqheaders: { authorization: "Bearer phx_k", accept: "text/csv" },
    })
      .get(`${BASE}/persons/`)
      .query({ search: "ada", limit: "2", format: "csv" })
      .reply(200, PERSONS_CSV, { "Content-Type": "text/csv; charset=utf-8" });

    const rows = await collect(
      posthog.csvRows(PERSONS, { params: { query: { search: "ada", limit: 2 } } }),
    );

    scope.done();
    expect(rows).toEqual([
      {
        id: "1234567",
        name: "ada@example.com",
        "distinct_ids.0": "user-1",
        "distinct_ids.1": "0192f1a2-3b4c-7d5e-8f60-718293a4b5c6",
        "properties.email": "ada@example.com",
        "properties.plan": "pro",
        created_at: "2026-10-01T08:00:00Z",
        uuid: "0192f1a2-3b4c-7d5e-8f60-718293a4b5c6",
      },
    ]);
    expectTypeOf(rows).toEqualTypeOf<CsvRow[]>();
    expectTypeOf<CsvRow>().toEqualTypeOf<Record<string, string>>();
  });

  it("overrides a format the caller passed with csv", async () => {
    const scope = nock(HOST, { reqheaders: { accept: "text/csv" } })
      .get(`${BASE}/events/`)
      .query({ event: "$pageview", format: "csv" })
      .reply(200, EVENTS_CSV, { "Content-Type": "text/csv" });
    const rows = await collect(
      posthog.csvRows(EVENTS, { params: { query: { event: "$pageview", format: "json" } } }),
    );
    scope.done();
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      "properties.$browser": "Chrome",
      "properties.$current_url": "https://example.com/pricing",
      "person.distinct_ids.0": "user-1",
      event: "$pageview",
    });
    expect(rows[1]).toMatchObject({ distinct_id: "user-2", "properties.$browser": "Firefox" });
  });

  it("reads quoted fields with commas, newlines and doubled quotes, CRLF endings, and empty cells", async () => {
    const body =
      "id,name,properties.note,properties.$browser\r\n" +
      '1,"Lovelace, Ada","line one\r\nline two",Chrome\r\n' +
      '2,"say ""hi""",,\r\n' +
      '3,,"",Safari\r\n';
    nock(HOST)
      .get(`${BASE}/persons/`)
      .query({ format: "csv" })
      .reply(200, body, { "Content-Type": "text/csv" });

    const rows = await collect(posthog.csvRows(PERSONS));

    expect(rows).toEqual([
      {
        id: "1",
        name: "Lovelace, Ada",
        "properties.note": "line one\r\nline two",
        "properties.$browser": "Chrome",
      },
      { id: "2", name: 'say "hi"', "properties.note": "", "properties.$browser": "" },
      { id: "3", name: "", "properties.note": "", "properties.$browser": "Safari" },
    ]);
  });

  it("reads LF endings and a last row with no trailing newline", async () => {
    nock(HOST)
      .get(`${BASE}/events/`)
      .query({ format: "csv" })
      .reply(200, "event,distinct_id\n$pageview,u1\n$identify,u2", { "Content-Type": "text/csv" });
    const rows = await collect(posthog.csvRows(EVENTS));
    expect(rows).toEqual([
      { event: "$pageview", distinct_id: "u1" },
      { event: "$identify", distinct_id: "u2" },
    ]);
  });

  it("strips a UTF-8 BOM from the first header and decodes UTF-8", async () => {
    const body = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from("name,properties.city\r\nRenée,Zürich\r\n日本,東京\r\n", "utf8"),
    ]);
    nock(HOST)
      .get(`${BASE}/persons/`)
      .query({ format: "csv" })
      .reply(200, body, { "Content-Type": "text/csv" });
    const rows = await collect(posthog.csvRows(PERSONS));
    expect(Object.keys(rows[0]!)).toEqual(["name", "properties.city"]);
    expect(rows).toEqual([
      { name: "Renée", "properties.city": "Zürich" },
      { name: "日本", "properties.city": "東京" },
    ]);
  });

  it("yields no rows for an empty body", async () => {
    const scope = nock(HOST)
      .get(`${BASE}/events/`)
      .query({ format: "csv" })
      .reply(200, "", { "Content-Type": "text/csv" });
    expect(await collect(posthog.csvRows(EVENTS))).toEqual([]);
    scope.done();
  });

  it("yields no rows for a header with no data rows", async () => {
    nock(HOST)
      .get(`${BASE}/events/`)
      .query({ format: "csv" })
      .reply(200, "event,distinct_id\r\n", { "Content-Type": "text/csv" });
    expect(await collect(posthog.csvRows(EVENTS))).toEqual([]);
  });

  it("yields the insights list as the one wide row PostHog sends", async () => {
    nock(HOST)
      .get(`${BASE}/insights/`)
      .query({ format: "csv" })
      .reply(200, INSIGHTS_CSV, { "Content-Type": "text/csv" });
    const rows = await collect(posthog.csvRows(INSIGHTS));
    expect(rows).toEqual([
      {
        count: "2",
        next: "",
        previous: "",
        "results.0.id": "3001",
        "results.0.short_id": "aBcD1234",
        "results.0.name": "Weekly signups",
        "results.1.id": "3002",
        "results.1.short_id": "eFgH5678",
        "results.1.name": "Revenue, by plan",
      },
    ]);
  });

  it("reads the insights trend CSV although it is labelled text/html", async () => {
    nock(HOST)
      .get(`${BASE}/insights/trend/`)
      .query({ format: "csv", interval: "day" })
      .reply(200, TREND_CSV, { "Content-Type": "text/html; charset=utf-8" });
    const rows = await collect(posthog.csvRows(TREND, { params: { query: { interval: "day" } } }));
    expect(rows).toEqual([
      {
        "result.0.label": "$pageview",
        "result.0.count": "30",
        "result.0.data.0": "12",
        "result.0.data.1": "18",
        "result.0.labels.0": "20-Nov-2026",
        "result.0.labels.1": "21-Nov-2026",
        timezone: "UTC",
      },
    ]);
  });

  it("throws a PostHogApiError with the status for a non-2xx answer", async () => {
    nock(HOST).get(`${BASE}/events/`).query({ format: "csv" }).reply(
      403,
      {
        type: "authentication_error",
        code: "permission_denied",
        detail: "API key missing required scope 'query:read'",
        attr: null,
      },
      { "Content-Type": "application/json" },
    );
    const error = await collect(posthog.csvRows(EVENTS)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PostHogApiError);
    expect(error).toMatchObject({ status: 403, code: "permission_denied", method: "GET" });
    expect((error as PostHogApiError).path).toBe(`${BASE}/events/?format=csv`);
  });

  it("throws a PostHogApiError for a 500 with an HTML body", async () => {
    nock(HOST)
      .get(`${BASE}/persons/`)
      .query({ format: "csv" })
      .reply(500, "<html><body>Server Error</body></html>", { "Content-Type": "text/html" });
    const error = await collect(posthog.csvRows(PERSONS)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PostHogApiError);
    expect((error as PostHogApiError).status).toBe(500);
  });

  it("throws a PostHogResponseError when the server answers JSON instead of CSV", async () => {
    nock(HOST)
      .get(`${BASE}/insights/`)
      .query({ format: "csv" })
      .reply(200, INSIGHTS_JSON, { "Content-Type": "application/json" });
    const error = await collect(posthog.csvRows(INSIGHTS)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PostHogResponseError);
    expect(error).toMatchObject({ status: 200, method: "GET", path: `${BASE}/insights/` });
    expect((error as Error).message).toContain("answered JSON where CSV was asked for");
  });

  it("refuses a path with no CSV export with a PostHogParameterError, before any request", () => {
    const { client, sent } = recordingClient();
    for (const path of [
      "/api/environments/{project_id}/dashboards/",
      "/api/environments/{project_id}/dashboards/{id}/",
      "/api/environments/{project_id}/events/{id}/",
    ]) {
      let error: unknown;
      try {
        client.csvRows(path as never);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(PostHogParameterError);
      expect(error).toMatchObject({ parameter: "path", location: "path" });
      expect((error as Error).message).toContain("has no CSV export");
    }
    expect(sent).toHaveLength(0);
  });

  it("sends nothing until the first row is asked for", async () => {
    const { client, sent } = recordingClient();
    const rows = client.csvRows(EVENTS);
    await sleep(5);
    expect(sent).toHaveLength(0);
    expect(await collect(rows)).toEqual([]);
    expect(sent).toHaveLength(1);
    expect(new URL(sent[0]!.url).searchParams.get("format")).toBe("csv");
    expect(sent[0]!.headers.get("accept")).toBe("text/csv");
  });
});

// ---------------------------------------------------------------------------------------------------
// Real sockets

let server: TestServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function clientFor(handler: Handler) {
  server = await startServer(handler);
  return createPostHogClient({ apiKey: "phx_k", projectId: 1, host: server.origin, retry: false });
}

/** A handler that writes `pieces` one at a time, pausing a few ms between them, then ends. */
function piecewise(pieces: Buffer[], contentType = "text/csv; charset=utf-8"): Handler {
  return async (_req, res) => {
    res.writeHead(200, { "content-type": contentType });
    for (const piece of pieces) {
      res.write(piece);
      await sleep(3);
    }
    res.end();
  };
}

/** `body` cut at the given byte offsets. */
function splitAt(body: Buffer, offsets: number[]): Buffer[] {
  const pieces: Buffer[] = [];
  let start = 0;
  for (const offset of [...offsets].sort((a, b) => a - b)) {
    pieces.push(body.subarray(start, offset));
    start = offset;
  }
  pieces.push(body.subarray(start));
  return pieces.filter((p) => p.length > 0);
}

describe("csvRows over a real socket", () => {
  const text =
    "id,name,properties.note,properties.city\r\n" +
    '1,"Lovelace, Ada","a ""quoted""\r\nnote",Zürich\r\n' +
    "2,日本,🎉 launch,São Paulo\r\n" +
    "3,Grace,,\r\n";
  const body = Buffer.from(text, "utf8");
  const expected = [
    {
      id: "1",
      name: "Lovelace, Ada",
      "properties.note": 'a "quoted"\r\nnote',
      "properties.city": "Zürich",
    },
    { id: "2", name: "日本", "properties.note": "🎉 launch", "properties.city": "São Paulo" },
    { id: "3", name: "Grace", "properties.note": "", "properties.city": "" },
  ];
  const byteOf = (needle: string, from = 0) => {
    const at = body.indexOf(Buffer.from(needle, "utf8"), from);
    if (at < 0) throw new Error(`${needle} not in body`);
    return at;
  };

  it("reads the body whole, as a baseline", async () => {
    const client = await clientFor(piecewise([body]));
    expect(await collect(client.csvRows(PERSONS))).toEqual(expected);
    const [request] = server!.requests;
    expect(request!.url).toBe("/api/environments/1/persons/?format=csv");
    expect(request!.headers.accept).toBe("text/csv");
    expect(request!.headers.authorization).toBe("Bearer phx_k");
  });

  it("reassembles rows split mid-row, mid-quoted-field, between CR and LF, and inside UTF-8 characters", async () => {
    const cuts = [
      byteOf("properties.note"), // inside the header
      byteOf("\r\n") + 1, // between the header's CR and LF
      byteOf("Lovelace") + 3, // inside a quoted field
      byteOf('""quoted') + 1, // between the two quotes of a doubled quote
      byteOf("\r\nnote") + 1, // between CR and LF inside a quoted field
      byteOf("ü") + 1, // inside "ü" (2 bytes)
      byteOf("日") + 1, // inside "日" (3 bytes)
      byteOf("本") + 2,
      byteOf("🎉") + 1, // inside the emoji (4 bytes)
      byteOf("🎉") + 3,
      byteOf("ã") + 1,
      byteOf("3,Grace") + 1, // mid-row
      body.length - 1, // between the last CR and LF
    ];
    const pieces = splitAt(body, cuts);
    expect(pieces.length).toBe(cuts.length + 1);
    const client = await clientFor(piecewise(pieces));
    expect(await collect(client.csvRows(PERSONS))).toEqual(expected);
  });

  it("reads the body delivered one byte at a time", async () => {
    const pieces = [...body].map((byte) => Buffer.from([byte]));
    const client = await clientFor(async (_req, res) => {
      res.writeHead(200, { "content-type": "text/csv" });
      for (const [i, piece] of pieces.entries()) {
        res.write(piece);
        if (i % 8 === 0) await sleep(1);
      }
      res.end();
    });
    expect(await collect(client.csvRows(PERSONS))).toEqual(expected);
  });

  it("strips a BOM split across two writes", async () => {
    const bom = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from("name,city\r\nRenée,Zürich\r\n"),
    ]);
    const client = await clientFor(
      piecewise([bom.subarray(0, 1), bom.subarray(1, 2), bom.subarray(2, 6), bom.subarray(6)]),
    );
    expect(await collect(client.csvRows(PERSONS))).toEqual([{ name: "Renée", city: "Zürich" }]);
  });

  it("streams 20 000 rows, in order", async () => {
    const total = 20_000;
    const client = await clientFor(async (_req, res) => {
      res.writeHead(200, { "content-type": "text/csv" });
      res.write("id,distinct_id,properties.$browser\r\n");
      for (let start = 0; start < total; start += 2000) {
        let chunk = "";
        for (let i = start; i < start + 2000; i++) chunk += `${i},user-${i},"Chrome, ${i}"\r\n`;
        res.write(chunk);
        await sleep(1);
      }
      res.end();
    });
    let count = 0;
    let last: CsvRow | undefined;
    // Insights trend: the events list's CSV would end with PostHogCsvCapError past its 1000-row cap.
    for await (const row of client.csvRows(TREND)) {
      if (row.id !== String(count))
        throw new Error(`row ${count} came out as ${JSON.stringify(row)}`);
      count++;
      last = row;
    }
    expect(count).toBe(total);
    expect(last).toEqual({
      id: "19999",
      distinct_id: "user-19999",
      "properties.$browser": "Chrome, 19999",
    });
  });

  it("breaking out of the loop cancels the download: the server sees the connection close", async () => {
    let written = 0;
    let closed = false;
    let stoppedAt = 0;
    const client = await clientFor((_req, res) => {
      res.writeHead(200, { "content-type": "text/csv" });
      res.write("id,distinct_id\r\n");
      res.on("close", () => {
        closed = true;
        stoppedAt = written;
      });
      // An endless export: keeps writing until the client goes away.
      const pump = () => {
        if (res.destroyed || closed) return;
        let chunk = "";
        for (let i = 0; i < 200; i++) chunk += `${written + i},user-${written + i}\r\n`;
        written += 200;
        res.write(chunk);
        setTimeout(pump, 1);
      };
      pump();
    });

    const seen: CsvRow[] = [];
    for await (const row of client.csvRows(EVENTS)) {
      seen.push(row);
      if (seen.length === 3) break;
    }
    expect(seen).toEqual([
      { id: "0", distinct_id: "user-0" },
      { id: "1", distinct_id: "user-1" },
      { id: "2", distinct_id: "user-2" },
    ]);
    // The server only stops when the client goes away: without the cancel, this times out.
    await until(() => closed);
    expect(stoppedAt).toBeGreaterThan(0);
  });

  it("an early return() on the iterator also closes the connection", async () => {
    let closed = false;
    const client = await clientFor((_req, res) => {
      res.writeHead(200, { "content-type": "text/csv" });
      res.write("id\r\n1\r\n2\r\n");
      res.on("close", () => (closed = true)); // never ended by the server
    });
    const rows = client.csvRows(EVENTS);
    expect((await rows.next()).value).toEqual({ id: "1" });
    await rows.return(undefined);
    await until(() => closed);
    expect(await rows.next()).toEqual({ done: true, value: undefined });
  });

  describe("a body cut mid-row by the server destroying the socket", () => {
    const cutHandler: Handler = async (_req, res) => {
      res.writeHead(200, { "content-type": "text/csv" }); // chunked: no length to cut short
      res.write("id,name\r\n1,Ada\r\n2,Gr");
      await sleep(5);
      res.socket?.destroy();
    };

    it("rejects with a PostHogNetworkError after the complete rows (never ends quietly)", async () => {
      const client = await clientFor(cutHandler);
      const seen: CsvRow[] = [];
      const error = await (async () => {
        for await (const row of client.csvRows(PERSONS)) seen.push(row);
      })().then(
        () => "ended without an error",
        (e: unknown) => e,
      );
      expect(seen).toEqual([{ id: "1", name: "Ada" }]);
      expect(error).toBeInstanceOf(PostHogNetworkError);
      expect((error as Error).cause).toMatchObject({ name: "TypeError", message: "terminated" });
    });
  });
});
