// The hog functions operations added by the second round of the spec, through the client and over
// the wire (nock): method, exact path and query, body bytes, auth header (none where PostHog refuses
// personal API keys), parsed answer.
import nock from "nock";
import { describe, expect, it } from "vitest";
import {
  PostHogApiError,
  type AppMetrics,
  type AppMetricsTotals,
  type HogFunction,
  type HogFunctionInvocationResult,
  type PaginatedHogFunctionLogEntryList,
} from "../../src/index.js";
import { exampleUser } from "../helpers/fixtures.js";
import { recordingClient } from "../helpers/recording-client.js";

const HOST = "https://us.posthog.com";
const BASE = "/api/environments/12345";
const AUTH = { reqheaders: { authorization: "Bearer phx_testkey" } };
/** For the operations that refuse personal API keys: the request must carry no Authorization at all. */
const NO_AUTH = { badheaders: ["authorization"] };
const FUNCTION_ID = "0190b2c3-d4e5-7f60-8172-839405a6b7c8";

/** Every request the client sent, as it went on the wire: the body as text, exactly. */
const { posthog, sent, lastSent } = recordingClient();

const ada = exampleUser();

const slack: HogFunction = {
  id: FUNCTION_ID,
  type: "destination",
  name: "Slack: new signups",
  description: "Posts each signup to #growth",
  created_at: "2026-07-07T07:07:07Z",
  created_by: ada,
  updated_at: "2026-11-01T10:00:00Z",
  enabled: true,
  hog: "fetch(inputs.url, {'method': 'POST', 'body': inputs.body})",
  bytecode: ["_H", 1, 32, "url"],
  transpiled: null,
  inputs_schema: [{ key: "url", type: "string", label: "Webhook URL", secret: true }],
  inputs: { url: { secret: true } },
  filters: { events: [{ id: "user signed up", type: "events" }] },
  masking: null,
  mappings: null,
  icon_url: "/static/services/slack.png",
  template: null,
  status: { state: 1, tokens: 10000 },
  execution_order: null,
  version: 3,
  draft: null,
  draft_updated_at: null,
};

const missingScope = (scope: string) => ({
  type: "authentication_error",
  code: "permission_denied",
  detail: `API key missing required scope '${scope}'`,
  attr: null,
});

describe("environments_hog_functions_create", () => {
  it("POSTs the new function as JSON with the key and returns 201 with it in full", async () => {
    const body = {
      type: "destination" as const,
      name: "Slack: new signups",
      template_id: "template-slack",
      inputs: { url: { value: "https://hooks.slack.com/services/T0/B0/x" } },
      enabled: false,
    };
    const scope = nock(HOST, AUTH)
      .matchHeader("content-type", /^application\/json/)
      .post(`${BASE}/hog_functions/`, body)
      .reply(201, { ...slack, enabled: false });

    const { data, error, response } = await posthog.POST(
      "/api/environments/{project_id}/hog_functions/",
      { body },
    );

    scope.done();
    expect(lastSent()).toEqual({
      method: "POST",
      url: `${HOST}${BASE}/hog_functions/`,
      body: JSON.stringify(body),
      authorization: "Bearer phx_testkey",
    });
    expect(error).toBeUndefined();
    expect(response.status).toBe(201);
    expect(data).toEqual({ ...slack, enabled: false });
  });

  it("throws the 400 PostHog sends when neither hog nor a template is given", async () => {
    const required = {
      type: "validation_error",
      code: "invalid_input",
      detail: "Required.",
      attr: "hog",
    };
    const scope = nock(HOST, AUTH)
      .post(`${BASE}/hog_functions/`, { name: "Empty" })
      .reply(400, required);

    const failure = await posthog
      .POST("/api/environments/{project_id}/hog_functions/", {
        body: { name: "Empty" },
        throwOnError: true,
      })
      .catch((e: unknown) => e);

    scope.done();
    expect(failure).toBeInstanceOf(PostHogApiError);
    expect(failure).toMatchObject({ status: 400, attr: "hog", detail: "Required." });
  });
});

