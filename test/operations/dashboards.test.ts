// Dashboards, their tiles and sharing, data color themes and hog functions, through the client and
// over the wire (nock): method, exact path and query, JSON body, auth header, parsed answer, errors.
import nock from "nock";
import { describe, expect, it } from "vitest";
import {
  createPostHogClient,
  PostHogApiError,
  PostHogParameterError,
  type Dashboard,
  type DataColorTheme,
  type PaginatedHogFunctionMinimalList,
  type SharingConfiguration,
  type UserBasic,
} from "../../src/index.js";
import { example } from "../helpers/fixtures.js";

const HOST = "https://us.posthog.com";
const BASE = "/api/environments/12345";
const AUTH = { reqheaders: { authorization: "Bearer phx_testkey" } };
/** For the operations that refuse personal API keys: the request must carry no Authorization at all. */
const NO_AUTH = { badheaders: ["authorization"] };

const posthog = createPostHogClient({ apiKey: "phx_testkey", projectId: 12345, retry: false });

// The spec's example dashboard (one insight tile), and the user who made it.
const productKpis = example("Dashboard");
const weeklySignupsTile = productKpis.tiles![0]!;
const ada: UserBasic = productKpis.created_by!;

const notFound = { type: "invalid_request", code: "not_found", detail: "Not found.", attr: null };
const noPersonalApiKey = {
  type: "authentication_error",
  code: "permission_denied",
  detail: "This action does not support Personal API Key access",
  attr: null,
};

describe("environments_dashboards_retrieve", () => {
  it("GETs the dashboard with its tiles, sending the key", async () => {
    const scope = nock(HOST, AUTH).get(`${BASE}/dashboards/201/`).reply(200, productKpis);

    const { data, error, response } = await posthog.GET(
      "/api/environments/{project_id}/dashboards/{id}/",
      {
        params: { path: { id: 201 } },
      },
    );

    scope.done();
    expect(error).toBeUndefined();
    expect(response.status).toBe(200);
    expect(data).toEqual(productKpis);
    expect(data?.tiles?.[0]?.insight?.name).toBe("Weekly signups");
  });

  it("sends format=json and an explicit project id in place of the default", async () => {
    const scope = nock(HOST, AUTH)
      .get("/api/environments/67890/dashboards/201/")
      .query({ format: "json" })
      .reply(200, { ...productKpis, team_id: 67890 });

    const { data, response } = await posthog.GET(
      "/api/environments/{project_id}/dashboards/{id}/",
      {
        params: { path: { project_id: 67890, id: 201 }, query: { format: "json" } },
      },
    );

    scope.done();
    expect(response.status).toBe(200);
    expect(data).toEqual({ ...productKpis, team_id: 67890 });
  });

  it("encodes the @current project id in the path", async () => {
    const scope = nock(HOST, AUTH)
      .get("/api/environments/%40current/dashboards/201/")
      .reply(200, productKpis);

    const { data } = await posthog.GET("/api/environments/{project_id}/dashboards/{id}/", {
      params: { path: { project_id: "@current", id: 201 } },
    });

    scope.done();
    expect(data).toEqual(productKpis);
  });

  it("throws a PostHogApiError for a soft-deleted (404) dashboard with throwOnError", async () => {
    const scope = nock(HOST, AUTH).get(`${BASE}/dashboards/202/`).reply(404, notFound);

    const failure = await posthog
      .GET("/api/environments/{project_id}/dashboards/{id}/", {
        params: { path: { id: 202 } },
        throwOnError: true,
      })
      .catch((e: unknown) => e);

    scope.done();
    expect(failure).toBeInstanceOf(PostHogApiError);
    const apiError = failure as PostHogApiError;
    expect(apiError.status).toBe(404);
    expect(apiError.code).toBe("not_found");
    expect(apiError.detail).toBe("Not found.");
    expect(apiError.type).toBe("invalid_request");
    expect(apiError.attr).toBeNull();
    expect(apiError.method).toBe("GET");
    expect(apiError.path).toBe(`${BASE}/dashboards/202/`);
    expect(apiError.body).toEqual(notFound);
    expect(apiError.message).toContain("failed with 404 (not_found): Not found.");
  });

  it("returns the error body without throwOnError", async () => {
    const scope = nock(HOST, AUTH).get(`${BASE}/dashboards/202/`).reply(404, notFound);

    const { data, error, response } = await posthog.GET(
      "/api/environments/{project_id}/dashboards/{id}/",
      {
        params: { path: { id: 202 } },
      },
    );

    scope.done();
    expect(data).toBeUndefined();
    expect(error).toEqual(notFound);
    expect(response.status).toBe(404);
  });

  it("refuses an id the spec does not allow before sending anything", async () => {
    await expect(
      posthog.GET("/api/environments/{project_id}/dashboards/{id}/", {
        params: { path: { id: 0 } },
      }),
    ).rejects.toBeInstanceOf(PostHogParameterError);
  });
});

