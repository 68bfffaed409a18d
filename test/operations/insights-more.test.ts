// Insights operations added for issue 9 (and the insights list corrections), through the client,
// against nock: method, exact URL and query, body bytes, the key (or its absence) and the parsed answer.
import nock from "nock";
import { afterEach, describe, expect, it } from "vitest";
import { PostHogApiError } from "../../src/index.js";
import { BASE, HOST, KEY, recordingClient } from "./wire.js";

const { posthog, only } = recordingClient();
const server = () => nock(HOST);
const BEARER = `Bearer ${KEY}`;

afterEach(() => {
  expect(nock.pendingMocks()).toEqual([]);
  nock.cleanAll();
});

const insight = {
  id: 3001,
  short_id: "aBcD1234",
  name: "Weekly signups",
  query: { kind: "InsightVizNode", source: { kind: "TrendsQuery", series: [] } },
  dashboards: [201],
  result: [{ label: "user signed up", data: [3, 5] }],
  is_cached: true,
  filters: {},
};
const activityPage = { results: [], next: null, previous: null, total_count: 0 };

describe("environments_insights_retrieve", () => {
  it("GETs by short_id with refresh, from_dashboard and a JSON filters_override", async () => {
    server().get(`${BASE}/insights/aBcD1234/`).query(true).reply(200, insight);
    const { data } = await posthog.GET("/api/environments/{project_id}/insights/{id}/", {
      params: {
        path: { id: "aBcD1234" },
        query: {
          refresh: "blocking",
          from_dashboard: 201,
          filters_override: { date_from: "-7d" },
        },
      },
    });
    const sent = only();
    expect(sent.method).toBe("GET");
    expect(sent.url).toBe(
      `${HOST}${BASE}/insights/aBcD1234/?refresh=blocking&from_dashboard=201&filters_override=${encodeURIComponent('{"date_from":"-7d"}')}`,
    );
    expect(sent.headers.get("authorization")).toBe(BEARER);
    expect(data?.is_cached).toBe(true);
    expect(data).toEqual(insight);
  });

  it("sends the legacy refresh=true", async () => {
    server().get(`${BASE}/insights/3001/`).query({ refresh: "true" }).reply(200, insight);
    await posthog.GET("/api/environments/{project_id}/insights/{id}/", {
      params: { path: { id: 3001 }, query: { refresh: true } },
    });
    expect(only().url).toBe(`${HOST}${BASE}/insights/3001/?refresh=true`);
  });
});

describe("environments_insights_update", () => {
  it("PUTs the writable fields and reads the insight", async () => {
    server().put(`${BASE}/insights/3001/`).reply(200, insight);
    const { data } = await posthog.PUT("/api/environments/{project_id}/insights/{id}/", {
      params: { path: { id: 3001 } },
      body: { name: "Weekly signups", tags: ["growth"], saved: true },
    });
    const sent = only();
    expect(sent.method).toBe("PUT");
    expect(sent.body).toBe('{"name":"Weekly signups","tags":["growth"],"saved":true}');
    expect(sent.headers.get("authorization")).toBe(BEARER);
    expect(data?.short_id).toBe("aBcD1234");
  });
});

describe("environments_insights_partial_update", () => {
  it("PATCHes {deleted: true} to soft-delete", async () => {
    server()
      .patch(`${BASE}/insights/3001/`)
      .reply(200, { ...insight, deleted: true });
    const { data } = await posthog.PATCH("/api/environments/{project_id}/insights/{id}/", {
      params: { path: { id: 3001 } },
      body: { deleted: true },
    });
    const sent = only();
    expect(sent.method).toBe("PATCH");
    expect(sent.url).toBe(`${HOST}${BASE}/insights/3001/`);
    expect(sent.body).toBe('{"deleted":true}');
    expect(data?.deleted).toBe(true);
  });
});

describe("environments_insights_destroy", () => {
  it("is refused with 405 and no body: PostHogApiError when thrown", async () => {
    server().delete(`${BASE}/insights/3001/`).reply(405);
    const error = await posthog
      .DELETE("/api/environments/{project_id}/insights/{id}/", {
        params: { path: { id: 3001 } },
        throwOnError: true,
      })
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    const sent = only();
    expect(sent.method).toBe("DELETE");
    expect(sent.headers.get("authorization")).toBe(BEARER);
    expect(error).toBeInstanceOf(PostHogApiError);
    expect((error as PostHogApiError).status).toBe(405);
  });
});

describe("environments_insights_activity_retrieve_2", () => {
  it("GETs one insight's activity by page", async () => {
    server().get(`${BASE}/insights/3001/activity/`).query({ page: "2" }).reply(200, activityPage);
    const { data } = await posthog.GET("/api/environments/{project_id}/insights/{id}/activity/", {
      params: { path: { id: 3001 }, query: { page: 2 } },
    });
    const sent = only();
    expect(sent.url).toBe(`${HOST}${BASE}/insights/3001/activity/?page=2`);
    expect(sent.headers.get("authorization")).toBe(BEARER);
    expect(data).toEqual(activityPage);
  });
});

