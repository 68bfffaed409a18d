// Insights (list, create, legacy trend, sharing) and insight variables, through the client, against nock.
import nock from "nock";
import { describe, expect, it } from "vitest";
import {
  createPostHogClient,
  PostHogApiError,
  PostHogParameterError,
  type ErrorBody,
  type InsightVariable,
  type PaginatedInsightList,
  type PaginatedInsightVariableList,
  type SharingConfiguration,
  type SharingPasswordCreated,
} from "../../src/index.js";
import { example } from "../helpers/fixtures.js";

const HOST = "https://us.posthog.com";
const BASE = "/api/environments/12345";
const AUTH = { reqheaders: { authorization: "Bearer phx_testkey" } };

const posthog = createPostHogClient({ apiKey: "phx_testkey", projectId: 12345, retry: false });

/** What reached the server: the raw path with its query string, the raw body, and the headers. */
interface Seen {
  uri?: string;
  body?: unknown;
  headers?: Record<string, string | string[] | undefined>;
}

/** A nock reply that records the request and answers `status` with `payload` (no body when undefined). */
function answer(seen: Seen, status: number, payload?: unknown, headers?: Record<string, string>) {
  return function (
    this: { req: { headers: Record<string, string | string[] | undefined> } },
    uri: string,
    body: unknown,
  ) {
    seen.uri = uri;
    seen.body = body;
    seen.headers = this.req.headers;
    return payload === undefined
      ? ([status, ""] as [number, string])
      : ([status, JSON.stringify(payload), { "Content-Type": "application/json", ...headers }] as [
          number,
          string,
          Record<string, string>,
        ]);
  };
}

// The spec's examples: an insight, a legacy trend result, a sharing configuration, a variable.
const weeklySignups = example("Insight");
const pageviewTrend = example("TrendResult");
const sharedInsight = example("SharingConfiguration");
const minimumOrder = example("InsightVariable");
const VARIABLE_ID = minimumOrder.id;

async function thrown(promise: Promise<unknown>): Promise<PostHogApiError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PostHogApiError);
  return error as PostHogApiError;
}

describe("environments_insights_list", () => {
  it("sends created_by as a JSON array, with basic, refresh, limit and offset, and parses the page", async () => {
    const page = {
      count: 121,
      next: `${HOST}${BASE}/insights/?basic=true&created_by=%5B42%2C43%5D&limit=20&offset=40&refresh=force_cache`,
      previous: `${HOST}${BASE}/insights/?basic=true&created_by=%5B42%2C43%5D&limit=20&offset=0&refresh=force_cache`,
      results: [
        weeklySignups,
        { id: 3002, short_id: "xYz98765", name: "Checkout funnel", favorited: false },
      ],
    } satisfies PaginatedInsightList;
    const seen: Seen = {};
    const scope = nock(HOST, AUTH)
      .get(`${BASE}/insights/`)
      .query({
        created_by: "[42,43]",
        basic: "true",
        refresh: "force_cache",
        limit: "20",
        offset: "20",
      })
      .reply(answer(seen, 200, page));

    const { data, error, response } = await posthog.GET(
      "/api/environments/{project_id}/insights/",
      {
        params: {
          query: {
            created_by: [42, 43],
            basic: true,
            refresh: "force_cache",
            limit: 20,
            offset: 20,
          },
        },
      },
    );

    scope.done();
    expect(seen.uri).toBe(
      `${BASE}/insights/?created_by=%5B42%2C43%5D&basic=true&refresh=force_cache&limit=20&offset=20`,
    );
    expect(seen.headers?.authorization).toBe("Bearer phx_testkey");
    expect(seen.headers?.accept).toBe("application/json");
    expect(error).toBeUndefined();
    expect(response.status).toBe(200);
    expect(data).toEqual(page);
    expect(data?.results[0]?.created_by?.email).toBe("ada@example.com");
  });

  it("with format csv asks for text/csv and gives the one wide row as text", async () => {
    const csv =
      "count,next,previous,results.0.id,results.0.name,results.0.short_id\r\n1,,,3001,Weekly signups,aBcD1234\r\n";
    const scope = nock(HOST, {
      reqheaders: { authorization: "Bearer phx_testkey", accept: "text/csv" },
    })
      .get(`${BASE}/insights/`)
      .query({ format: "csv", search: "signups" })
      .reply(200, csv, { "Content-Type": "text/csv; charset=utf-8" });

    const { data, error, response } = await posthog.GET(
      "/api/environments/{project_id}/insights/",
      {
        params: { query: { format: "csv", search: "signups" } },
      },
    );

    scope.done();
    expect(error).toBeUndefined();
    expect(response.status).toBe(200);
    expect(data).toBe(csv);
  });

  it("returns a missing-scope 403 as error, not data, when throwOnError is off", async () => {
    const body = {
      type: "authentication_error",
      code: "permission_denied",
      detail: "API key missing required scope 'insight:read'",
      attr: null,
    } satisfies ErrorBody;
    const scope = nock(HOST, AUTH)
      .get(`${BASE}/insights/`)
      .query({ saved: "true" })
      .reply(403, body);

    const { data, error, response } = await posthog.GET(
      "/api/environments/{project_id}/insights/",
      {
        params: { query: { saved: true } },
      },
    );

    scope.done();
    expect(data).toBeUndefined();
    expect(response.status).toBe(403);
    expect(error).toEqual(body);
  });
});