describe("environments_dashboards_partial_update", () => {
  it("PATCHes the changed fields as JSON and returns the updated dashboard", async () => {
    const body = { name: "Product KPIs (weekly)", tags: ["kpi", "weekly"], pinned: false };
    const updated: Dashboard = { ...productKpis, ...body };
    const scope = nock(HOST, AUTH)
      .matchHeader("content-type", /^application\/json/)
      .patch(`${BASE}/dashboards/201/`, body)
      .reply(200, updated);

    const { data, error, response } = await posthog.PATCH(
      "/api/environments/{project_id}/dashboards/{id}/",
      {
        params: { path: { id: 201 } },
        body,
      },
    );

    scope.done();
    expect(error).toBeUndefined();
    expect(response.status).toBe(200);
    expect(data).toEqual(updated);
  });

  it("soft-deletes with {deleted: true, delete_insights: true}", async () => {
    let sent: unknown;
    const deleted: Dashboard = { ...productKpis, deleted: true, pinned: false };
    const scope = nock(HOST, AUTH)
      .patch(`${BASE}/dashboards/201/`, (b) => {
        sent = b;
        return true;
      })
      .reply(200, deleted);

    const { data, error, response } = await posthog.PATCH(
      "/api/environments/{project_id}/dashboards/{id}/",
      {
        params: { path: { id: 201 } },
        body: { deleted: true, delete_insights: true },
      },
    );

    scope.done();
    expect(sent).toStrictEqual({ deleted: true, delete_insights: true });
    expect(error).toBeUndefined();
    expect(response.status).toBe(200);
    expect(data).toEqual(deleted);
    expect(data?.deleted).toBe(true);
  });

  it("sends tile layout updates and filters, which the server accepts although documented read-only", async () => {
    const body = {
      filters: { date_from: "-7d" },
      tiles: [{ id: 901, layouts: { sm: { x: 6, y: 0, w: 6, h: 5 } } }],
    };
    const updated: Dashboard = {
      ...productKpis,
      filters: { date_from: "-7d" },
      persisted_filters: { date_from: "-7d" },
      tiles: [{ ...weeklySignupsTile, layouts: { sm: { x: 6, y: 0, w: 6, h: 5 } } }],
    };
    const scope = nock(HOST, AUTH).patch(`${BASE}/dashboards/201/`, body).reply(200, updated);

    const { data } = await posthog.PATCH("/api/environments/{project_id}/dashboards/{id}/", {
      params: { path: { id: 201 } },
      body,
    });

    scope.done();
    expect(data).toEqual(updated);
  });

  it("throws a PostHogApiError for a 400 validation error naming the field", async () => {
    const invalid = {
      type: "validation_error",
      code: "max_length",
      detail: "Ensure this field has no more than 400 characters.",
      attr: "name",
    };
    const longName = "Q".repeat(401);
    const scope = nock(HOST, AUTH)
      .patch(`${BASE}/dashboards/201/`, { name: longName })
      .reply(400, invalid);

    const failure = await posthog
      .PATCH("/api/environments/{project_id}/dashboards/{id}/", {
        params: { path: { id: 201 } },
        body: { name: longName },
        throwOnError: true,
      })
      .catch((e: unknown) => e);

    scope.done();
    expect(failure).toBeInstanceOf(PostHogApiError);
    expect(failure).toMatchObject({
      status: 400,
      type: "validation_error",
      code: "max_length",
      detail: "Ensure this field has no more than 400 characters.",
      attr: "name",
      method: "PATCH",
    });
  });

  it("throws a 403 when a non-owner changes restriction_level", async () => {
    const forbidden = {
      type: "authentication_error",
      code: "permission_denied",
      detail:
        "Only the dashboard owner and project admins have the restriction rights required to change the dashboard's restriction level.",
      attr: null,
    };
    const scope = nock(HOST, AUTH)
      .patch(`${BASE}/dashboards/201/`, { restriction_level: 37 })
      .reply(403, forbidden);

    const failure = await posthog
      .PATCH("/api/environments/{project_id}/dashboards/{id}/", {
        params: { path: { id: 201 } },
        body: { restriction_level: 37 },
        throwOnError: true,
      })
      .catch((e: unknown) => e);

    scope.done();
    expect(failure).toBeInstanceOf(PostHogApiError);
    expect((failure as PostHogApiError).status).toBe(403);
    expect((failure as PostHogApiError).code).toBe("permission_denied");
    expect((failure as PostHogApiError).detail).toBe(forbidden.detail);
  });
});

