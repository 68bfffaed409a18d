// The dashboards, dashboard collaborators and data color themes operations added by the second round
// of the spec, through the client and over the wire (nock): method, exact path and query, body bytes,
// auth header (none where PostHog refuses personal API keys), parsed answer.
import nock from "nock";
import { describe, expect, it } from "vitest";
import {
  PostHogApiError,
  type Dashboard,
  type DashboardCollaborator,
  type DataColorTheme,
  type PaginatedDashboardBasicList,
  type SharingConfiguration,
  type UserBasic,
} from "../../src/index.js";
import { exampleUser } from "../helpers/fixtures.js";
import { recordingClient } from "../helpers/recording-client.js";

const HOST = "https://us.posthog.com";
const BASE = "/api/environments/12345";
const PROJECTS = "/api/projects/12345";
const AUTH = { reqheaders: { authorization: "Bearer phx_testkey" } };
/** For the operations that refuse personal API keys: the request must carry no Authorization at all. */
const NO_AUTH = { badheaders: ["authorization"] };

/** Every request the client sent, as it went on the wire: the body as text, exactly. */
const { posthog, sent, lastSent } = recordingClient();

const ada = exampleUser();
const grace: UserBasic = {
  ...ada,
  id: 43,
  uuid: "0189c7a2-1b3c-7d4e-8f5a-6b7c8d9e0f13",
  distinct_id: "grace-distinct",
  first_name: "Grace",
  last_name: "Hopper",
  email: "grace@example.com",
};

const kpis: Dashboard = {
  id: 201,
  name: "Product KPIs",
  description: "Weekly numbers for the product review",
  pinned: true,
  created_at: "2026-09-14T10:01:22.103Z",
  created_by: ada,
  last_accessed_at: null,
  last_viewed_at: null,
  is_shared: false,
  deleted: false,
  creation_mode: "default",
  filters: {},
  variables: {},
  tags: ["kpi"],
  restriction_level: 21,
  effective_restriction_level: 21,
  effective_privilege_level: 37,
  user_access_level: "editor",
  access_control_version: "v2",
  last_refresh: null,
  persisted_filters: null,
  persisted_variables: null,
  team_id: 12345,
  tiles: [],
  quick_filter_ids: [],
};

const sharing: SharingConfiguration = {
  created_at: "2026-11-02T09:30:12.511Z",
  enabled: true,
  access_token: "Vv1yVd3Ae7Qx8mPq0sTzRk4LwN2bGcHj",
  settings: { whitelabel: false },
  password_required: false,
  share_passwords: [],
};

const brand: DataColorTheme = {
  id: 7,
  name: "Brand",
  colors: ["#0b1f3a", "#f5a623", "#7ed321"],
  is_global: false,
  created_at: "2026-06-03T11:20:00Z",
  created_by: ada,
};

const collaborator: DashboardCollaborator = {
  id: "0192c3d4-e5f6-7a8b-9c0d-1e2f3a4b5c6d",
  dashboard_id: 201,
  user: grace,
  level: 37,
  added_at: "2026-11-20T09:30:00Z",
  updated_at: "2026-11-20T09:30:00Z",
};

const permissionDenied = (detail: string) => ({
  type: "authentication_error",
  code: "permission_denied",
  detail,
  attr: null,
});

