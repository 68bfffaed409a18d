// Groups operations added for issue 9, and the projects-only group types and usage metrics, through
// the client, against nock: method, exact URL and query, body bytes, the key (or its absence) and the
// parsed answer.
import nock from "nock";
import { afterEach, describe, expect, it } from "vitest";
import { BASE, HOST, KEY, recordingClient } from "./wire.js";

const { posthog, only } = recordingClient();
const server = () => nock(HOST);
const BEARER = `Bearer ${KEY}`;
const PROJECTS = "/api/projects/12345";

afterEach(() => {
  expect(nock.pendingMocks()).toEqual([]);
  nock.cleanAll();
});

const acme = {
  group_type_index: 0,
  group_key: "acme-inc",
  group_properties: { name: "Acme Inc" },
  created_at: "2026-10-01T08:00:00Z",
};

describe("environments_groups_list", () => {
  it("sends group_type_index, search and group_key, and reads a page without count", async () => {
    const page = {
      next: `${HOST}${BASE}/groups/?group_type_index=0&cursor=abc`,
      previous: null,
      results: [acme],
    };
    server().get(`${BASE}/groups/`).query(true).reply(200, page);
    const { data } = await posthog.GET("/api/environments/{project_id}/groups/", {
      params: { query: { group_type_index: 0, search: "acme", group_key: "acme" } },
    });
    const sent = only();
    expect(sent.method).toBe("GET");
    expect(sent.url).toBe(`${HOST}${BASE}/groups/?group_type_index=0&search=acme&group_key=acme`);
    expect(sent.headers.get("authorization")).toBe(BEARER);
    expect(data).toEqual(page);
    expect(data).not.toHaveProperty("count");
  });

  it("follows a cursor as given", async () => {
    server()
      .get(`${BASE}/groups/`)
      .query(true)
      .reply(200, { next: null, previous: null, results: [] });
    await posthog.GET("/api/environments/{project_id}/groups/", {
      params: { query: { group_type_index: 1, cursor: "eyJjIjogMX0=" } },
    });
    expect(only().url).toBe(`${HOST}${BASE}/groups/?group_type_index=1&cursor=eyJjIjogMX0%3D`);
  });
});

describe("environments_groups_related_retrieve", () => {
  it("sends group_type_index and id and reads the related actors", async () => {
    const actors = [{ type: "person", id: "0192f1a2-3b4c-7d5e-8f60-718293a4b5c6", properties: {} }];
    server().get(`${BASE}/groups/related/`).query(true).reply(200, actors);
    const { data } = await posthog.GET("/api/environments/{project_id}/groups/related/", {
      params: { query: { group_type_index: 0, id: "acme-inc" } },
    });
    const sent = only();
    expect(sent.url).toBe(`${HOST}${BASE}/groups/related/?group_type_index=0&id=acme-inc`);
    expect(sent.headers.get("authorization")).toBe(BEARER);
    expect(data?.[0]?.type).toBe("person");
  });
});

const company = {
  group_type: "company",
  group_type_index: 0,
  name_singular: "Company",
  name_plural: "Companies",
  detail_dashboard: 201,
  default_columns: ["name"],
  created_at: "2026-01-15T09:00:00Z",
};

describe("groups_types_list", () => {
  it("GETs the bare array under /api/projects/, with the default project", async () => {
    server().get(`${PROJECTS}/groups_types/`).reply(200, [company]);
    const { data } = await posthog.GET("/api/projects/{project_id}/groups_types/");
    const sent = only();
    expect(sent.url).toBe(`${HOST}${PROJECTS}/groups_types/`);
    expect(sent.headers.get("authorization")).toBe(BEARER);
    expect(data).toEqual([company]);
  });
});

describe("groups_types_destroy", () => {
  it("DELETEs by index and answers 204", async () => {
    server().delete(`${PROJECTS}/groups_types/1/`).reply(204);
    const { data, response } = await posthog.DELETE(
      "/api/projects/{project_id}/groups_types/{group_type_index}/",
      { params: { path: { group_type_index: 1 } } },
    );
    const sent = only();
    expect(sent.method).toBe("DELETE");
    expect(sent.headers.get("authorization")).toBe(BEARER);
    expect(response.status).toBe(204);
    expect(data).toBeUndefined();
  });
});

describe("groups_types_create_detail_dashboard_update", () => {
  it("PUTs {group_type_index} without the key and reads the group type", async () => {
    server().put(`${PROJECTS}/groups_types/create_detail_dashboard/`).reply(200, company);
    const { data } = await posthog.PUT(
      "/api/projects/{project_id}/groups_types/create_detail_dashboard/",
      { body: { group_type_index: 0 } },
    );
    const sent = only();
    expect(sent.method).toBe("PUT");
    expect(sent.body).toBe('{"group_type_index":0}');
    expect(sent.headers.get("authorization")).toBeNull();
    expect(data?.detail_dashboard).toBe(201);
  });
});

describe("groups_types_set_default_columns_update", () => {
  it("PUTs {group_type_index, default_columns} without the key", async () => {
    server().put(`${PROJECTS}/groups_types/set_default_columns/`).reply(200, company);
    const { data } = await posthog.PUT(
      "/api/projects/{project_id}/groups_types/set_default_columns/",
      { body: { group_type_index: 0, default_columns: ["name"] } },
    );
    const sent = only();
    expect(sent.body).toBe('{"group_type_index":0,"default_columns":["name"]}');
    expect(sent.headers.get("authorization")).toBeNull();
    expect(data?.default_columns).toEqual(["name"]);
  });
});