describe("environments_dashboards_destroy", () => {
  it("always gets 405 with an empty body: the thrown error says to soft-delete with PATCH", async () => {
    const scope = nock(HOST, AUTH).delete(`${BASE}/dashboards/201/`).reply(405);

    const failure = await posthog
      .DELETE("/api/environments/{project_id}/dashboards/{id}/", {
        params: { path: { id: 201 } },
        throwOnError: true,
      })
      .catch((e: unknown) => e);

    scope.done();
    expect(failure).toBeInstanceOf(PostHogApiError);
    const apiError = failure as PostHogApiError;
    expect(apiError.status).toBe(405);
    expect(apiError.method).toBe("DELETE");
    expect(apiError.path).toBe(`${BASE}/dashboards/201/`);
    expect(apiError.code).toBeUndefined();
    expect(apiError.detail).toBeUndefined();
    expect(apiError.message).toContain(`DELETE ${BASE}/dashboards/201/ failed with 405`);
    expect(apiError.message).toContain(
      'Dashboards cannot be hard-deleted; soft-delete them with PATCH {"deleted": true}.',
    );
  });

  it("returns an error (defined) and status 405 without throwOnError", async () => {
    const scope = nock(HOST, AUTH).delete(`${BASE}/dashboards/999999/`).reply(405, "");

    const { data, error, response } = await posthog.DELETE(
      "/api/environments/{project_id}/dashboards/{id}/",
      {
        params: { path: { id: 999999 } },
      },
    );

    scope.done();
    expect(data).toBeUndefined();
    expect(error).toBeDefined();
    expect(typeof error).toBe("object");
    expect(response.status).toBe(405);
  });
});