describe("environments_dashboards_list", () => {
  const page: PaginatedDashboardBasicList = {
    count: 1,
    next: null,
    previous: null,
    results: [
      {
        id: 201,
        name: "Product KPIs",
        description: "Weekly numbers for the product review",
        pinned: true,
        created_at: "2026-09-14T10:01:22.103Z",
        created_by: ada,
        last_accessed_at: null,
        last_viewed_at: null,
        is_shared: false,
        deleted: false,
        creation_mode: "default",
        tags: ["kpi", "weekly"],
        restriction_level: 21,
        effective_restriction_level: 21,
        effective_privilege_level: 37,
        user_access_level: "editor",
        access_control_version: "v2",
        last_refresh: null,
        team_id: 12345,
      },
    ],
  };

  it("GETs a page with limit, repeated tags and exclude_generated, sending the key", async () => {
    const scope = nock(HOST, AUTH)
      .get(`${BASE}/dashboards/`)
      .query({ limit: "20", tags: ["kpi", "weekly"], exclude_generated: "true" })
      .reply(200, page);

    const { data, error, response } = await posthog.GET(
      "/api/environments/{project_id}/dashboards/",
      {
        params: { query: { limit: 20, tags: ["kpi", "weekly"], exclude_generated: true } },
      },
    );

    scope.done();
    expect(lastSent()).toEqual({
      method: "GET",
      url: `${HOST}${BASE}/dashboards/?limit=20&tags=kpi&tags=weekly&exclude_generated=true`,
      body: "",
      authorization: "Bearer phx_testkey",
    });
    expect(error).toBeUndefined();
    expect(response.status).toBe(200);
    expect(data).toEqual(page);
  });

  it("is an offset list: paginate follows next and yields the dashboards", async () => {
    const first = { ...page, count: 2, next: `${HOST}${BASE}/dashboards/?limit=1&offset=1` };
    const second = {
      ...page,
      count: 2,
      results: [{ ...page.results[0]!, id: 202, name: "Growth" }],
    };
    const scope = nock(HOST, AUTH)
      .get(`${BASE}/dashboards/`)
      .query({ limit: "1" })
      .reply(200, first)
      .get(`${BASE}/dashboards/`)
      .query({ limit: "1", offset: "1" })
      .reply(200, second);

    const names = (
      await posthog
        .paginate("/api/environments/{project_id}/dashboards/", { params: { query: { limit: 1 } } })
        .toArray()
    ).map((d) => d.name);

    scope.done();
    expect(names).toEqual(["Product KPIs", "Growth"]);
  });
});

describe("environments_dashboards_create", () => {
  it("POSTs the new dashboard as JSON with the key and returns 201 with it", async () => {
    const body = { name: "Product KPIs", tags: ["kpi"], use_template: "PRODUCT_ANALYTICS" };
    const scope = nock(HOST, AUTH)
      .matchHeader("content-type", /^application\/json/)
      .post(`${BASE}/dashboards/`, body)
      .reply(201, { ...kpis, creation_mode: "template" });

    const { data, response } = await posthog.POST("/api/environments/{project_id}/dashboards/", {
      body,
    });

    scope.done();
    expect(lastSent()).toEqual({
      method: "POST",
      url: `${HOST}${BASE}/dashboards/`,
      body: JSON.stringify(body),
      authorization: "Bearer phx_testkey",
    });
    expect(response.status).toBe(201);
    expect(data?.creation_mode).toBe("template");
    expect(data?.id).toBe(201);
  });

  it("throws the 400 PostHog sends for use_dashboard together with use_template", async () => {
    const invalid = {
      type: "validation_error",
      code: "invalid_input",
      detail: "`use_dashboard` and `use_template` cannot be used together",
      attr: null,
    };
    const body = { use_dashboard: 200, use_template: "PRODUCT_ANALYTICS" };
    const scope = nock(HOST, AUTH).post(`${BASE}/dashboards/`, body).reply(400, invalid);

    const failure = await posthog
      .POST("/api/environments/{project_id}/dashboards/", { body, throwOnError: true })
      .catch((e: unknown) => e);

    scope.done();
    expect(failure).toBeInstanceOf(PostHogApiError);
    expect(failure).toMatchObject({ status: 400, detail: invalid.detail });
  });
});

describe("environments_dashboards_update", () => {
  it("PUTs the fields as JSON with the key and returns the dashboard", async () => {
    const body = { name: "KPIs", filters: { date_from: "-7d" } };
    const updated: Dashboard = {
      ...kpis,
      name: "KPIs",
      filters: body.filters,
      persisted_filters: body.filters,
    };
    const scope = nock(HOST, AUTH).put(`${BASE}/dashboards/201/`, body).reply(200, updated);

    const { data, response } = await posthog.PUT(
      "/api/environments/{project_id}/dashboards/{id}/",
      {
        params: { path: { id: 201 } },
        body,
      },
    );

    scope.done();
    expect(lastSent()).toEqual({
      method: "PUT",
      url: `${HOST}${BASE}/dashboards/201/`,
      body: JSON.stringify(body),
      authorization: "Bearer phx_testkey",
    });
    expect(response.status).toBe(200);
    expect(data).toEqual(updated);
  });
});