describe("environments_hog_functions_retrieve", () => {
  it("GETs the function by UUID with the key", async () => {
    const scope = nock(HOST, AUTH).get(`${BASE}/hog_functions/${FUNCTION_ID}/`).reply(200, slack);

    const { data, response } = await posthog.GET(
      "/api/environments/{project_id}/hog_functions/{id}/",
      { params: { path: { id: FUNCTION_ID } } },
    );

    scope.done();
    expect(lastSent()).toMatchObject({
      method: "GET",
      body: "",
      authorization: "Bearer phx_testkey",
    });
    expect(response.status).toBe(200);
    expect(data).toEqual(slack);
    expect(data?.inputs).toEqual({ url: { secret: true } });
  });

  it("refuses an id that is not a UUID before sending anything", async () => {
    const before = sent.length;
    await expect(
      posthog.GET("/api/environments/{project_id}/hog_functions/{id}/", {
        params: { path: { id: "slack" } },
      }),
    ).rejects.toThrow(/UUID/);
    expect(sent).toHaveLength(before);
  });
});

describe("environments_hog_functions_update", () => {
  it("PUTs the changed fields as JSON (the server requires none) and returns the function", async () => {
    const body = { name: "Slack: signups", enabled: false };
    const scope = nock(HOST, AUTH)
      .put(`${BASE}/hog_functions/${FUNCTION_ID}/`, body)
      .reply(200, { ...slack, ...body });

    const { data, response } = await posthog.PUT(
      "/api/environments/{project_id}/hog_functions/{id}/",
      { params: { path: { id: FUNCTION_ID } }, body },
    );

    scope.done();
    expect(lastSent()).toEqual({
      method: "PUT",
      url: `${HOST}${BASE}/hog_functions/${FUNCTION_ID}/`,
      body: JSON.stringify(body),
      authorization: "Bearer phx_testkey",
    });
    expect(response.status).toBe(200);
    expect(data?.name).toBe("Slack: signups");
    expect(data?.enabled).toBe(false);
  });
});

describe("environments_hog_functions_partial_update", () => {
  it("soft-deletes with PATCH {deleted: true}", async () => {
    const scope = nock(HOST, AUTH)
      .patch(`${BASE}/hog_functions/${FUNCTION_ID}/`, { deleted: true })
      .reply(200, slack);

    const { data, response } = await posthog.PATCH(
      "/api/environments/{project_id}/hog_functions/{id}/",
      { params: { path: { id: FUNCTION_ID } }, body: { deleted: true } },
    );

    scope.done();
    expect(lastSent().body).toBe('{"deleted":true}');
    expect(response.status).toBe(200);
    expect(data).toEqual(slack);
    // `deleted` is write-only: it is not part of the answer's type.
    expect(data && "deleted" in data).toBe(false);
  });

  it("throws the 409 a stale base_updated_at gets on newer servers", async () => {
    const stale = {
      type: "invalid_request",
      code: "stale_update",
      detail:
        "This function changed since you previewed the publish, either the draft or the live config.",
      attr: null,
    };
    const body = { hog: "print('hi')", base_updated_at: "2026-10-01T00:00:00Z" };
    const scope = nock(HOST, AUTH)
      .patch(`${BASE}/hog_functions/${FUNCTION_ID}/`, body)
      .reply(409, stale);

    const failure = await posthog
      .PATCH("/api/environments/{project_id}/hog_functions/{id}/", {
        params: { path: { id: FUNCTION_ID } },
        body,
        throwOnError: true,
      })
      .catch((e: unknown) => e);

    scope.done();
    expect(failure).toBeInstanceOf(PostHogApiError);
    expect(failure).toMatchObject({ status: 409, code: "stale_update" });
  });
});

describe("environments_hog_functions_destroy", () => {
  it("always gets 405: the thrown error says to soft-delete with PATCH", async () => {
    const scope = nock(HOST, AUTH).delete(`${BASE}/hog_functions/${FUNCTION_ID}/`).reply(405);

    const failure = await posthog
      .DELETE("/api/environments/{project_id}/hog_functions/{id}/", {
        params: { path: { id: FUNCTION_ID } },
        throwOnError: true,
      })
      .catch((e: unknown) => e);

    scope.done();
    expect(lastSent()).toMatchObject({ method: "DELETE", authorization: "Bearer phx_testkey" });
    expect(failure).toBeInstanceOf(PostHogApiError);
    expect((failure as PostHogApiError).status).toBe(405);
    expect((failure as PostHogApiError).message).toContain(
      'Hog functions cannot be hard-deleted; soft-delete them with PATCH {"deleted": true}.',
    );
  });
});