describe("environments_dashboards_move_tile_partial_update", () => {
  it("PATCHes {tile, toDashboard} with no Authorization header and returns the source dashboard", async () => {
    const body = { tile: { id: 901 }, toDashboard: 202 };
    const source: Dashboard = { ...productKpis, tiles: [] };
    const scope = nock(HOST, NO_AUTH)
      .patch(`${BASE}/dashboards/201/move_tile/`, body)
      .reply(200, source);

    const { data, error, response } = await posthog.PATCH(
      "/api/environments/{project_id}/dashboards/{id}/move_tile/",
      { params: { path: { id: 201 } }, body },
    );

    scope.done();
    expect(error).toBeUndefined();
    expect(response.status).toBe(200);
    expect(data).toEqual(source);
    expect(data?.tiles).toEqual([]);
  });

  it("carries a session cookie the caller passes, still without the key", async () => {
    const body = { tile: { id: 901 }, toDashboard: 202 };
    const source: Dashboard = { ...productKpis, tiles: [] };
    const scope = nock(HOST, NO_AUTH)
      .matchHeader("cookie", "sessionid=abc")
      .patch(`${BASE}/dashboards/201/move_tile/`, body)
      .reply(200, source);

    const { data } = await posthog.PATCH(
      "/api/environments/{project_id}/dashboards/{id}/move_tile/",
      {
        params: { path: { id: 201 } },
        body,
        headers: { Cookie: "sessionid=abc" },
      },
    );

    scope.done();
    expect(data).toEqual(source);
  });

  it("throws a 403 with a hint when the server refuses the call without a session", async () => {
    const scope = nock(HOST, NO_AUTH)
      .patch(`${BASE}/dashboards/201/move_tile/`)
      .reply(403, noPersonalApiKey);

    const failure = await posthog
      .PATCH("/api/environments/{project_id}/dashboards/{id}/move_tile/", {
        params: { path: { id: 201 } },
        body: { tile: { id: 901 }, toDashboard: 202 },
        throwOnError: true,
      })
      .catch((e: unknown) => e);

    scope.done();
    expect(failure).toBeInstanceOf(PostHogApiError);
    const apiError = failure as PostHogApiError;
    expect(apiError.status).toBe(403);
    expect(apiError.code).toBe("permission_denied");
    expect(apiError.detail).toBe("This action does not support Personal API Key access");
    expect(apiError.message).toContain("refuses personal API keys");
  });
});

describe("environments_dashboards_stream_tiles_retrieve", () => {
  const metadata = { type: "metadata", dashboard: { ...productKpis, tiles: [] } };
  const tileMessage = { type: "tile", order: 0, tile: weeklySignupsTile };
  const tileError = { type: "error", tile_id: 902, error: "Query timed out" };
  const stream = [metadata, tileMessage, tileError, { type: "complete" }]
    .map((message) => `data: ${JSON.stringify(message)}\n\n`)
    .join("");

  it("GETs the event stream with layoutSize=xs, no key, the session cookie, and returns the raw text", async () => {
    const scope = nock(HOST, NO_AUTH)
      .matchHeader("cookie", "sessionid=abc")
      .get(`${BASE}/dashboards/201/stream_tiles/`)
      .query({ layoutSize: "xs" })
      .reply(200, stream, { "Content-Type": "text/event-stream", "Cache-Control": "no-cache" });

    const { data, error, response } = await posthog.GET(
      "/api/environments/{project_id}/dashboards/{id}/stream_tiles/",
      {
        params: { path: { id: 201 }, query: { layoutSize: "xs" } },
        parseAs: "text",
        headers: { Cookie: "sessionid=abc" },
      },
    );

    scope.done();
    expect(error).toBeUndefined();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/event-stream");
    expect(data).toBe(stream);
    const messages = (data ?? "")
      .split("\n\n")
      .filter(Boolean)
      .map((chunk) => JSON.parse(chunk.replace(/^data: /, "")) as { type: string });
    expect(messages.map((m) => m.type)).toEqual(["metadata", "tile", "error", "complete"]);
    expect(messages[1]).toEqual(tileMessage);
  });

  it("hands the body over unread with parseAs: stream", async () => {
    const scope = nock(HOST, NO_AUTH)
      .get(`${BASE}/dashboards/201/stream_tiles/`)
      .reply(200, 'data: {"type": "complete"}\n\n', { "Content-Type": "text/event-stream" });

    const { data, response } = await posthog.GET(
      "/api/environments/{project_id}/dashboards/{id}/stream_tiles/",
      {
        params: { path: { id: 201 } },
        parseAs: "stream",
      },
    );

    expect(response.status).toBe(200);
    expect(data).toBeInstanceOf(ReadableStream);
    expect(await new Response(data).text()).toBe('data: {"type": "complete"}\n\n');
    scope.done();
  });

  it("throws a PostHogApiError for an unknown dashboard", async () => {
    const scope = nock(HOST, NO_AUTH)
      .get(`${BASE}/dashboards/404404/stream_tiles/`)
      .reply(404, notFound);

    const failure = await posthog
      .GET("/api/environments/{project_id}/dashboards/{id}/stream_tiles/", {
        params: { path: { id: 404404 } },
        parseAs: "text",
        throwOnError: true,
      })
      .catch((e: unknown) => e);

    scope.done();
    expect(failure).toBeInstanceOf(PostHogApiError);
    expect(failure).toMatchObject({ status: 404, code: "not_found", detail: "Not found." });
  });
});

