// paginate() over every pagination style these operations use (nock).
import nock from "nock";
import { describe, expect, it } from "vitest";
import { createPostHogClient, PostHogApiError, PostHogParameterError } from "../../src/index.js";

const host = "https://us.posthog.com";
const base = "/api/environments/1";
const posthog = createPostHogClient({
  apiKey: "phx_k",
  projectId: 1,
  retry: { baseDelayMs: 1, maxDelayMs: 1 },
});

const insight = (id: number) => ({ id, short_id: `s${id}`, name: `Insight ${id}` });

describe("limit/offset lists with a count (insights, hog functions)", () => {
  it("follows next until it is null, yielding items in order, with auth on every page", async () => {
    const scope = nock(host, { reqheaders: { authorization: "Bearer phx_k" } })
      .get(`${base}/insights/`)
      .query({ limit: "2", basic: "true" })
      .reply(200, {
        count: 5,
        next: `${host}${base}/insights/?basic=true&limit=2&offset=2`,
        previous: null,
        results: [insight(1), insight(2)],
      })
      .get(`${base}/insights/`)
      .query({ basic: "true", limit: "2", offset: "2" })
      .reply(200, {
        count: 5,
        next: `${host}${base}/insights/?basic=true&limit=2&offset=4`,
        previous: `${host}${base}/insights/?basic=true&limit=2`,
        results: [insight(3), insight(4)],
      })
      .get(`${base}/insights/`)
      .query({ basic: "true", limit: "2", offset: "4" })
      .reply(200, {
        count: 5,
        next: null,
        previous: `${host}${base}/insights/?basic=true&limit=2&offset=2`,
        results: [insight(5)],
      });
    const ids: number[] = [];
    for await (const item of posthog.paginate("/api/environments/{project_id}/insights/", {
      params: { query: { limit: 2, basic: true } },
    })) {
      ids.push(item.id);
    }
    expect(ids).toEqual([1, 2, 3, 4, 5]);
    scope.done();
  });

  it(".pages() gives each page's results, count, next and response", async () => {
    nock(host)
      .get(`${base}/hog_functions/`)
      .query({ type: "destination,transformation" })
      .reply(200, {
        count: 3,
        next: `${host}${base}/hog_functions/?limit=2&offset=2&type=destination%2Ctransformation`,
        previous: null,
        results: [{ id: "a" }, { id: "b" }],
      })
      .get(`${base}/hog_functions/`)
      .query({ limit: "2", offset: "2", type: "destination,transformation" })
      .reply(200, { count: 3, next: null, previous: null, results: [{ id: "c" }] });
    const pages = [];
    for await (const page of posthog
      .paginate("/api/environments/{project_id}/hog_functions/", {
        params: { query: { type: ["destination", "transformation"] } },
      })
      .pages()) {
      pages.push({
        ids: page.results.map((r) => r.id),
        count: page.count,
        next: page.next,
        status: page.response.status,
      });
    }
    expect(pages).toEqual([
      {
        ids: ["a", "b"],
        count: 3,
        next: `${host}${base}/hog_functions/?limit=2&offset=2&type=destination%2Ctransformation`,
        status: 200,
      },
      { ids: ["c"], count: 3, next: null, status: 200 },
    ]);
  });

  it("stops at maxItems without fetching more, cutting the last page", async () => {
    const scope = nock(host)
      .get(`${base}/insights/`)
      .reply(200, {
        count: 9,
        next: `${host}${base}/insights/?limit=3&offset=3`,
        previous: null,
        results: [insight(1), insight(2), insight(3)],
      })
      .get(`${base}/insights/`)
      .query({ limit: "3", offset: "3" })
      .reply(200, {
        count: 9,
        next: `${host}${base}/insights/?limit=3&offset=6`,
        previous: null,
        results: [insight(4), insight(5), insight(6)],
      });
    const items = await posthog
      .paginate("/api/environments/{project_id}/insights/", undefined, { maxItems: 4 })
      .toArray();
    expect(items.map((i) => i.id)).toEqual([1, 2, 3, 4]);
    scope.done(); // the third page was never asked for: nock would fail on an unexpected request
  });

  it("stops at maxPages", async () => {
    nock(host)
      .get(`${base}/insights/`)
      .reply(200, {
        count: 9,
        next: `${host}${base}/insights/?limit=3&offset=3`,
        previous: null,
        results: [insight(1), insight(2), insight(3)],
      });
    const items = await posthog
      .paginate("/api/environments/{project_id}/insights/", {}, { maxPages: 1 })
      .toArray();
    expect(items).toHaveLength(3);
  });

  it("retries a failing page like any call", async () => {
    nock(host)
      .get(`${base}/insights/`)
      .reply(200, {
        count: 2,
        next: `${host}${base}/insights/?limit=1&offset=1`,
        previous: null,
        results: [insight(1)],
      })
      .get(`${base}/insights/`)
      .query({ limit: "1", offset: "1" })
      .reply(503, "")
      .get(`${base}/insights/`)
      .query({ limit: "1", offset: "1" })
      .reply(200, { count: 2, next: null, previous: null, results: [insight(2)] });
    expect(
      (await posthog.paginate("/api/environments/{project_id}/insights/").toArray()).map(
        (i) => i.id,
      ),
    ).toEqual([1, 2]);
  });

  it("throws the page's PostHogApiError when a page fails for good", async () => {
    nock(host)
      .get(`${base}/insights/`)
      .reply(200, {
        count: 2,
        next: `${host}${base}/insights/?limit=1&offset=1`,
        previous: null,
        results: [insight(1)],
      })
      .get(`${base}/insights/`)
      .query({ limit: "1", offset: "1" })
      .reply(403, {
        type: "authentication_error",
        code: "permission_denied",
        detail: "API key missing required scope 'insight:read'",
        attr: null,
      });
    const seen: number[] = [];
    const error = await (async () => {
      for await (const item of posthog.paginate("/api/environments/{project_id}/insights/"))
        seen.push(item.id);
    })().catch((e: unknown) => e);
    expect(seen).toEqual([1]);
    expect(error).toBeInstanceOf(PostHogApiError);
    expect((error as PostHogApiError).status).toBe(403);
  });
});