describe("environments_insights_activity_retrieve", () => {
  it("GETs the project-wide insights activity", async () => {
    server().get(`${BASE}/insights/activity/`).query({ limit: "20" }).reply(200, activityPage);
    const { data } = await posthog.GET("/api/environments/{project_id}/insights/activity/", {
      params: { query: { limit: 20 } },
    });
    expect(only().url).toBe(`${HOST}${BASE}/insights/activity/?limit=20`);
    expect(data?.total_count).toBe(0);
  });
});

describe("environments_insights_analyze_retrieve", () => {
  it("sends no key (personal API keys are refused) and reads {result}", async () => {
    server().get(`${BASE}/insights/3001/analyze/`).reply(200, { result: "Signups rose." });
    const { data } = await posthog.GET("/api/environments/{project_id}/insights/{id}/analyze/", {
      params: { path: { id: 3001 } },
      headers: { Cookie: "sessionid=abc" },
    });
    const sent = only();
    expect(sent.headers.get("authorization")).toBeNull();
    expect(sent.headers.get("cookie")).toBe("sessionid=abc");
    expect(data).toEqual({ result: "Signups rose." });
  });
});

const suggestions = [{ title: "Break down by country" }];

describe("environments_insights_suggestions_retrieve", () => {
  it("GETs the suggestions without the key", async () => {
    server().get(`${BASE}/insights/3001/suggestions/`).reply(200, suggestions);
    const { data } = await posthog.GET(
      "/api/environments/{project_id}/insights/{id}/suggestions/",
      { params: { path: { id: 3001 } } },
    );
    const sent = only();
    expect(sent.url).toBe(`${HOST}${BASE}/insights/3001/suggestions/`);
    expect(sent.headers.get("authorization")).toBeNull();
    expect(data).toEqual(suggestions);
  });
});

describe("environments_insights_suggestions_create", () => {
  it("POSTs {context} without the key", async () => {
    server().post(`${BASE}/insights/3001/suggestions/`).reply(200, suggestions);
    const { data } = await posthog.POST(
      "/api/environments/{project_id}/insights/{id}/suggestions/",
      { params: { path: { id: 3001 } }, body: { context: "growth review" } },
    );
    const sent = only();
    expect(sent.body).toBe('{"context":"growth review"}');
    expect(sent.headers.get("authorization")).toBeNull();
    expect(data).toEqual(suggestions);
  });
});

describe("environments_insights_cancel_create", () => {
  it("POSTs {client_query_id} without the key and answers 201 with no body", async () => {
    server().post(`${BASE}/insights/cancel/`).reply(201);
    const { data, response } = await posthog.POST(
      "/api/environments/{project_id}/insights/cancel/",
      {
        body: { client_query_id: "q-123" },
      },
    );
    const sent = only();
    expect(sent.body).toBe('{"client_query_id":"q-123"}');
    expect(sent.headers.get("authorization")).toBeNull();
    expect(response.status).toBe(201);
    expect(data).toBeUndefined();
  });
});

describe("environments_insights_generate_name_create", () => {
  it("POSTs {query} and reads the suggested name", async () => {
    server().post(`${BASE}/insights/generate_name/`).reply(200, { name: "Weekly signups" });
    const { data } = await posthog.POST("/api/environments/{project_id}/insights/generate_name/", {
      body: { query: { kind: "InsightVizNode" } },
    });
    const sent = only();
    expect(sent.body).toBe('{"query":{"kind":"InsightVizNode"}}');
    expect(sent.headers.get("authorization")).toBe(BEARER);
    expect(data?.name).toBe("Weekly signups");
  });
});

describe("environments_insights_my_last_viewed_retrieve", () => {
  it("GETs a bare array without the key", async () => {
    server().get(`${BASE}/insights/my_last_viewed/`).reply(200, [insight]);
    const { data } = await posthog.GET("/api/environments/{project_id}/insights/my_last_viewed/");
    const sent = only();
    expect(sent.url).toBe(`${HOST}${BASE}/insights/my_last_viewed/`);
    expect(sent.headers.get("authorization")).toBeNull();
    expect(data?.[0]?.short_id).toBe("aBcD1234");
  });
});