describe("environments_dashboards_create_from_template_json_create", () => {
  const template = {
    template_name: "Web analytics overview",
    dashboard_description: "Traffic, sources and top pages",
    dashboard_filters: { date_from: "-30d" },
    tags: ["web"],
    variables: {},
    tiles: [
      {
        type: "INSIGHT",
        name: "Daily pageviews",
        description: "",
        query: {
          kind: "InsightVizNode",
          source: {
            kind: "TrendsQuery",
            series: [{ kind: "EventsNode", event: "$pageview", math: "total" }],
            interval: "day",
          },
        },
        layouts: { sm: { x: 0, y: 0, w: 6, h: 5 } },
        color: "blue",
      },
    ],
  };

  it("POSTs {template} without the key and answers 200 with the new dashboard", async () => {
    const body = { template, creation_context: "onboarding" };
    const created: Dashboard = {
      ...productKpis,
      id: 210,
      name: "Web analytics overview",
      description: "Traffic, sources and top pages",
      pinned: false,
      created_at: "2026-11-23T09:12:44.020Z",
      last_accessed_at: null,
      last_viewed_at: null,
      creation_mode: "template",
      tags: ["web"],
      last_refresh: null,
      tiles: [],
    };
    const scope = nock(HOST, NO_AUTH)
      .post(`${BASE}/dashboards/create_from_template_json/`, body)
      .reply(200, created);

    const { data, error, response } = await posthog.POST(
      "/api/environments/{project_id}/dashboards/create_from_template_json/",
      { body },
    );

    scope.done();
    expect(error).toBeUndefined();
    expect(response.status).toBe(200);
    expect(data).toEqual(created);
    expect(data?.creation_mode).toBe("template");
  });

  it("throws a PostHogApiError for a template the server rejects", async () => {
    const invalid = {
      type: "validation_error",
      code: "invalid_input",
      detail: "'tiles' is a required property",
      attr: "template",
    };
    const { tiles: _tiles, ...withoutTiles } = template;
    const scope = nock(HOST, NO_AUTH)
      .post(`${BASE}/dashboards/create_from_template_json/`, { template: withoutTiles })
      .reply(400, invalid);

    const failure = await posthog
      .POST("/api/environments/{project_id}/dashboards/create_from_template_json/", {
        body: { template: withoutTiles },
        throwOnError: true,
      })
      .catch((e: unknown) => e);

    scope.done();
    expect(failure).toBeInstanceOf(PostHogApiError);
    expect(failure).toMatchObject({
      status: 400,
      type: "validation_error",
      code: "invalid_input",
      detail: "'tiles' is a required property",
      attr: "template",
    });
  });
});