describe("environments_insights_create", () => {
  const body = {
    name: "Weekly signups",
    description: "Signups per week",
    query: weeklySignups.query,
    dashboards: [201],
    tags: ["growth"],
    favorited: true,
    _create_in_folder: "Unfiled/Insights",
  };

  it("POSTs the writable fields as JSON and answers 201 with the insight", async () => {
    const seen: Seen = {};
    const scope = nock(HOST, AUTH)
      .post(`${BASE}/insights/`, body as nock.DataMatcherMap) // (the example's query is typed loosely)
      .matchHeader("content-type", /^application\/json/)
      .reply(answer(seen, 201, weeklySignups));

    const { data, error, response } = await posthog.POST(
      "/api/environments/{project_id}/insights/",
      { body },
    );

    scope.done();
    expect(seen.uri).toBe(`${BASE}/insights/`);
    expect(seen.body).toEqual(body);
    expect(seen.headers?.authorization).toBe("Bearer phx_testkey");
    expect(error).toBeUndefined();
    expect(response.status).toBe(201);
    expect(data).toEqual(weeklySignups);
    expect(data?.id).toBe(3001);
  });

  it("throws a PostHogApiError for a 400 validation error", async () => {
    const longName = "Weekly signups ".repeat(30);
    const scope = nock(HOST, AUTH).post(`${BASE}/insights/`, { name: longName }).reply(400, {
      type: "validation_error",
      code: "max_length",
      detail: "Ensure this field has no more than 400 characters.",
      attr: "name",
    });

    const error = await thrown(
      posthog.POST("/api/environments/{project_id}/insights/", {
        body: { name: longName },
        throwOnError: true,
      }),
    );

    scope.done();
    expect(error.status).toBe(400);
    expect(error.type).toBe("validation_error");
    expect(error.code).toBe("max_length");
    expect(error.detail).toBe("Ensure this field has no more than 400 characters.");
    expect(error.attr).toBe("name");
    expect(error.method).toBe("POST");
    expect(error.path).toBe(`${BASE}/insights/`);
  });
});