describe("environments_insights_trending_retrieve", () => {
  it("sends days and limit and reads the single page", async () => {
    const page = {
      count: 1,
      next: null,
      previous: null,
      results: [{ ...insight, view_count: 14, viewers: [] }],
    };
    server().get(`${BASE}/insights/trending/`).query({ days: "30", limit: "5" }).reply(200, page);
    const { data } = await posthog.GET("/api/environments/{project_id}/insights/trending/", {
      params: { query: { days: 30, limit: 5 } },
    });
    const sent = only();
    expect(sent.url).toBe(`${HOST}${BASE}/insights/trending/?days=30&limit=5`);
    expect(sent.headers.get("authorization")).toBe(BEARER);
    expect(data?.results[0]?.view_count).toBe(14);
  });
});

describe("environments_insights_viewed_create", () => {
  it("POSTs {insight_ids} and answers 201 with no body", async () => {
    server().post(`${BASE}/insights/viewed/`).reply(201);
    const { data, response } = await posthog.POST(
      "/api/environments/{project_id}/insights/viewed/",
      {
        body: { insight_ids: [3001, 3002] },
      },
    );
    const sent = only();
    expect(sent.body).toBe('{"insight_ids":[3001,3002]}');
    expect(sent.headers.get("authorization")).toBe(BEARER);
    expect(response.status).toBe(201);
    expect(data).toBeUndefined();
  });
});

const THRESHOLD_ID = "0192f3c4-1111-7000-8000-000000000002";
const threshold = { id: THRESHOLD_ID, name: "", configuration: {}, alerts: [] };

describe("environments_insights_thresholds_list", () => {
  it("GETs a limit/offset page of thresholds", async () => {
    const page = { count: 1, next: null, previous: null, results: [threshold] };
    server().get(`${BASE}/insights/3001/thresholds/`).query({ limit: "10" }).reply(200, page);
    const { data } = await posthog.GET(
      "/api/environments/{project_id}/insights/{insight_id}/thresholds/",
      { params: { path: { insight_id: 3001 }, query: { limit: 10 } } },
    );
    const sent = only();
    expect(sent.url).toBe(`${HOST}${BASE}/insights/3001/thresholds/?limit=10`);
    expect(sent.headers.get("authorization")).toBe(BEARER);
    expect(data?.results[0]?.id).toBe(THRESHOLD_ID);
  });
});

describe("environments_insights_thresholds_retrieve", () => {
  it("GETs one threshold by UUID", async () => {
    server().get(`${BASE}/insights/3001/thresholds/${THRESHOLD_ID}/`).reply(200, threshold);
    const { data } = await posthog.GET(
      "/api/environments/{project_id}/insights/{insight_id}/thresholds/{id}/",
      { params: { path: { insight_id: 3001, id: THRESHOLD_ID } } },
    );
    expect(only().url).toBe(`${HOST}${BASE}/insights/3001/thresholds/${THRESHOLD_ID}/`);
    expect(data).toEqual(threshold);
  });
});

describe("corrections: the insights list filters the server reads", () => {
  it("sends user and favorited as true, JSON-encoded dashboards, tags and events, and dates", async () => {
    const page = { count: 0, next: null, previous: null, results: [] };
    server().get(`${BASE}/insights/`).query(true).reply(200, page);
    await posthog.GET("/api/environments/{project_id}/insights/", {
      params: {
        query: {
          user: true,
          favorited: true,
          insight: "SQL",
          dashboards: [201, 202],
          tags: ["growth"],
          events: ["$pageview"],
          created_date_from: "-30d",
          order: "-last_viewed_at",
          hide_feature_flag_insights: true,
        },
      },
    });
    const url = new URL(only().url);
    expect(url.searchParams.get("user")).toBe("true");
    expect(url.searchParams.get("favorited")).toBe("true");
    expect(url.searchParams.get("insight")).toBe("SQL");
    expect(url.searchParams.get("dashboards")).toBe("[201,202]");
    expect(url.searchParams.get("tags")).toBe('["growth"]');
    expect(url.searchParams.get("events")).toBe('["$pageview"]');
    expect(url.searchParams.get("created_date_from")).toBe("-30d");
    expect(url.searchParams.get("order")).toBe("-last_viewed_at");
    expect(url.searchParams.get("hide_feature_flag_insights")).toBe("true");
  });
});

describe("corrections: a share password's id is an integer", () => {
  it("parses share_passwords[].id as the number the server sends", async () => {
    const config = {
      created_at: "2026-11-02T09:31:40.002Z",
      enabled: true,
      access_token: "tok",
      settings: null,
      password_required: true,
      share_passwords: [{ id: 41, created_at: "2026-11-02T09:31:40.002Z", is_active: true }],
    };
    server().get(`${BASE}/insights/3001/sharing/`).reply(200, config);
    const { data } = await posthog.GET(
      "/api/environments/{project_id}/insights/{insight_id}/sharing/",
      { params: { path: { insight_id: 3001 } } },
    );
    only();
    const id: number | undefined = data?.share_passwords[0]?.id;
    expect(id).toBe(41);
  });
});