describe("environments_dashboards_create_unlisted_dashboard_create", () => {
  const unlisted: Dashboard = {
    id: 305,
    name: "LLM Analytics",
    description: "",
    pinned: false,
    created_at: "2026-11-23T08:00:00Z",
    created_by: ada,
    last_accessed_at: null,
    last_viewed_at: null,
    is_shared: false,
    deleted: false,
    creation_mode: "unlisted",
    filters: {},
    variables: {},
    tags: ["llm-analytics"],
    restriction_level: 21,
    effective_restriction_level: 21,
    effective_privilege_level: 37,
    user_access_level: "editor",
    access_control_version: "v2",
    last_refresh: null,
    persisted_filters: {},
    persisted_variables: {},
    team_id: 12345,
    tiles: [],
  };

  it("POSTs {tag} without the key and answers 201 with the unlisted dashboard", async () => {
    const scope = nock(HOST, NO_AUTH)
      .post(`${BASE}/dashboards/create_unlisted_dashboard/`, { tag: "llm-analytics" })
      .reply(201, unlisted);

    const { data, error, response } = await posthog.POST(
      "/api/environments/{project_id}/dashboards/create_unlisted_dashboard/",
      { body: { tag: "llm-analytics" } },
    );

    scope.done();
    expect(error).toBeUndefined();
    expect(response.status).toBe(201);
    expect(data).toEqual(unlisted);
    expect(data?.creation_mode).toBe("unlisted");
  });

  it("reads the 409 {error} body as the detail, thrown with throwOnError", async () => {
    const conflict = { error: "Unlisted dashboard with tag 'llm-analytics' already exists" };
    const scope = nock(HOST, NO_AUTH)
      .post(`${BASE}/dashboards/create_unlisted_dashboard/`, { tag: "llm-analytics" })
      .reply(409, conflict);

    const failure = await posthog
      .POST("/api/environments/{project_id}/dashboards/create_unlisted_dashboard/", {
        body: { tag: "llm-analytics" },
        throwOnError: true,
      })
      .catch((e: unknown) => e);

    scope.done();
    expect(failure).toBeInstanceOf(PostHogApiError);
    const apiError = failure as PostHogApiError;
    expect(apiError.status).toBe(409);
    expect(apiError.code).toBeUndefined();
    expect(apiError.detail).toBe("Unlisted dashboard with tag 'llm-analytics' already exists");
    expect(apiError.body).toEqual(conflict);
    expect(apiError.message).toContain(
      "failed with 409: Unlisted dashboard with tag 'llm-analytics' already exists",
    );
  });

  it("returns the 409 {error} body as error without throwOnError", async () => {
    const conflict = { error: "Unlisted dashboard with tag 'llm-analytics' already exists" };
    const scope = nock(HOST, NO_AUTH)
      .post(`${BASE}/dashboards/create_unlisted_dashboard/`, { tag: "llm-analytics" })
      .reply(409, conflict);

    const { data, error, response } = await posthog.POST(
      "/api/environments/{project_id}/dashboards/create_unlisted_dashboard/",
      { body: { tag: "llm-analytics" } },
    );

    scope.done();
    expect(data).toBeUndefined();
    expect(response.status).toBe(409);
    expect(error).toEqual(conflict);
    expect(error?.error).toBe("Unlisted dashboard with tag 'llm-analytics' already exists");
  });
});

describe("environments_dashboards_sharing_refresh_create", () => {
  const refreshed: SharingConfiguration = {
    created_at: "2026-11-02T09:30:12.511Z",
    enabled: true,
    access_token: "Zq8pW3nT6yKc1rHs9vBd4LxM7eGa2uJf",
    settings: { whitelabel: false, noHeader: false, showInspector: false },
    password_required: true,
    share_passwords: [
      {
        id: 41,
        created_at: "2026-11-02T09:31:40.002Z",
        note: "For the board meeting",
        created_by_email: "ada@example.com",
        is_active: true,
      },
    ],
  };

  it("POSTs to .../sharing/refresh/ with the key and no body, and returns one sharing configuration", async () => {
    let sentBody: unknown;
    const scope = nock(HOST, AUTH)
      .post(`${BASE}/dashboards/201/sharing/refresh/`)
      .reply(200, (_uri, requestBody) => {
        sentBody = requestBody;
        return refreshed;
      });

    const { data, error, response } = await posthog.POST(
      "/api/environments/{project_id}/dashboards/{dashboard_id}/sharing/refresh/",
      { params: { path: { dashboard_id: 201 } } },
    );

    scope.done();
    expect(sentBody).toBe("");
    expect(error).toBeUndefined();
    expect(response.status).toBe(200);
    expect(data).toEqual(refreshed);
    expect(Array.isArray(data)).toBe(false);
    expect(data?.access_token).toBe("Zq8pW3nT6yKc1rHs9vBd4LxM7eGa2uJf");
  });

  it("throws a PostHogApiError when the key lacks sharing_configuration:write", async () => {
    const missingScope = {
      type: "authentication_error",
      code: "permission_denied",
      detail: "API key missing required scope 'sharing_configuration:write'",
      attr: null,
    };
    const scope = nock(HOST, AUTH)
      .post(`${BASE}/dashboards/201/sharing/refresh/`)
      .reply(403, missingScope);

    const failure = await posthog
      .POST("/api/environments/{project_id}/dashboards/{dashboard_id}/sharing/refresh/", {
        params: { path: { dashboard_id: 201 } },
        throwOnError: true,
      })
      .catch((e: unknown) => e);

    scope.done();
    expect(failure).toBeInstanceOf(PostHogApiError);
    const apiError = failure as PostHogApiError;
    expect(apiError.status).toBe(403);
    expect(apiError.code).toBe("permission_denied");
    expect(apiError.detail).toBe("API key missing required scope 'sharing_configuration:write'");
    expect(apiError.message).toContain("Add that scope to the personal API key");
  });
});