describe("page-number lists (insight variables)", () => {
  it("follows ?page= links", async () => {
    const variable = (n: number) => ({
      id: `0192e7c4-5a6b-7c8d-9e0f-1a2b3c4d5e6${n}`,
      name: `v${n}`,
      type: "Number",
      code_name: `v${n}`,
      created_by: 1,
      created_at: "2026-10-10T10:10:10Z",
    });
    nock(host)
      .get(`${base}/insight_variables/`)
      .reply(200, {
        count: 3,
        next: `${host}${base}/insight_variables/?page=2`,
        previous: null,
        results: [variable(1), variable(2)],
      })
      .get(`${base}/insight_variables/`)
      .query({ page: "2" })
      .reply(200, {
        count: 3,
        next: null,
        previous: `${host}${base}/insight_variables/`,
        results: [variable(3)],
      });
    const names = (
      await posthog.paginate("/api/environments/{project_id}/insight_variables/").toArray()
    ).map((v) => v.name);
    expect(names).toEqual(["v1", "v2", "v3"]);
  });
});

describe("the events list (timestamp cursors, no count)", () => {
  it("follows next and drops the offset it carries, so no rows are skipped twice", async () => {
    const event = (id: string, timestamp: string) => ({
      id,
      distinct_id: "u",
      properties: {},
      event: "$pageview",
      timestamp,
      person: null,
      elements: [],
      elements_chain: "",
    });
    const next = `${host}${base}/events/?event=%24pageview&limit=2&offset=10&before=2026-11-20T10%3A00%3A00%2B00%3A00`;
    const scope = nock(host)
      .get(`${base}/events/`)
      .query({ event: "$pageview", limit: "2", offset: "10" })
      .reply(200, {
        next,
        results: [
          event("e1", "2026-11-20T10:05:00+00:00"),
          event("e2", "2026-11-20T10:00:00+00:00"),
        ],
      })
      .get(`${base}/events/`)
      .query({ event: "$pageview", limit: "2", before: "2026-11-20T10:00:00+00:00" }) // no offset
      .reply(200, { next: null, results: [event("e3", "2026-11-20T09:55:00+00:00")] });
    const pages = [];
    for await (const page of posthog
      .paginate("/api/environments/{project_id}/events/", {
        params: { query: { event: "$pageview", limit: 2, offset: 10 } },
      })
      .pages()) {
      pages.push({ ids: page.results.map((e) => e.id), count: page.count });
    }
    expect(pages).toEqual([
      { ids: ["e1", "e2"], count: undefined },
      { ids: ["e3"], count: undefined },
    ]);
    scope.done();
  });
});

describe("the persons list (count only with include_total)", () => {
  const person = (n: number) => ({
    type: "person",
    id: `0192f1a2-3b4c-7d5e-8f60-71829300000${n}`,
    uuid: `0192f1a2-3b4c-7d5e-8f60-71829300000${n}`,
    created_at: null,
    properties: {},
    is_identified: true,
    name: `p${n}`,
    distinct_ids: [`d${n}`],
  });

  it("follows next without a count", async () => {
    nock(host)
      .get(`${base}/persons/`)
      .reply(200, {
        next: `${host}${base}/persons/?limit=1&offset=1`,
        previous: null,
        results: [person(1)],
      })
      .get(`${base}/persons/`)
      .query({ limit: "1", offset: "1" })
      .reply(200, {
        next: null,
        previous: `${host}${base}/persons/?limit=1`,
        results: [person(2)],
      });
    const pages = [];
    for await (const page of posthog.paginate("/api/environments/{project_id}/persons/").pages())
      pages.push(page);
    expect(pages.map((p) => p.results[0]!.name)).toEqual(["p1", "p2"]);
    expect(pages.map((p) => p.count)).toEqual([undefined, undefined]);
  });

  it("reports the count when include_total is passed", async () => {
    nock(host)
      .get(`${base}/persons/`)
      .query({ include_total: "true" })
      .reply(200, { next: null, previous: null, count: 1, results: [person(1)] });
    const pages = [];
    for await (const page of posthog
      .paginate("/api/environments/{project_id}/persons/", {
        params: { query: { include_total: true } },
      })
      .pages()) {
      pages.push(page.count);
    }
    expect(pages).toEqual([1]);
  });
});