describe("environments_insights_trend_retrieve", () => {
  it("sends events as a JSON-encoded query parameter, with date_from and interval, and parses the trend", async () => {
    const seen: Seen = {};
    const scope = nock(HOST, AUTH)
      .get(`${BASE}/insights/trend/`)
      .query({ events: '[{"id":"$pageview"}]', date_from: "-7d", interval: "day" })
      .reply(answer(seen, 200, pageviewTrend));

    const { data, error, response } = await posthog.GET(
      "/api/environments/{project_id}/insights/trend/",
      {
        params: { query: { events: [{ id: "$pageview" }], date_from: "-7d", interval: "day" } },
      },
    );

    scope.done();
    expect(seen.uri).toBe(
      `${BASE}/insights/trend/?events=%5B%7B%22id%22%3A%22%24pageview%22%7D%5D&date_from=-7d&interval=day`,
    );
    expect(seen.headers?.authorization).toBe("Bearer phx_testkey");
    expect(error).toBeUndefined();
    expect(response.status).toBe(200);
    expect(data).toEqual(pageviewTrend);
    expect(data?.result[0]?.data).toEqual([120, 98]);
  });

  it("JSON-encodes properties too, and throws a PostHogApiError for a 400", async () => {
    const properties = [{ key: "$browser", value: ["Chrome"], operator: "exact", type: "event" }];
    const scope = nock(HOST, AUTH)
      .get(`${BASE}/insights/trend/`)
      .query({
        events: '[{"id":"$pageview","math":"median"}]',
        properties: JSON.stringify(properties),
      })
      .reply(400, {
        type: "validation_error",
        code: "invalid_input",
        detail: "Math median requires a math_property.",
        attr: null,
      });

    const error = await thrown(
      posthog.GET("/api/environments/{project_id}/insights/trend/", {
        params: { query: { events: [{ id: "$pageview", math: "median" }], properties } },
        throwOnError: true,
      }),
    );

    scope.done();
    expect(error.status).toBe(400);
    expect(error.code).toBe("invalid_input");
    expect(error.detail).toBe("Math median requires a math_property.");
    expect(error.attr).toBeNull();
  });
});

describe("environments_insights_trend_create", () => {
  it("POSTs a legacy filter as the body and answers 200 with the trend result", async () => {
    const filter = {
      insight: "TRENDS" as const,
      events: [{ id: "$pageview", type: "events", order: 0, math: "total" }],
      date_from: "2026-11-01",
      date_to: "2026-11-02",
      interval: "day" as const,
      display: "ActionsLineGraph",
      properties: [
        { key: "$current_url", value: "/pricing", operator: "icontains", type: "event" },
      ],
    };
    const seen: Seen = {};
    const scope = nock(HOST, AUTH)
      .post(`${BASE}/insights/trend/`, filter)
      .matchHeader("content-type", /^application\/json/)
      .reply(answer(seen, 200, pageviewTrend));

    const { data, error, response } = await posthog.POST(
      "/api/environments/{project_id}/insights/trend/",
      {
        body: filter,
      },
    );

    scope.done();
    expect(seen.uri).toBe(`${BASE}/insights/trend/`);
    expect(seen.body).toEqual(filter);
    expect(seen.headers?.authorization).toBe("Bearer phx_testkey");
    expect(error).toBeUndefined();
    expect(response.status).toBe(200);
    expect(data).toEqual(pageviewTrend);
  });

  it("throws a PostHogApiError for a 400 on a date it cannot parse", async () => {
    const filter = { events: [{ id: "$pageview" }], date_from: "last tuesday" };
    const scope = nock(HOST, AUTH).post(`${BASE}/insights/trend/`, filter).reply(400, {
      type: "validation_error",
      code: "invalid_input",
      detail: "Invalid date_from: last tuesday",
      attr: "date_from",
    });

    const error = await thrown(
      posthog.POST("/api/environments/{project_id}/insights/trend/", {
        body: filter,
        throwOnError: true,
      }),
    );

    scope.done();
    expect(error.status).toBe(400);
    expect(error.type).toBe("validation_error");
    expect(error.code).toBe("invalid_input");
    expect(error.attr).toBe("date_from");
    expect(error.detail).toBe("Invalid date_from: last tuesday");
  });
});