describe("environments_data_color_themes_list", () => {
  const themes: DataColorTheme[] = [
    {
      id: 1,
      name: "Default Theme",
      colors: ["#1d4aff", "#621da6", "#42827e", "#ce0e74", "#f14f58"],
      is_global: true,
      created_at: null,
      created_by: null,
    },
    {
      id: 7,
      name: "Brand",
      colors: ["#0b1f3a", "#f5a623", "#7ed321"],
      is_global: false,
      created_at: "2026-06-03T11:20:00Z",
      created_by: ada,
    },
  ];

  it("GETs the themes as a bare array", async () => {
    const scope = nock(HOST, AUTH).get(`${BASE}/data_color_themes/`).reply(200, themes);

    const { data, error, response } = await posthog.GET(
      "/api/environments/{project_id}/data_color_themes/",
    );

    scope.done();
    expect(error).toBeUndefined();
    expect(response.status).toBe(200);
    expect(Array.isArray(data)).toBe(true);
    expect(data).toEqual(themes);
    expect(data?.[0]?.is_global).toBe(true);
  });

  it("still sends the ignored limit and offset when asked", async () => {
    const scope = nock(HOST, AUTH)
      .get(`${BASE}/data_color_themes/`)
      .query({ limit: "1", offset: "0" })
      .reply(200, themes);

    const { data } = await posthog.GET("/api/environments/{project_id}/data_color_themes/", {
      params: { query: { limit: 1, offset: 0 } },
    });

    scope.done();
    expect(data).toEqual(themes);
  });

  it("throws a PostHogApiError for a bad key (401)", async () => {
    const badKey = {
      type: "authentication_error",
      code: "authentication_failed",
      detail: "Personal API key found in request Authorization header is invalid.",
      attr: null,
    };
    const scope = nock(HOST, AUTH).get(`${BASE}/data_color_themes/`).reply(401, badKey);

    const failure = await posthog
      .GET("/api/environments/{project_id}/data_color_themes/", { throwOnError: true })
      .catch((e: unknown) => e);

    scope.done();
    expect(failure).toBeInstanceOf(PostHogApiError);
    expect(failure).toMatchObject({
      status: 401,
      type: "authentication_error",
      code: "authentication_failed",
      detail: "Personal API key found in request Authorization header is invalid.",
    });
    expect((failure as PostHogApiError).message).not.toContain("phx_testkey");
  });
});