describe("activity pages", () => {
  it("follow next and report total_count as the count", async () => {
    const entry = (n: number) => ({
      id: `0193a4b2-6c1d-7e2f-8a3b-4c5d6e7f809${n}`,
      activity: "updated",
      scope: "Person",
      created_at: "2026-11-20T14:02:11Z",
    });
    nock(host)
      .get(`${base}/persons/5/activity/`)
      .reply(200, {
        results: [entry(1)],
        next: `${host}${base}/persons/5/activity/?page=2&limit=1`,
        previous: null,
        total_count: 2,
      })
      .get(`${base}/persons/5/activity/`)
      .query({ page: "2", limit: "1" })
      .reply(200, { results: [entry(2)], next: null, previous: null, total_count: 2 });
    const pages = [];
    for await (const page of posthog
      .paginate("/api/environments/{project_id}/persons/{id}/activity/", {
        params: { path: { id: 5 } },
      })
      .pages()) {
      pages.push([page.results.map((e) => e.id.slice(-1)), page.count]);
    }
    expect(pages).toEqual([
      [["1"], 2],
      [["2"], 2],
    ]);
  });
});

describe("bare arrays (explicit members, data color themes)", () => {
  it("are one page", async () => {
    const themes = [
      { id: 1, name: "Default Theme", colors: ["#1d4aff"], is_global: true },
      { id: 7, name: "Brand", colors: ["#0b1f3a"], is_global: false },
    ];
    nock(host).get(`${base}/data_color_themes/`).reply(200, themes);
    const pages = [];
    for await (const page of posthog
      .paginate("/api/environments/{project_id}/data_color_themes/")
      .pages())
      pages.push(page);
    expect(pages).toHaveLength(1);
    expect(pages[0]!.results).toEqual(themes);
    expect(pages[0]!.next).toBeNull();
  });

  it("respect maxItems", async () => {
    nock(host)
      .get(`${base}/explicit_members/`)
      .reply(200, [{ id: "a" }, { id: "b" }, { id: "c" }]);
    const items = await posthog
      .paginate("/api/environments/{project_id}/explicit_members/", {}, { maxItems: 2 })
      .toArray();
    expect(items.map((m) => m.id)).toEqual(["a", "b"]);
  });
});

describe("misuse", () => {
  it("refuses a path that is not a list operation", () => {
    const loose = posthog.paginate as unknown as (path: string) => unknown;
    expect(() => loose("/api/environments/{project_id}/dashboards/{id}/")).toThrow(
      PostHogParameterError,
    );
  });

  it("refuses format=csv (use csvRows)", () => {
    const loose = posthog.paginate as unknown as (path: string, init: object) => unknown;
    expect(() =>
      loose("/api/environments/{project_id}/events/", { params: { query: { format: "csv" } } }),
    ).toThrow(/csvRows/);
  });

  it.each([{ maxItems: 0 }, { maxPages: -1 }, { concurrency: 1.5 }])(
    "refuses the option %o",
    (options) => {
      expect(() =>
        posthog.paginate("/api/environments/{project_id}/insights/", {}, options),
      ).toThrow(PostHogParameterError);
    },
  );

  it("rejects with the caller's abort reason", async () => {
    const controller = new AbortController();
    const reason = new Error("stop");
    nock(host)
      .get(`${base}/insights/`)
      .reply(200, {
        count: 2,
        next: `${host}${base}/insights/?limit=1&offset=1`,
        previous: null,
        results: [insight(1)],
      });
    const run = (async () => {
      for await (const _ of posthog.paginate(
        "/api/environments/{project_id}/insights/",
        {},
        { signal: controller.signal },
      )) {
        controller.abort(reason);
      }
    })();
    await expect(run).rejects.toBe(reason);
  });

  it("a page that is not a list is a PostHogPaginationError", async () => {
    nock(host).get(`${base}/insights/`).reply(200, { detail: "unexpected" });
    await expect(
      posthog.paginate("/api/environments/{project_id}/insights/").toArray(),
    ).rejects.toMatchObject({
      name: "PostHogPaginationError",
      reason: "unreadable",
    });
  });
});