describe("environments_insights_sharing_list", () => {
  it("GETs one sharing configuration object, with share_passwords an array", async () => {
    const seen: Seen = {};
    const scope = nock(HOST, AUTH)
      .get(`${BASE}/insights/3001/sharing/`)
      .reply(answer(seen, 200, sharedInsight));

    const { data, error, response } = await posthog.GET(
      "/api/environments/{project_id}/insights/{insight_id}/sharing/",
      { params: { path: { insight_id: 3001 } } },
    );

    scope.done();
    expect(seen.uri).toBe(`${BASE}/insights/3001/sharing/`);
    expect(seen.headers?.authorization).toBe("Bearer phx_testkey");
    expect(error).toBeUndefined();
    expect(response.status).toBe(200);
    expect(data).toEqual(sharedInsight);
    expect(Array.isArray(data)).toBe(false);
    expect(Array.isArray(data?.share_passwords)).toBe(true);
    expect(data?.share_passwords[0]?.note).toBe("For the board meeting");
  });

  it("uses an explicit project_id (@current, percent-encoded) over the default, and throws on a 404 insight", async () => {
    const scope = nock(HOST, AUTH)
      .get("/api/environments/%40current/insights/999999/sharing/")
      .reply(404, { type: "invalid_request", code: "not_found", detail: "Not found.", attr: null });

    const error = await thrown(
      posthog.GET("/api/environments/{project_id}/insights/{insight_id}/sharing/", {
        params: { path: { project_id: "@current", insight_id: 999999 } },
        throwOnError: true,
      }),
    );

    scope.done();
    expect(error.status).toBe(404);
    expect(error.code).toBe("not_found");
    expect(error.detail).toBe("Not found.");
  });

  it("refuses an insight_id that is not a positive integer before sending anything", async () => {
    await expect(
      posthog.GET("/api/environments/{project_id}/insights/{insight_id}/sharing/", {
        params: { path: { insight_id: 0 } },
      }),
    ).rejects.toBeInstanceOf(PostHogParameterError);
  });
});

describe("environments_insights_sharing_passwords_create", () => {
  it("POSTs {raw_password, note} and answers 201 with the plain password", async () => {
    const created = {
      id: 42,
      password: "q7Rk-2mXw-PL9s-Td4z",
      note: "For the board meeting",
      created_at: "2026-11-02T09:31:40.002Z",
      created_by_email: "ada@example.com",
    } satisfies SharingPasswordCreated;
    const body = { raw_password: "q7Rk-2mXw-PL9s-Td4z", note: "For the board meeting" };
    const seen: Seen = {};
    const scope = nock(HOST, AUTH)
      .post(`${BASE}/insights/3001/sharing/passwords/`, body)
      .matchHeader("content-type", /^application\/json/)
      .reply(answer(seen, 201, created));

    const { data, error, response } = await posthog.POST(
      "/api/environments/{project_id}/insights/{insight_id}/sharing/passwords/",
      { params: { path: { insight_id: 3001 } }, body },
    );

    scope.done();
    expect(seen.uri).toBe(`${BASE}/insights/3001/sharing/passwords/`);
    expect(seen.body).toEqual(body);
    expect(seen.headers?.authorization).toBe("Bearer phx_testkey");
    expect(error).toBeUndefined();
    expect(response.status).toBe(201);
    expect(data).toEqual(created);
    expect(data?.password).toBe("q7Rk-2mXw-PL9s-Td4z");
  });

  it("reads the {error} body of a 400 into PostHogApiError.detail", async () => {
    const body = { error: "Password protection must be enabled before creating passwords" };
    const scope = nock(HOST, AUTH)
      .post(`${BASE}/insights/3001/sharing/passwords/`, { note: "For the board meeting" })
      .reply(400, body);

    const error = await thrown(
      posthog.POST("/api/environments/{project_id}/insights/{insight_id}/sharing/passwords/", {
        params: { path: { insight_id: 3001 } },
        body: { note: "For the board meeting" },
        throwOnError: true,
      }),
    );

    scope.done();
    expect(error.status).toBe(400);
    expect(error.detail).toBe("Password protection must be enabled before creating passwords");
    expect(error.code).toBeUndefined();
    expect(error.body).toEqual(body);
    expect(error.message).toContain(
      "Password protection must be enabled before creating passwords",
    );
  });
});