describe("environments_dashboards_snapshot_create", () => {
  it("POSTs the client results with no key and returns the cache key", async () => {
    const body = { client_results: { "901": { insight_name: "Weekly signups", data: [1, 2, 3] } } };
    const scope = nock(HOST, NO_AUTH)
      .post(`${BASE}/dashboards/201/snapshot/`, body)
      .reply(200, { cache_key: "dashboard_refresh_before_201_42_1795430400.0" });

    const { data, response } = await posthog.POST(
      "/api/environments/{project_id}/dashboards/{id}/snapshot/",
      { params: { path: { id: 201 } }, body },
    );

    scope.done();
    expect(lastSent()).toEqual({
      method: "POST",
      url: `${HOST}${BASE}/dashboards/201/snapshot/`,
      body: JSON.stringify(body),
      authorization: null,
    });
    expect(response.status).toBe(200);
    expect(data).toEqual({ cache_key: "dashboard_refresh_before_201_42_1795430400.0" });
  });
});

describe("environments_dashboards_analyze_refresh_result_create", () => {
  it("POSTs the cache key with no key and returns the summary", async () => {
    const body = { cache_key: "dashboard_refresh_before_201_42_1795430400.0" };
    const scope = nock(HOST, NO_AUTH)
      .post(`${BASE}/dashboards/201/analyze_refresh_result/`, body)
      .reply(200, { result: "Weekly signups rose 12%." });

    const { data, response } = await posthog.POST(
      "/api/environments/{project_id}/dashboards/{id}/analyze_refresh_result/",
      { params: { path: { id: 201 } }, body },
    );

    scope.done();
    expect(lastSent()).toMatchObject({ body: JSON.stringify(body), authorization: null });
    expect(response.status).toBe(200);
    expect(data?.result).toBe("Weekly signups rose 12%.");
  });

  it("returns the {error} body of an expired key", async () => {
    const expired = {
      error: "Analysis context expired or not found. Please refresh the dashboard again.",
    };
    const scope = nock(HOST, NO_AUTH)
      .post(`${BASE}/dashboards/201/analyze_refresh_result/`)
      .reply(400, expired);

    const { data, error, response } = await posthog.POST(
      "/api/environments/{project_id}/dashboards/{id}/analyze_refresh_result/",
      { params: { path: { id: 201 } }, body: { cache_key: "gone" } },
    );

    scope.done();
    expect(data).toBeUndefined();
    expect(response.status).toBe(400);
    expect(error).toEqual(expired);
  });
});

describe("environments_dashboards_sharing_list", () => {
  it("GETs one sharing configuration (not an array) with the key", async () => {
    const scope = nock(HOST, AUTH).get(`${BASE}/dashboards/201/sharing/`).reply(200, sharing);

    const { data, response } = await posthog.GET(
      "/api/environments/{project_id}/dashboards/{dashboard_id}/sharing/",
      { params: { path: { dashboard_id: 201 } } },
    );

    scope.done();
    expect(lastSent()).toMatchObject({
      method: "GET",
      url: `${HOST}${BASE}/dashboards/201/sharing/`,
      authorization: "Bearer phx_testkey",
    });
    expect(response.status).toBe(200);
    expect(Array.isArray(data)).toBe(false);
    expect(data).toEqual(sharing);
  });
});