describe("environments_hog_functions_enable_backfills_create", () => {
  it("POSTs with no key and no body, and returns the batch export id", async () => {
    const scope = nock(HOST, NO_AUTH)
      .post(`${BASE}/hog_functions/${FUNCTION_ID}/enable_backfills/`)
      .reply(200, { batch_export_id: "0193b2c3-d4e5-7f60-8172-839405a6b7e9" });

    const { data, response } = await posthog.POST(
      "/api/environments/{project_id}/hog_functions/{id}/enable_backfills/",
      { params: { path: { id: FUNCTION_ID } } },
    );

    scope.done();
    expect(lastSent()).toEqual({
      method: "POST",
      url: `${HOST}${BASE}/hog_functions/${FUNCTION_ID}/enable_backfills/`,
      body: "",
      authorization: null,
    });
    expect(response.status).toBe(200);
    expect(data).toEqual({ batch_export_id: "0193b2c3-d4e5-7f60-8172-839405a6b7e9" });
  });

  it("returns the {error} body PostHog sends when backfills are already enabled", async () => {
    const scope = nock(HOST, NO_AUTH)
      .post(`${BASE}/hog_functions/${FUNCTION_ID}/enable_backfills/`)
      .reply(400, { error: "Backfills already enabled for this function" });

    const { data, error, response } = await posthog.POST(
      "/api/environments/{project_id}/hog_functions/{id}/enable_backfills/",
      { params: { path: { id: FUNCTION_ID } } },
    );

    scope.done();
    expect(data).toBeUndefined();
    expect(response.status).toBe(400);
    expect(error).toEqual({ error: "Backfills already enabled for this function" });
  });
});

describe("environments_hog_functions_invocations_create", () => {
  const result: HogFunctionInvocationResult = {
    status: "success",
    logs: [{ timestamp: "2026-11-23T10:00:00.123Z", level: "info", message: "Executing function" }],
  };

  it("POSTs the configuration and globals as JSON with the key, and returns the worker's result", async () => {
    const body = {
      configuration: { type: "destination" as const, hog: "print(event.event)", inputs: {} },
      globals: { event: { event: "user signed up", distinct_id: "u1" } },
      mock_async_functions: true,
    };
    const scope = nock(HOST, AUTH)
      .post(`${BASE}/hog_functions/${FUNCTION_ID}/invocations/`, body)
      .reply(200, result);

    const { data, response } = await posthog.POST(
      "/api/environments/{project_id}/hog_functions/{id}/invocations/",
      { params: { path: { id: FUNCTION_ID } }, body },
    );

    scope.done();
    expect(lastSent()).toEqual({
      method: "POST",
      url: `${HOST}${BASE}/hog_functions/${FUNCTION_ID}/invocations/`,
      body: JSON.stringify(body),
      authorization: "Bearer phx_testkey",
    });
    expect(response.status).toBe(200);
    expect(data).toEqual(result);
  });

  it("takes `new` for a function not saved yet", async () => {
    const body = { configuration: { hog: "print(1)" }, globals: {} };
    const scope = nock(HOST, AUTH)
      .post(`${BASE}/hog_functions/new/invocations/`, body)
      .reply(200, result);

    const { data } = await posthog.POST(
      "/api/environments/{project_id}/hog_functions/{id}/invocations/",
      { params: { path: { id: "new" } }, body },
    );

    scope.done();
    expect(data?.status).toBe("success");
  });
});