describe("environments_hog_functions_list", () => {
  const page: PaginatedHogFunctionMinimalList = {
    count: 101,
    next: null,
    previous:
      "https://us.posthog.com/api/environments/12345/hog_functions/?enabled=true&limit=50&offset=50&type=destination%2Ctransformation",
    results: [
      {
        id: "0190b2c3-d4e5-7f60-8172-839405a6b7c8",
        type: "destination",
        name: "Slack: new signups",
        description: "Posts each signup to #growth",
        created_at: "2026-07-07T07:07:07Z",
        created_by: ada,
        updated_at: "2026-11-01T10:00:00Z",
        enabled: true,
        hog: "fetch(inputs.url, {'method': 'POST', 'body': inputs.body})",
        filters: { events: [{ id: "user signed up", type: "events" }] },
        icon_url: "/static/services/slack.png",
        template: {
          id: "template-slack",
          name: "Slack",
          description: "Sends a message to a Slack channel",
          code: "fetch(inputs.url, {'method': 'POST', 'body': inputs.body})",
          code_language: "hog",
          inputs_schema: [],
          type: "destination",
          status: "stable",
          category: ["Customer Success"],
          free: true,
          icon_url: "/static/services/slack.png",
          filters: null,
          masking: null,
          mapping_templates: null,
        },
        status: { state: 1, tokens: 10000 },
        execution_order: null,
      },
    ],
  };

  it("GETs a page, sending type comma-joined plus limit, offset and enabled", async () => {
    let rawPath: string | undefined;
    const scope = nock(HOST, AUTH)
      .get(`${BASE}/hog_functions/`)
      .query({ type: "destination,transformation", limit: "50", offset: "100", enabled: "true" })
      .reply(200, function () {
        rawPath = this.req.path;
        return page;
      });

    const { data, error, response } = await posthog.GET(
      "/api/environments/{project_id}/hog_functions/",
      {
        params: {
          query: { type: ["destination", "transformation"], limit: 50, offset: 100, enabled: true },
        },
      },
    );

    scope.done();
    expect(error).toBeUndefined();
    expect(response.status).toBe(200);
    expect(data).toEqual(page);
    // One `type` parameter holding both values, not `type=destination&type=transformation`.
    const sent = new URL(rawPath!, HOST).searchParams;
    expect(sent.getAll("type")).toEqual(["destination,transformation"]);
    expect(Object.fromEntries(sent)).toEqual({
      type: "destination,transformation",
      limit: "50",
      offset: "100",
      enabled: "true",
    });
  });

  it("sends search and created_by as plain values", async () => {
    const scope = nock(HOST, AUTH)
      .get(`${BASE}/hog_functions/`)
      .query({ search: "slack", created_by: "42", type: "site_app" })
      .reply(200, { count: 0, next: null, previous: null, results: [] });

    const { data } = await posthog.GET("/api/environments/{project_id}/hog_functions/", {
      params: { query: { search: "slack", created_by: 42, type: ["site_app"] } },
    });

    scope.done();
    expect(data).toEqual({ count: 0, next: null, previous: null, results: [] });
  });

  it("refuses a type value containing a comma before sending anything", async () => {
    await expect(
      posthog.GET("/api/environments/{project_id}/hog_functions/", {
        params: { query: { type: ["destination,transformation"] } },
      }),
    ).rejects.toBeInstanceOf(PostHogParameterError);
  });

  it("throws a PostHogApiError when the key lacks hog_function:read", async () => {
    const missingScope = {
      type: "authentication_error",
      code: "permission_denied",
      detail: "API key missing required scope 'hog_function:read'",
      attr: null,
    };
    const scope = nock(HOST, AUTH)
      .get(`${BASE}/hog_functions/`)
      .query({ limit: "50" })
      .reply(403, missingScope);

    const failure = await posthog
      .GET("/api/environments/{project_id}/hog_functions/", {
        params: { query: { limit: 50 } },
        throwOnError: true,
      })
      .catch((e: unknown) => e);

    scope.done();
    expect(failure).toBeInstanceOf(PostHogApiError);
    expect(failure).toMatchObject({
      status: 403,
      type: "authentication_error",
      code: "permission_denied",
      detail: "API key missing required scope 'hog_function:read'",
      attr: null,
      path: `${BASE}/hog_functions/?limit=50`,
    });
  });
});