describe("environments_dashboards_sharing_passwords_create", () => {
  it("POSTs {raw_password, note} with the key and returns 201 with the password", async () => {
    const body = { raw_password: "correct-horse-battery", note: "For the board" };
    const created = {
      id: "0d6f2e8a-51c4-4b7e-9a3f-6c2d8e1b4a70",
      password: "correct-horse-battery",
      note: "For the board",
      created_at: "2026-11-02T09:31:40.002Z",
      created_by_email: "ada@example.com",
    };
    const scope = nock(HOST, AUTH)
      .post(`${BASE}/dashboards/201/sharing/passwords/`, body)
      .reply(201, created);

    const { data, response } = await posthog.POST(
      "/api/environments/{project_id}/dashboards/{dashboard_id}/sharing/passwords/",
      { params: { path: { dashboard_id: 201 } }, body },
    );

    scope.done();
    expect(lastSent()).toEqual({
      method: "POST",
      url: `${HOST}${BASE}/dashboards/201/sharing/passwords/`,
      body: JSON.stringify(body),
      authorization: "Bearer phx_testkey",
    });
    expect(response.status).toBe(201);
    expect(data).toEqual(created);
  });

  it("returns the {error} body when password protection is off", async () => {
    const off = { error: "Password protection must be enabled before creating passwords" };
    const scope = nock(HOST, AUTH)
      .post(`${BASE}/dashboards/201/sharing/passwords/`)
      .reply(400, off);

    const { error, response } = await posthog.POST(
      "/api/environments/{project_id}/dashboards/{dashboard_id}/sharing/passwords/",
      { params: { path: { dashboard_id: 201 } } },
    );

    scope.done();
    expect(response.status).toBe(400);
    expect(error).toEqual(off);
  });
});

describe("environments_dashboards_sharing_passwords_destroy", () => {
  it("DELETEs the password with the key and gets 204", async () => {
    const id = "0d6f2e8a-51c4-4b7e-9a3f-6c2d8e1b4a70";
    const scope = nock(HOST, AUTH)
      .delete(`${BASE}/dashboards/201/sharing/passwords/${id}/`)
      .reply(204);

    const { data, error, response } = await posthog.DELETE(
      "/api/environments/{project_id}/dashboards/{dashboard_id}/sharing/passwords/{password_id}/",
      { params: { path: { dashboard_id: 201, password_id: id } } },
    );

    scope.done();
    expect(lastSent()).toEqual({
      method: "DELETE",
      url: `${HOST}${BASE}/dashboards/201/sharing/passwords/${id}/`,
      body: "",
      authorization: "Bearer phx_testkey",
    });
    expect(error).toBeUndefined();
    expect(response.status).toBe(204);
    expect(data).toBeUndefined();
  });
});

describe("dashboards_collaborators_list_2", () => {
  it("GETs the bare array of collaborators under /api/projects/, with the key", async () => {
    const scope = nock(HOST, AUTH)
      .get(`${PROJECTS}/dashboards/201/collaborators/`)
      .reply(200, [collaborator]);

    const { data, response } = await posthog.GET(
      "/api/projects/{project_id}/dashboards/{dashboard_id}/collaborators/",
      { params: { path: { dashboard_id: 201 } } },
    );

    scope.done();
    expect(lastSent()).toEqual({
      method: "GET",
      url: `${HOST}${PROJECTS}/dashboards/201/collaborators/`,
      body: "",
      authorization: "Bearer phx_testkey",
    });
    expect(response.status).toBe(200);
    expect(data).toEqual([collaborator]);
  });

  it("is an array list: paginate yields its items from one request", async () => {
    const scope = nock(HOST, AUTH)
      .get(`${PROJECTS}/dashboards/201/collaborators/`)
      .reply(200, [collaborator]);

    const items = await posthog
      .paginate("/api/projects/{project_id}/dashboards/{dashboard_id}/collaborators/", {
        params: { path: { dashboard_id: 201 } },
      })
      .toArray();

    scope.done();
    expect(items).toEqual([collaborator]);
  });
});