describe("environments_hog_functions_logs_retrieve", () => {
  const logs: PaginatedHogFunctionLogEntryList = {
    count: 1,
    next: null,
    previous: null,
    results: [
      {
        log_source_id: FUNCTION_ID,
        instance_id: "0193a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b",
        timestamp: "2026-11-23T10:00:00.456Z",
        level: "ERROR",
        message: "Request failed with 500",
      },
    ],
  };

  it("GETs the entries with limit, after and level repeated, sending the key", async () => {
    const scope = nock(HOST, AUTH)
      .get(`${BASE}/hog_functions/${FUNCTION_ID}/logs/`)
      .query({
        limit: "100",
        after: "2026-11-23T00:00:00.000Z",
        level: ["ERROR", "WARN"],
        search: "500",
      })
      .reply(200, logs);

    const { data, response } = await posthog.GET(
      "/api/environments/{project_id}/hog_functions/{id}/logs/",
      {
        params: {
          path: { id: FUNCTION_ID },
          query: {
            limit: 100,
            after: "2026-11-23T00:00:00.000Z",
            level: ["ERROR", "WARN"],
            search: "500",
          },
        },
      },
    );

    scope.done();
    expect(lastSent().url).toBe(
      `${HOST}${BASE}/hog_functions/${FUNCTION_ID}/logs/?limit=100&after=2026-11-23T00%3A00%3A00.000Z&level=ERROR&level=WARN&search=500`,
    );
    expect(lastSent().authorization).toBe("Bearer phx_testkey");
    expect(response.status).toBe(200);
    expect(data).toEqual(logs);
  });

  it("is readable with paginate (one page: the server caps the entries at limit)", async () => {
    const scope = nock(HOST, AUTH)
      .get(`${BASE}/hog_functions/${FUNCTION_ID}/logs/`)
      .reply(200, logs);

    const entries = await posthog
      .paginate("/api/environments/{project_id}/hog_functions/{id}/logs/", {
        params: { path: { id: FUNCTION_ID } },
      })
      .toArray();

    scope.done();
    expect(entries).toEqual(logs.results);
  });
});

describe("environments_hog_functions_metrics_retrieve", () => {
  const metrics: AppMetrics = {
    labels: ["2026-11-22", "2026-11-23"],
    series: [
      { name: "succeeded", values: [98, 143] },
      { name: "failed", values: [2, 1] },
    ],
  };

  it("GETs the series with after, interval and comma-joined names, sending the key", async () => {
    const scope = nock(HOST, AUTH)
      .get(`${BASE}/hog_functions/${FUNCTION_ID}/metrics/`)
      .query({ after: "-2d", interval: "day", name: "succeeded,failed", breakdown_by: "name" })
      .reply(200, metrics);

    const { data, response } = await posthog.GET(
      "/api/environments/{project_id}/hog_functions/{id}/metrics/",
      {
        params: {
          path: { id: FUNCTION_ID },
          query: {
            after: "-2d",
            interval: "day",
            name: ["succeeded", "failed"],
            breakdown_by: "name",
          },
        },
      },
    );

    scope.done();
    expect(lastSent().url).toBe(
      `${HOST}${BASE}/hog_functions/${FUNCTION_ID}/metrics/?after=-2d&interval=day&name=succeeded%2Cfailed&breakdown_by=name`,
    );
    expect(lastSent().authorization).toBe("Bearer phx_testkey");
    expect(response.status).toBe(200);
    expect(data).toEqual(metrics);
  });
});

describe("environments_hog_functions_metrics_totals_retrieve", () => {
  it("GETs the totals, a Date after sent as ISO 8601", async () => {
    const totals: AppMetricsTotals = { totals: { succeeded: 361, failed: 3 } };
    const scope = nock(HOST, AUTH)
      .get(`${BASE}/hog_functions/${FUNCTION_ID}/metrics/totals/`)
      .query({ after: "2026-11-01T00:00:00.000Z", kind: "success,failure" })
      .reply(200, totals);

    const { data, response } = await posthog.GET(
      "/api/environments/{project_id}/hog_functions/{id}/metrics/totals/",
      {
        params: {
          path: { id: FUNCTION_ID },
          query: { after: new Date("2026-11-01T00:00:00Z"), kind: ["success", "failure"] },
        },
      },
    );

    scope.done();
    expect(lastSent()).toMatchObject({
      method: "GET",
      body: "",
      authorization: "Bearer phx_testkey",
    });
    expect(response.status).toBe(200);
    expect(data).toEqual(totals);
  });
});