describe("environments_insights_sharing_passwords_destroy", () => {
  const PASSWORD_ID = "41";

  it("DELETEs the password and answers 204 with no body", async () => {
    const seen: Seen = {};
    const scope = nock(HOST, AUTH)
      .delete(`${BASE}/insights/3001/sharing/passwords/${PASSWORD_ID}/`)
      .reply(answer(seen, 204));

    const { data, error, response } = await posthog.DELETE(
      "/api/environments/{project_id}/insights/{insight_id}/sharing/passwords/{password_id}/",
      { params: { path: { insight_id: 3001, password_id: PASSWORD_ID } } },
    );

    scope.done();
    expect(seen.uri).toBe(`${BASE}/insights/3001/sharing/passwords/${PASSWORD_ID}/`);
    expect(seen.headers?.authorization).toBe("Bearer phx_testkey");
    expect(error).toBeUndefined();
    expect(response.status).toBe(204);
    expect(data).toBeUndefined();
  });

  it("throws a PostHogApiError for an unknown password (404 {error})", async () => {
    const scope = nock(HOST, AUTH)
      .delete(`${BASE}/insights/3001/sharing/passwords/999/`)
      .reply(404, { error: "Password not found" });

    const error = await thrown(
      posthog.DELETE(
        "/api/environments/{project_id}/insights/{insight_id}/sharing/passwords/{password_id}/",
        {
          params: {
            path: { insight_id: 3001, password_id: "999" },
          },
          throwOnError: true,
        },
      ),
    );

    scope.done();
    expect(error.status).toBe(404);
    expect(error.detail).toBe("Password not found");
  });
});

describe("environments_insights_sharing_refresh_create", () => {
  it("POSTs with no body and answers with the configuration's new access token", async () => {
    const refreshed = {
      ...sharedInsight,
      access_token: "Nq3TzX8pLw5RkVb2mYc7HdJ0sFgA4eUo",
    } satisfies SharingConfiguration;
    const seen: Seen = {};
    const scope = nock(HOST, AUTH)
      .post(`${BASE}/insights/3001/sharing/refresh/`)
      .reply(answer(seen, 200, refreshed));

    const { data, error, response } = await posthog.POST(
      "/api/environments/{project_id}/insights/{insight_id}/sharing/refresh/",
      { params: { path: { insight_id: 3001 } } },
    );

    scope.done();
    expect(seen.uri).toBe(`${BASE}/insights/3001/sharing/refresh/`);
    expect(seen.body).toBe("");
    expect(seen.headers?.authorization).toBe("Bearer phx_testkey");
    expect(error).toBeUndefined();
    expect(response.status).toBe(200);
    expect(data).toEqual(refreshed);
    expect(data?.access_token).toBe("Nq3TzX8pLw5RkVb2mYc7HdJ0sFgA4eUo");
  });

  it("throws a PostHogApiError for a 403 missing scope", async () => {
    const scope = nock(HOST, AUTH).post(`${BASE}/insights/3001/sharing/refresh/`).reply(403, {
      type: "authentication_error",
      code: "permission_denied",
      detail: "API key missing required scope 'sharing_configuration:write'",
      attr: null,
    });

    const error = await thrown(
      posthog.POST("/api/environments/{project_id}/insights/{insight_id}/sharing/refresh/", {
        params: { path: { insight_id: 3001 } },
        throwOnError: true,
      }),
    );

    scope.done();
    expect(error.status).toBe(403);
    expect(error.code).toBe("permission_denied");
    expect(error.detail).toBe("API key missing required scope 'sharing_configuration:write'");
    expect(error.message).toContain("Add that scope to the personal API key");
  });
});