describe("dashboards_collaborators_create_2", () => {
  it("POSTs {user_uuid, level: 37} with the key and returns 201 with the collaborator", async () => {
    const body = { user_uuid: grace.uuid, level: 37 as const };
    const scope = nock(HOST, AUTH)
      .post(`${PROJECTS}/dashboards/201/collaborators/`, body)
      .reply(201, collaborator);

    const { data, response } = await posthog.POST(
      "/api/projects/{project_id}/dashboards/{dashboard_id}/collaborators/",
      { params: { path: { dashboard_id: 201 } }, body },
    );

    scope.done();
    expect(lastSent()).toEqual({
      method: "POST",
      url: `${HOST}${PROJECTS}/dashboards/201/collaborators/`,
      body: JSON.stringify(body),
      authorization: "Bearer phx_testkey",
    });
    expect(response.status).toBe(201);
    expect(data).toEqual(collaborator);
  });

  it("throws the 400 a dashboard on the lowest restriction level gets", async () => {
    const invalid = {
      type: "validation_error",
      code: "invalid_input",
      detail: "Cannot add collaborators to a dashboard on the lowest restriction level.",
      attr: null,
    };
    const scope = nock(HOST, AUTH)
      .post(`${PROJECTS}/dashboards/202/collaborators/`)
      .reply(400, invalid);

    const failure = await posthog
      .POST("/api/projects/{project_id}/dashboards/{dashboard_id}/collaborators/", {
        params: { path: { dashboard_id: 202 } },
        body: { user_uuid: grace.uuid, level: 37 },
        throwOnError: true,
      })
      .catch((e: unknown) => e);

    scope.done();
    expect(failure).toBeInstanceOf(PostHogApiError);
    expect(failure).toMatchObject({ status: 400, detail: invalid.detail });
  });
});

describe("dashboards_collaborators_destroy_2", () => {
  it("DELETEs by the user's UUID with the key and gets 204", async () => {
    const scope = nock(HOST, AUTH)
      .delete(`${PROJECTS}/dashboards/201/collaborators/${grace.uuid}/`)
      .reply(204);

    const { error, response } = await posthog.DELETE(
      "/api/projects/{project_id}/dashboards/{dashboard_id}/collaborators/{user__uuid}/",
      { params: { path: { dashboard_id: 201, user__uuid: grace.uuid } } },
    );

    scope.done();
    expect(lastSent()).toMatchObject({
      method: "DELETE",
      body: "",
      authorization: "Bearer phx_testkey",
    });
    expect(error).toBeUndefined();
    expect(response.status).toBe(204);
  });

  it("refuses a user id that is not a UUID before sending anything", async () => {
    const before = sent.length;
    await expect(
      posthog.DELETE(
        "/api/projects/{project_id}/dashboards/{dashboard_id}/collaborators/{user__uuid}/",
        {
          params: { path: { dashboard_id: 201, user__uuid: "43" } },
        },
      ),
    ).rejects.toThrow(/UUID/);
    expect(sent).toHaveLength(before);
  });
});

describe("environments_data_color_themes_create", () => {
  it("POSTs {name, colors} with the key and returns 201 with the theme", async () => {
    const body = { name: "Brand", colors: ["#0b1f3a", "#f5a623", "#7ed321"] };
    const scope = nock(HOST, AUTH).post(`${BASE}/data_color_themes/`, body).reply(201, brand);

    const { data, response } = await posthog.POST(
      "/api/environments/{project_id}/data_color_themes/",
      { body },
    );

    scope.done();
    expect(lastSent()).toEqual({
      method: "POST",
      url: `${HOST}${BASE}/data_color_themes/`,
      body: JSON.stringify(body),
      authorization: "Bearer phx_testkey",
    });
    expect(response.status).toBe(201);
    expect(data).toEqual(brand);
  });
});

describe("environments_data_color_themes_retrieve", () => {
  it("GETs a global theme by id with the key", async () => {
    const global: DataColorTheme = {
      id: 1,
      name: "Default Theme",
      colors: ["#1d4aff"],
      is_global: true,
      created_at: null,
      created_by: null,
    };
    const scope = nock(HOST, AUTH).get(`${BASE}/data_color_themes/1/`).reply(200, global);

    const { data, response } = await posthog.GET(
      "/api/environments/{project_id}/data_color_themes/{id}/",
      {
        params: { path: { id: 1 } },
      },
    );

    scope.done();
    expect(lastSent()).toMatchObject({
      method: "GET",
      body: "",
      authorization: "Bearer phx_testkey",
    });
    expect(response.status).toBe(200);
    expect(data).toEqual(global);
    expect(data?.is_global).toBe(true);
  });
});