describe("groups_types_update_metadata_partial_update", () => {
  it("PATCHes an array of names without the key and reads every group type", async () => {
    server().patch(`${PROJECTS}/groups_types/update_metadata/`).reply(200, [company]);
    const { data } = await posthog.PATCH(
      "/api/projects/{project_id}/groups_types/update_metadata/",
      { body: [{ group_type_index: 0, name_singular: "Company", name_plural: "Companies" }] },
    );
    const sent = only();
    expect(sent.method).toBe("PATCH");
    expect(sent.body).toBe(
      '[{"group_type_index":0,"name_singular":"Company","name_plural":"Companies"}]',
    );
    expect(sent.headers.get("authorization")).toBeNull();
    expect(data).toEqual([company]);
  });
});

const METRIC_ID = "0192f3c4-2222-7000-8000-000000000003";
const metric = {
  id: METRIC_ID,
  name: "Pageviews",
  format: "numeric",
  interval: 7,
  display: "sparkline",
  filters: { events: [{ id: "$pageview", type: "events" }] },
  math: "count",
  math_property: null,
};

describe("groups_types_metrics_list", () => {
  it("GETs a limit/offset page", async () => {
    const page = { count: 1, next: null, previous: null, results: [metric] };
    server().get(`${PROJECTS}/groups_types/0/metrics/`).query({ limit: "10" }).reply(200, page);
    const { data } = await posthog.GET(
      "/api/projects/{project_id}/groups_types/{group_type_index}/metrics/",
      { params: { path: { group_type_index: 0 }, query: { limit: 10 } } },
    );
    const sent = only();
    expect(sent.url).toBe(`${HOST}${PROJECTS}/groups_types/0/metrics/?limit=10`);
    expect(sent.headers.get("authorization")).toBe(BEARER);
    expect(data?.results[0]?.id).toBe(METRIC_ID);
  });
});

describe("groups_types_metrics_create", () => {
  it("POSTs the metric and answers 201", async () => {
    server().post(`${PROJECTS}/groups_types/0/metrics/`).reply(201, metric);
    const { data, response } = await posthog.POST(
      "/api/projects/{project_id}/groups_types/{group_type_index}/metrics/",
      {
        params: { path: { group_type_index: 0 } },
        body: { name: "Pageviews", filters: { events: [{ id: "$pageview", type: "events" }] } },
      },
    );
    const sent = only();
    expect(sent.body).toBe(
      '{"name":"Pageviews","filters":{"events":[{"id":"$pageview","type":"events"}]}}',
    );
    expect(sent.headers.get("authorization")).toBe(BEARER);
    expect(response.status).toBe(201);
    expect(data).toEqual(metric);
  });
});

describe("groups_types_metrics_retrieve", () => {
  it("GETs one metric", async () => {
    server().get(`${PROJECTS}/groups_types/0/metrics/${METRIC_ID}/`).reply(200, metric);
    const { data } = await posthog.GET(
      "/api/projects/{project_id}/groups_types/{group_type_index}/metrics/{id}/",
      { params: { path: { group_type_index: 0, id: METRIC_ID } } },
    );
    expect(only().url).toBe(`${HOST}${PROJECTS}/groups_types/0/metrics/${METRIC_ID}/`);
    expect(data?.math).toBe("count");
  });
});

describe("groups_types_metrics_update", () => {
  it("PUTs the whole metric", async () => {
    server().put(`${PROJECTS}/groups_types/0/metrics/${METRIC_ID}/`).reply(200, metric);
    await posthog.PUT("/api/projects/{project_id}/groups_types/{group_type_index}/metrics/{id}/", {
      params: { path: { group_type_index: 0, id: METRIC_ID } },
      body: { name: "Pageviews", filters: {}, math: "count" },
    });
    const sent = only();
    expect(sent.method).toBe("PUT");
    expect(sent.body).toBe('{"name":"Pageviews","filters":{},"math":"count"}');
  });
});

describe("groups_types_metrics_partial_update", () => {
  it("PATCHes some fields", async () => {
    server().patch(`${PROJECTS}/groups_types/0/metrics/${METRIC_ID}/`).reply(200, metric);
    const { data } = await posthog.PATCH(
      "/api/projects/{project_id}/groups_types/{group_type_index}/metrics/{id}/",
      { params: { path: { group_type_index: 0, id: METRIC_ID } }, body: { interval: 30 } },
    );
    expect(only().body).toBe('{"interval":30}');
    expect(data?.id).toBe(METRIC_ID);
  });
});

describe("groups_types_metrics_destroy", () => {
  it("DELETEs and answers 204", async () => {
    server().delete(`${PROJECTS}/groups_types/0/metrics/${METRIC_ID}/`).reply(204);
    const { response } = await posthog.DELETE(
      "/api/projects/{project_id}/groups_types/{group_type_index}/metrics/{id}/",
      { params: { path: { group_type_index: 0, id: METRIC_ID } } },
    );
    const sent = only();
    expect(sent.method).toBe("DELETE");
    expect(sent.headers.get("authorization")).toBe(BEARER);
    expect(response.status).toBe(204);
  });
});