describe("environments_insight_variables_list", () => {
  it("GETs a page by number and parses it", async () => {
    const page = {
      count: 501,
      next: null,
      previous: `${HOST}${BASE}/insight_variables/`,
      results: [
        minimumOrder,
        {
          id: "0192e7c4-6b7c-7d8e-9f0a-2b3c4d5e6f70",
          name: "Country",
          type: "List",
          default_value: "GB",
          created_by: 43,
          created_at: "2026-10-11T08:00:00Z",
          code_name: "country",
          values: ["GB", "US", "DE"],
        },
      ],
    } satisfies PaginatedInsightVariableList;
    const seen: Seen = {};
    const scope = nock(HOST, AUTH)
      .get(`${BASE}/insight_variables/`)
      .query({ page: "2" })
      .reply(answer(seen, 200, page));

    const { data, error, response } = await posthog.GET(
      "/api/environments/{project_id}/insight_variables/",
      {
        params: { query: { page: 2 } },
      },
    );

    scope.done();
    expect(seen.uri).toBe(`${BASE}/insight_variables/?page=2`);
    expect(seen.headers?.authorization).toBe("Bearer phx_testkey");
    expect(error).toBeUndefined();
    expect(response.status).toBe(200);
    expect(data).toEqual(page);
  });

  it("throws a PostHogApiError when the server refuses personal API keys here (403)", async () => {
    const scope = nock(HOST, AUTH).get(`${BASE}/insight_variables/`).reply(403, {
      type: "authentication_error",
      code: "permission_denied",
      detail: "This action does not support Personal API Key access",
      attr: null,
    });

    const error = await thrown(
      posthog.GET("/api/environments/{project_id}/insight_variables/", { throwOnError: true }),
    );

    scope.done();
    expect(error.status).toBe(403);
    expect(error.code).toBe("permission_denied");
    expect(error.detail).toBe("This action does not support Personal API Key access");
  });
});

describe("environments_insight_variables_create", () => {
  const body = { name: "Minimum order", type: "Number" as const, default_value: 100 };

  it("POSTs the variable and answers 201 with it", async () => {
    const seen: Seen = {};
    const scope = nock(HOST, AUTH)
      .post(`${BASE}/insight_variables/`, body)
      .matchHeader("content-type", /^application\/json/)
      .reply(answer(seen, 201, minimumOrder));

    const { data, error, response } = await posthog.POST(
      "/api/environments/{project_id}/insight_variables/",
      {
        body,
      },
    );

    scope.done();
    expect(seen.uri).toBe(`${BASE}/insight_variables/`);
    expect(seen.body).toEqual(body);
    expect(seen.headers?.authorization).toBe("Bearer phx_testkey");
    expect(error).toBeUndefined();
    expect(response.status).toBe(201);
    expect(data).toEqual(minimumOrder);
    expect(data?.code_name).toBe("minimum_order");
  });

  it("throws a PostHogApiError when the code name is taken (400)", async () => {
    const scope = nock(HOST, AUTH)
      .post(`${BASE}/insight_variables/`, { name: "minimum order", type: "Number" })
      .reply(400, {
        type: "validation_error",
        code: "invalid_input",
        detail: "Variable with name already exists",
        attr: null,
      });

    const error = await thrown(
      posthog.POST("/api/environments/{project_id}/insight_variables/", {
        body: { name: "minimum order", type: "Number" },
        throwOnError: true,
      }),
    );

    scope.done();
    expect(error.status).toBe(400);
    expect(error.type).toBe("validation_error");
    expect(error.code).toBe("invalid_input");
    expect(error.detail).toBe("Variable with name already exists");
  });
});

describe("environments_insight_variables_retrieve", () => {
  it("GETs the variable by its UUID", async () => {
    const seen: Seen = {};
    const scope = nock(HOST, AUTH)
      .get(`${BASE}/insight_variables/${VARIABLE_ID}/`)
      .reply(answer(seen, 200, minimumOrder));

    const { data, error, response } = await posthog.GET(
      "/api/environments/{project_id}/insight_variables/{id}/",
      {
        params: { path: { id: VARIABLE_ID } },
      },
    );

    scope.done();
    expect(seen.uri).toBe(`${BASE}/insight_variables/${VARIABLE_ID}/`);
    expect(seen.headers?.authorization).toBe("Bearer phx_testkey");
    expect(error).toBeUndefined();
    expect(response.status).toBe(200);
    expect(data).toEqual(minimumOrder);
  });

  it("throws a PostHogApiError for an unknown variable (404)", async () => {
    const missing = "0192e7c4-0000-7000-8000-000000000000";
    const scope = nock(HOST, AUTH)
      .get(`${BASE}/insight_variables/${missing}/`)
      .reply(404, { type: "invalid_request", code: "not_found", detail: "Not found.", attr: null });

    const error = await thrown(
      posthog.GET("/api/environments/{project_id}/insight_variables/{id}/", {
        params: { path: { id: missing } },
        throwOnError: true,
      }),
    );

    scope.done();
    expect(error.status).toBe(404);
    expect(error.code).toBe("not_found");
    expect(error.detail).toBe("Not found.");
    expect(error.path).toBe(`${BASE}/insight_variables/${missing}/`);
  });

  it("refuses an id that is not a UUID before sending anything", async () => {
    await expect(
      posthog.GET("/api/environments/{project_id}/insight_variables/{id}/", {
        params: { path: { id: "minimum_order" } },
      }),
    ).rejects.toBeInstanceOf(PostHogParameterError);
  });
});