describe("environments_data_color_themes_update", () => {
  it("PUTs {name, colors} with the key and returns the theme", async () => {
    const body = { name: "Brand 2026", colors: ["#000000"] };
    const scope = nock(HOST, AUTH)
      .put(`${BASE}/data_color_themes/7/`, body)
      .reply(200, { ...brand, ...body });

    const { data, response } = await posthog.PUT(
      "/api/environments/{project_id}/data_color_themes/{id}/",
      {
        params: { path: { id: 7 } },
        body,
      },
    );

    scope.done();
    expect(lastSent()).toEqual({
      method: "PUT",
      url: `${HOST}${BASE}/data_color_themes/7/`,
      body: JSON.stringify(body),
      authorization: "Bearer phx_testkey",
    });
    expect(response.status).toBe(200);
    expect(data).toEqual({ ...brand, ...body });
  });

  it("throws the 403 a global theme gets for anyone but staff", async () => {
    const denied = permissionDenied("Only staff users can edit global themes.");
    const scope = nock(HOST, AUTH).put(`${BASE}/data_color_themes/1/`).reply(403, denied);

    const failure = await posthog
      .PUT("/api/environments/{project_id}/data_color_themes/{id}/", {
        params: { path: { id: 1 } },
        body: { name: "Mine now" },
        throwOnError: true,
      })
      .catch((e: unknown) => e);

    scope.done();
    expect(failure).toBeInstanceOf(PostHogApiError);
    expect(failure).toMatchObject({
      status: 403,
      detail: "Only staff users can edit global themes.",
    });
  });
});

describe("environments_data_color_themes_partial_update", () => {
  it("PATCHes the colors with the key and returns the theme", async () => {
    const body = { colors: ["#111111", "#222222"] };
    const scope = nock(HOST, AUTH)
      .patch(`${BASE}/data_color_themes/7/`, body)
      .reply(200, { ...brand, ...body });

    const { data, response } = await posthog.PATCH(
      "/api/environments/{project_id}/data_color_themes/{id}/",
      {
        params: { path: { id: 7 } },
        body,
      },
    );

    scope.done();
    expect(lastSent()).toMatchObject({ method: "PATCH", body: '{"colors":["#111111","#222222"]}' });
    expect(response.status).toBe(200);
    expect(data?.colors).toEqual(["#111111", "#222222"]);
  });
});

describe("environments_data_color_themes_destroy", () => {
  it("DELETEs the theme with the key and gets 204", async () => {
    const scope = nock(HOST, AUTH).delete(`${BASE}/data_color_themes/7/`).reply(204);

    const { error, response } = await posthog.DELETE(
      "/api/environments/{project_id}/data_color_themes/{id}/",
      {
        params: { path: { id: 7 } },
      },
    );

    scope.done();
    expect(lastSent()).toEqual({
      method: "DELETE",
      url: `${HOST}${BASE}/data_color_themes/7/`,
      body: "",
      authorization: "Bearer phx_testkey",
    });
    expect(error).toBeUndefined();
    expect(response.status).toBe(204);
  });
});

describe("the dashboard retrieve's corrections", () => {
  it("sends filters_override JSON-encoded", async () => {
    const scope = nock(HOST, AUTH)
      .get(`${BASE}/dashboards/201/`)
      .query({ filters_override: '{"date_from":"-7d"}' })
      .reply(200, kpis);

    const { data } = await posthog.GET("/api/environments/{project_id}/dashboards/{id}/", {
      params: { path: { id: 201 }, query: { filters_override: { date_from: "-7d" } } },
    });

    scope.done();
    expect(lastSent().url).toBe(
      `${HOST}${BASE}/dashboards/201/?filters_override=%7B%22date_from%22%3A%22-7d%22%7D`,
    );
    expect(data).toEqual(kpis);
  });
});