describe("environments_hog_functions_icon_retrieve", () => {
  it("GETs the image with no key, read as a blob", async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const scope = nock(HOST, NO_AUTH)
      .get(`${BASE}/hog_functions/icon/`)
      .query({ id: "slack.com" })
      .reply(200, png, { "Content-Type": "image/png" });

    const { data, response } = await posthog.GET(
      "/api/environments/{project_id}/hog_functions/icon/",
      {
        params: { query: { id: "slack.com" } },
        parseAs: "blob",
      },
    );

    scope.done();
    expect(lastSent()).toEqual({
      method: "GET",
      url: `${HOST}${BASE}/hog_functions/icon/?id=slack.com`,
      body: "",
      authorization: null,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/png");
    expect(Buffer.from(await data!.arrayBuffer())).toEqual(png);
  });
});

describe("environments_hog_functions_icons_retrieve", () => {
  it("GETs the icons matching a query, with no key", async () => {
    const icons = [
      {
        id: "slack.com",
        name: "Slack",
        url: "/api/projects/@current/hog_functions/icon/?id=slack.com",
      },
    ];
    const scope = nock(HOST, NO_AUTH)
      .get(`${BASE}/hog_functions/icons/`)
      .query({ query: "slack" })
      .reply(200, icons);

    const { data, response } = await posthog.GET(
      "/api/environments/{project_id}/hog_functions/icons/",
      {
        params: { query: { query: "slack" } },
      },
    );

    scope.done();
    expect(lastSent().authorization).toBeNull();
    expect(response.status).toBe(200);
    expect(data).toEqual(icons);
  });
});

describe("environments_hog_functions_rearrange_partial_update", () => {
  const second = "0190b2c3-d4e5-7f60-8172-839405a6b7d2";

  it("PATCHes {orders} as JSON with the key and returns the functions in their new order", async () => {
    const body = { orders: { [FUNCTION_ID]: 2, [second]: 1 } };
    const reordered: HogFunction[] = [
      { ...slack, id: second, type: "transformation", execution_order: 1 },
      { ...slack, type: "transformation", execution_order: 2 },
    ];
    const scope = nock(HOST, AUTH)
      .patch(`${BASE}/hog_functions/rearrange/`, body)
      .reply(200, reordered);

    const { data, response } = await posthog.PATCH(
      "/api/environments/{project_id}/hog_functions/rearrange/",
      { body },
    );

    scope.done();
    expect(lastSent()).toEqual({
      method: "PATCH",
      url: `${HOST}${BASE}/hog_functions/rearrange/`,
      body: JSON.stringify(body),
      authorization: "Bearer phx_testkey",
    });
    expect(response.status).toBe(200);
    expect(data?.map((f) => f.execution_order)).toEqual([1, 2]);
  });

  it("throws a PostHogApiError naming the scope when the key lacks hog_function:write", async () => {
    const scope = nock(HOST, AUTH)
      .patch(`${BASE}/hog_functions/rearrange/`)
      .reply(403, missingScope("hog_function:write"));

    const failure = await posthog
      .PATCH("/api/environments/{project_id}/hog_functions/rearrange/", {
        body: { orders: { [FUNCTION_ID]: 1 } },
        throwOnError: true,
      })
      .catch((e: unknown) => e);

    scope.done();
    expect(failure).toBeInstanceOf(PostHogApiError);
    expect((failure as PostHogApiError).status).toBe(403);
    expect((failure as PostHogApiError).detail).toBe(
      "API key missing required scope 'hog_function:write'",
    );
  });
});

describe("the hog functions list's corrections", () => {
  it("sends filters JSON-encoded and full=true", async () => {
    const page = { count: 0, next: null, previous: null, results: [] };
    const scope = nock(HOST, AUTH)
      .get(`${BASE}/hog_functions/`)
      .query({ filters: '{"source":"events"}', full: "true" })
      .reply(200, page);

    const { data } = await posthog.GET("/api/environments/{project_id}/hog_functions/", {
      params: { query: { filters: { source: "events" }, full: true } },
    });

    scope.done();
    expect(lastSent().url).toBe(
      `${HOST}${BASE}/hog_functions/?filters=%7B%22source%22%3A%22events%22%7D&full=true`,
    );
    expect(data).toEqual(page);
  });
});