describe("environments_insight_variables_partial_update", () => {
  it("PATCHes the given fields and answers with the variable (code_name unchanged)", async () => {
    const body = { name: "Minimum basket", default_value: 250 };
    const updated = {
      ...minimumOrder,
      name: "Minimum basket",
      default_value: 250,
    } satisfies InsightVariable;
    const seen: Seen = {};
    const scope = nock(HOST, AUTH)
      .patch(`${BASE}/insight_variables/${VARIABLE_ID}/`, body)
      .matchHeader("content-type", /^application\/json/)
      .reply(answer(seen, 200, updated));

    const { data, error, response } = await posthog.PATCH(
      "/api/environments/{project_id}/insight_variables/{id}/",
      {
        params: { path: { id: VARIABLE_ID } },
        body,
      },
    );

    scope.done();
    expect(seen.uri).toBe(`${BASE}/insight_variables/${VARIABLE_ID}/`);
    expect(seen.body).toEqual(body);
    expect(seen.headers?.authorization).toBe("Bearer phx_testkey");
    expect(error).toBeUndefined();
    expect(response.status).toBe(200);
    expect(data).toEqual(updated);
    expect(data?.code_name).toBe("minimum_order");
  });

  it("throws a PostHogApiError for an invalid type (400)", async () => {
    const scope = nock(HOST, AUTH)
      .patch(`${BASE}/insight_variables/${VARIABLE_ID}/`, { name: "" })
      .reply(400, {
        type: "validation_error",
        code: "blank",
        detail: "This field may not be blank.",
        attr: "name",
      });

    const error = await thrown(
      posthog.PATCH("/api/environments/{project_id}/insight_variables/{id}/", {
        params: { path: { id: VARIABLE_ID } },
        body: { name: "" },
        throwOnError: true,
      }),
    );

    scope.done();
    expect(error.status).toBe(400);
    expect(error.code).toBe("blank");
    expect(error.attr).toBe("name");
    expect(error.detail).toBe("This field may not be blank.");
  });
});

describe("environments_insight_variables_destroy", () => {
  it("DELETEs the variable and answers 204 with no body", async () => {
    const seen: Seen = {};
    const scope = nock(HOST, AUTH)
      .delete(`${BASE}/insight_variables/${VARIABLE_ID}/`)
      .reply(answer(seen, 204));

    const { data, error, response } = await posthog.DELETE(
      "/api/environments/{project_id}/insight_variables/{id}/",
      {
        params: { path: { id: VARIABLE_ID } },
      },
    );

    scope.done();
    expect(seen.uri).toBe(`${BASE}/insight_variables/${VARIABLE_ID}/`);
    expect(seen.body).toBe("");
    expect(seen.headers?.authorization).toBe("Bearer phx_testkey");
    expect(error).toBeUndefined();
    expect(response.status).toBe(204);
    expect(data).toBeUndefined();
  });

  it("throws a PostHogApiError for a 404 project", async () => {
    const scope = nock(HOST, AUTH)
      .delete(`/api/environments/99999/insight_variables/${VARIABLE_ID}/`)
      .reply(404, {
        type: "invalid_request",
        code: "not_found",
        detail: "Project not found.",
        attr: null,
      });

    const error = await thrown(
      posthog.DELETE("/api/environments/{project_id}/insight_variables/{id}/", {
        params: { path: { project_id: 99999, id: VARIABLE_ID } },
        throwOnError: true,
      }),
    );

    scope.done();
    expect(error.status).toBe(404);
    expect(error.detail).toBe("Project not found.");
    expect(error.message).toContain("Check the project id");
  });
});
