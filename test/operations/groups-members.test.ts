// Groups (8 operations) and explicit project members (4 operations), each called through the client
// against nock: the request on the wire (method, path, query, body, auth) and the parsed answer.
import nock from "nock";
import { describe, expect, it } from "vitest";
import { createPostHogClient, PostHogApiError } from "../../src/index.js";
import { example } from "../helpers/fixtures.js";
import type {
  ActivityPage,
  ExplicitTeamMember,
  Group,
  GroupFound,
  GroupPropertyDefinitions,
} from "../../src/index.js";

const HOST = "https://us.posthog.com";
const BASE = "/api/environments/12345";
const AUTH = { authorization: "Bearer phx_testkey" };

const posthog = createPostHogClient({ apiKey: "phx_testkey", projectId: 12345, retry: false });

/** A nock scope that only matches requests carrying the personal API key and a JSON Accept. */
const api = () => nock(HOST, { reqheaders: { ...AUTH, accept: "application/json" } });
/** The same, for requests with a JSON body. */
const apiWithBody = () =>
  nock(HOST, {
    reqheaders: { ...AUTH, accept: "application/json", "content-type": /application\/json/ },
  });

/**
 * Explicit members refuse personal API keys (their viewset sets no scope_object), so the client sends
 * none there: these scopes match only requests without an Authorization header.
 */
const session = () =>
  nock(HOST, { badheaders: ["authorization"], reqheaders: { accept: "application/json" } });
const sessionWithBody = () =>
  nock(HOST, {
    badheaders: ["authorization"],
    reqheaders: { accept: "application/json", "content-type": /application\/json/ },
  });

/** Runs `call`, expecting it to throw a PostHogApiError, and returns the error. */
async function apiError(call: () => Promise<unknown>): Promise<PostHogApiError> {
  const error = await call().then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(PostHogApiError);
  return error as PostHogApiError;
}

// The spec's examples: a group and an explicit member (Grace); Ada, the examples' other user, as a
// second member.
const acme: Group = example("Group");
const graceMember: ExplicitTeamMember = example("ExplicitTeamMember");
const grace = graceMember.user;

const adaMember: ExplicitTeamMember = {
  id: "0191aa10-2b3c-7d4e-8f50-617283940a2c",
  level: 1,
  parent_level: 15,
  parent_membership_id: "0191aa10-0000-7000-8000-00000000cafe",
  joined_at: "2026-03-01T08:30:00Z",
  updated_at: "2026-04-12T16:45:10Z",
  user: { ...example("Dashboard").created_by!, role_at_organization: "founder" },
  effective_level: 15,
};

describe("environments_groups_create", () => {
  it("POSTs the new group and answers 201 with it", async () => {
    const body = {
      group_type_index: 0,
      group_key: "acme-inc",
      group_properties: { name: "Acme Inc.", industry: "Manufacturing", employees: 250 },
    };
    const scope = apiWithBody().post(`${BASE}/groups/`, body).reply(201, acme);

    const { data, error, response } = await posthog.POST("/api/environments/{project_id}/groups/", {
      body,
    });

    scope.done();
    expect(response.status).toBe(201);
    expect(error).toBeUndefined();
    expect(data).toEqual(acme);
  });

  it("throws a PostHogApiError for a duplicate key (400 validation_error)", async () => {
    const duplicate = {
      type: "validation_error",
      code: "invalid_input",
      detail: "A group with this key already exists",
      attr: "detail",
    };
    const scope = apiWithBody()
      .post(`${BASE}/groups/`, { group_type_index: 0, group_key: "acme-inc" })
      .reply(400, duplicate);

    const error = await apiError(() =>
      posthog.POST("/api/environments/{project_id}/groups/", {
        body: { group_type_index: 0, group_key: "acme-inc" },
        throwOnError: true,
      }),
    );

    scope.done();
    expect(error.status).toBe(400);
    expect(error.method).toBe("POST");
    expect(error.type).toBe("validation_error");
    expect(error.code).toBe("invalid_input");
    expect(error.detail).toBe("A group with this key already exists");
    expect(error.attr).toBe("detail");
    expect(error.body).toEqual(duplicate);
    expect(error.message).toContain("A group with this key already exists");
  });

  it("returns the 400 body as `error` without throwOnError", async () => {
    const duplicate = {
      type: "validation_error",
      code: "invalid_input",
      detail: "A group with this key already exists",
      attr: "detail",
    };
    const scope = apiWithBody().post(`${BASE}/groups/`).reply(400, duplicate);

    const { data, error, response } = await posthog.POST("/api/environments/{project_id}/groups/", {
      body: { group_type_index: 0, group_key: "acme-inc", group_properties: null },
    });

    scope.done();
    expect(response.status).toBe(400);
    expect(data).toBeUndefined();
    expect(error).toEqual(duplicate);
  });
});

describe("environments_groups_activity_retrieve", () => {
  it("GETs a page of the group's activity by type index and key", async () => {
    const page: ActivityPage = {
      results: [
        {
          id: "0192f1e2-3a4b-7c5d-8e6f-708192a3b4c5",
          user: grace,
          unread: false,
          organization_id: "0189c7a2-0000-7000-8000-000000000001",
          was_impersonated: false,
          is_system: false,
          activity: "updated",
          item_id: "acme-inc",
          scope: "Group",
          detail: {
            name: "Acme Inc.",
            changes: [
              {
                type: "Group",
                action: "changed",
                field: "industry",
                before: "Retail",
                after: "Manufacturing",
              },
            ],
          },
          created_at: "2026-08-02T09:15:00Z",
        },
      ],
      next: `${HOST}${BASE}/groups/activity/?group_type_index=0&group_key=acme-inc&limit=5&page=3`,
      previous: `${HOST}${BASE}/groups/activity/?group_type_index=0&group_key=acme-inc&limit=5&page=1`,
      total_count: 11,
    };
    const scope = api()
      .get(`${BASE}/groups/activity/`)
      .query({ group_type_index: "0", group_key: "acme-inc", limit: "5", page: "2" })
      .reply(200, page);

    const { data, error, response } = await posthog.GET(
      "/api/environments/{project_id}/groups/activity/",
      {
        params: { query: { group_type_index: 0, group_key: "acme-inc", limit: 5, page: 2 } },
      },
    );

    scope.done();
    expect(response.status).toBe(200);
    expect(error).toBeUndefined();
    expect(data).toEqual(page);
  });

  it("throws a PostHogApiError with 404 for an unknown group", async () => {
    const scope = api()
      .get(`${BASE}/groups/activity/`)
      .query({ group_type_index: "1", group_key: "no-such-org" })
      .reply(404, { type: "invalid_request", code: "not_found", detail: "Not found.", attr: null });

    const error = await apiError(() =>
      posthog.GET("/api/environments/{project_id}/groups/activity/", {
        params: { query: { group_type_index: 1, group_key: "no-such-org" } },
        throwOnError: true,
      }),
    );

    scope.done();
    expect(error.status).toBe(404);
    expect(error.code).toBe("not_found");
    expect(error.detail).toBe("Not found.");
    expect(error.attr).toBeNull();
    expect(error.path).toBe(`${BASE}/groups/activity/?group_type_index=1&group_key=no-such-org`);
  });
});

describe("environments_groups_delete_property_create", () => {
  it('POSTs {"$unset": key} and answers 200 with the updated group', async () => {
    const updated: Group = {
      ...acme,
      group_properties: { name: "Acme Inc.", employees: 250 },
    };
    const scope = apiWithBody()
      .post(
        `${BASE}/groups/delete_property/`,
        (body) => JSON.stringify(body) === JSON.stringify({ $unset: "industry" }),
      )
      .query({ group_type_index: "0", group_key: "acme-inc" })
      .reply(200, updated);

    const { data, error, response } = await posthog.POST(
      "/api/environments/{project_id}/groups/delete_property/",
      {
        params: { query: { group_type_index: 0, group_key: "acme-inc" } },
        body: { $unset: "industry" },
      },
    );

    scope.done();
    expect(response.status).toBe(200);
    expect(error).toBeUndefined();
    expect(data).toEqual(updated);
    expect(data?.group_properties).not.toHaveProperty("industry");
  });
});

describe("environments_groups_find_retrieve", () => {
  it("GETs the group with its notebook, without creating one", async () => {
    const found: GroupFound = {
      group_type_index: 0,
      group_key: "acme-inc",
      group_properties: { name: "Acme Inc.", industry: "Manufacturing" },
      created_at: "2026-08-01T12:00:00Z",
      notebook: null,
    };
    const scope = api()
      .get(`${BASE}/groups/find/`)
      .query({ group_type_index: "0", group_key: "acme-inc", skip_create_notebook: "true" })
      .reply(200, found);

    const { data, error, response } = await posthog.GET(
      "/api/environments/{project_id}/groups/find/",
      {
        params: {
          query: { group_type_index: 0, group_key: "acme-inc", skip_create_notebook: true },
        },
      },
    );

    scope.done();
    expect(response.status).toBe(200);
    expect(error).toBeUndefined();
    expect(data).toEqual(found);
  });

  it("answers the notebook id when the server created one", async () => {
    const found: GroupFound = {
      group_type_index: 1,
      group_key: "workspace-8841",
      group_properties: { plan: "enterprise" },
      created_at: "2026-07-15T08:00:00Z",
      notebook: "nb-7Hk2pQ",
    };
    const scope = api()
      .get(`${BASE}/groups/find/`)
      .query({ group_type_index: "1", group_key: "workspace-8841" })
      .reply(200, found);

    const { data, response } = await posthog.GET("/api/environments/{project_id}/groups/find/", {
      params: { query: { group_type_index: 1, group_key: "workspace-8841" } },
    });

    scope.done();
    expect(response.status).toBe(200);
    expect(data).toEqual(found);
    expect(data?.notebook).toBe("nb-7Hk2pQ");
  });
});

describe("environments_groups_property_definitions_retrieve", () => {
  it("GETs the properties of each group type, keyed by type index", async () => {
    const definitions: GroupPropertyDefinitions = {
      "0": [
        { name: "name", count: 120 },
        { name: "industry", count: 87 },
      ],
      "1": [{ name: "plan", count: 40 }],
    };
    const scope = api()
      .get(`${BASE}/groups/property_definitions/`)
      .query({})
      .reply(200, definitions);

    const { data, error, response } = await posthog.GET(
      "/api/environments/{project_id}/groups/property_definitions/",
    );

    scope.done();
    expect(response.status).toBe(200);
    expect(error).toBeUndefined();
    expect(data).toEqual(definitions);
    expect(data?.["1"]?.[0]?.name).toBe("plan");
  });
});

describe("environments_groups_property_values_retrieve", () => {
  it("GETs the values of a property as {results, refreshing} (newer servers)", async () => {
    const values = {
      results: [
        { name: "Manufacturing", count: 31 },
        { name: "Marketing", count: 4 },
      ],
      refreshing: false,
    };
    const scope = api()
      .get(`${BASE}/groups/property_values/`)
      .query({ group_type_index: "0", key: "industry", value: "ma" })
      .reply(200, values);

    const { data, error, response } = await posthog.GET(
      "/api/environments/{project_id}/groups/property_values/",
      {
        params: { query: { group_type_index: 0, key: "industry", value: "ma" } },
      },
    );

    scope.done();
    expect(response.status).toBe(200);
    expect(error).toBeUndefined();
    expect(data).toEqual(values);
  });

  it("accepts the bare array older servers answer", async () => {
    const values = [
      { name: "Manufacturing", count: 31 },
      { name: "Software", count: 22 },
    ];
    const scope = api()
      .get(`${BASE}/groups/property_values/`)
      .query({ group_type_index: "0", key: "industry" })
      .reply(200, values);

    const { data, error, response } = await posthog.GET(
      "/api/environments/{project_id}/groups/property_values/",
      {
        params: { query: { group_type_index: 0, key: "industry" } },
      },
    );

    scope.done();
    expect(response.status).toBe(200);
    expect(error).toBeUndefined();
    expect(Array.isArray(data)).toBe(true);
    expect(data).toEqual(values);
  });
});

describe("environments_groups_update_property_create", () => {
  it("POSTs {key, value} and answers 200 with the updated group", async () => {
    const updated: Group = {
      ...acme,
      group_properties: { ...acme.group_properties, plan: { tier: "enterprise", seats: 40 } },
    };
    const body = { key: "plan", value: { tier: "enterprise", seats: 40 } };
    const scope = apiWithBody()
      .post(`${BASE}/groups/update_property/`, body)
      .query({ group_type_index: "0", group_key: "acme-inc" })
      .reply(200, updated);

    const { data, error, response } = await posthog.POST(
      "/api/environments/{project_id}/groups/update_property/",
      {
        params: { query: { group_type_index: 0, group_key: "acme-inc" } },
        body,
      },
    );

    scope.done();
    expect(response.status).toBe(200);
    expect(error).toBeUndefined();
    expect(data).toEqual(updated);
  });

  it("un-swaps the older server's code and detail in a 400", async () => {
    const swapped = {
      attr: "value",
      code: "This field is required.",
      detail: "required",
      type: "validation_error",
    };
    const scope = apiWithBody()
      .post(`${BASE}/groups/update_property/`, { key: "industry", value: null })
      .query({ group_type_index: "0", group_key: "acme-inc" })
      .reply(400, swapped);

    const error = await apiError(() =>
      posthog.POST("/api/environments/{project_id}/groups/update_property/", {
        params: { query: { group_type_index: 0, group_key: "acme-inc" } },
        body: { key: "industry", value: null },
        throwOnError: true,
      }),
    );

    scope.done();
    expect(error.status).toBe(400);
    expect(error.type).toBe("validation_error");
    expect(error.code).toBe("required");
    expect(error.detail).toBe("This field is required.");
    expect(error.attr).toBe("value");
    expect(error.body).toEqual(swapped);
  });
});

describe("environments_groups_upsert_properties_create", () => {
  it("POSTs the group and its properties and answers 200 with no body", async () => {
    const body = {
      group_type_index: 1,
      group_key: "workspace-8841",
      group_properties: { plan: "enterprise", seats: 40, renewed_at: "2026-09-01" },
    };
    const scope = apiWithBody().post(`${BASE}/groups/upsert_properties/`, body).reply(200);

    const { data, error, response } = await posthog.POST(
      "/api/environments/{project_id}/groups/upsert_properties/",
      {
        body,
      },
    );

    scope.done();
    expect(response.status).toBe(200);
    expect(error).toBeUndefined();
    expect(data).toBeUndefined();
  });
});

describe("environments_explicit_members_list", () => {
  it("GETs the explicit members as a bare array", async () => {
    const members = [graceMember, adaMember];
    const scope = session().get(`${BASE}/explicit_members/`).query({}).reply(200, members);

    const { data, error, response } = await posthog.GET(
      "/api/environments/{project_id}/explicit_members/",
    );

    scope.done();
    expect(response.status).toBe(200);
    expect(error).toBeUndefined();
    expect(Array.isArray(data)).toBe(true);
    expect(data).toEqual(members);
  });

  it("sends the path's own project_id over the client's default", async () => {
    const scope = session().get("/api/environments/777/explicit_members/").reply(200, []);

    const { data, response } = await posthog.GET(
      "/api/environments/{project_id}/explicit_members/",
      {
        params: { path: { project_id: 777 } },
      },
    );

    scope.done();
    expect(response.status).toBe(200);
    expect(data).toEqual([]);
  });

  it("throws a PostHogApiError for a missing scope (403)", async () => {
    const scope = session().get(`${BASE}/explicit_members/`).reply(403, {
      type: "authentication_error",
      code: "permission_denied",
      detail: "API key missing required scope 'project:read'",
      attr: null,
    });

    const error = await apiError(() =>
      posthog.GET("/api/environments/{project_id}/explicit_members/", { throwOnError: true }),
    );

    scope.done();
    expect(error.status).toBe(403);
    expect(error.code).toBe("permission_denied");
    expect(error.detail).toBe("API key missing required scope 'project:read'");
    expect(error.message).toContain("Add that scope");
  });
});

describe("environments_explicit_members_create", () => {
  it("POSTs {user_uuid, level} and answers 201 with the new member", async () => {
    const body = { user_uuid: "0189c7a2-1b3c-7d4e-8f5a-6b7c8d9e0f13", level: 8 as const };
    const scope = sessionWithBody().post(`${BASE}/explicit_members/`, body).reply(201, graceMember);

    const { data, error, response } = await posthog.POST(
      "/api/environments/{project_id}/explicit_members/",
      {
        body,
      },
    );

    scope.done();
    expect(response.status).toBe(201);
    expect(error).toBeUndefined();
    expect(data).toEqual(graceMember);
  });

  it("throws a PostHogApiError when the project lacks project-based permissioning (400)", async () => {
    const refusal = {
      type: "validation_error",
      code: "invalid_input",
      detail:
        "Explicit members can only be accessed for projects with project-based permissioning enabled.",
      attr: null,
    };
    const scope = sessionWithBody()
      .post(`${BASE}/explicit_members/`, {
        user_uuid: "0189c7a2-1b3c-7d4e-8f5a-6b7c8d9e0f13",
        level: 1,
      })
      .reply(400, refusal);

    const error = await apiError(() =>
      posthog.POST("/api/environments/{project_id}/explicit_members/", {
        body: { user_uuid: "0189c7a2-1b3c-7d4e-8f5a-6b7c8d9e0f13", level: 1 },
        throwOnError: true,
      }),
    );

    scope.done();
    expect(error.status).toBe(400);
    expect(error.code).toBe("invalid_input");
    expect(error.detail).toBe(refusal.detail);
  });
});

describe("environments_explicit_members_retrieve", () => {
  it("GETs one member by user UUID", async () => {
    const scope = session()
      .get(`${BASE}/explicit_members/0189c7a2-1b3c-7d4e-8f5a-6b7c8d9e0f13/`)
      .query({})
      .reply(200, graceMember);

    const { data, error, response } = await posthog.GET(
      "/api/environments/{project_id}/explicit_members/{parent_membership__user__uuid}/",
      {
        params: { path: { parent_membership__user__uuid: "0189c7a2-1b3c-7d4e-8f5a-6b7c8d9e0f13" } },
      },
    );

    scope.done();
    expect(response.status).toBe(200);
    expect(error).toBeUndefined();
    expect(data).toEqual(graceMember);
  });

  it('GETs the calling user\'s membership with "@me"', async () => {
    let wirePath: string | undefined;
    const scope = session()
      .get((path) => {
        wirePath = path;
        return (
          path === `${BASE}/explicit_members/%40me/` || path === `${BASE}/explicit_members/@me/`
        );
      })
      .reply(200, adaMember);

    const { data, error, response } = await posthog.GET(
      "/api/environments/{project_id}/explicit_members/{parent_membership__user__uuid}/",
      { params: { path: { parent_membership__user__uuid: "@me" } } },
    );

    scope.done();
    // "@" is percent-encoded like any path character outside the unreserved set; Django decodes it.
    expect(wirePath).toBe(`${BASE}/explicit_members/%40me/`);
    expect(response.status).toBe(200);
    expect(error).toBeUndefined();
    expect(data).toEqual(adaMember);
  });

  it("throws a PostHogApiError with 404 for a user who is not an explicit member", async () => {
    const scope = session()
      .get(`${BASE}/explicit_members/0189c7a2-1b3c-7d4e-8f5a-6b7c8d9e0fff/`)
      .reply(404, { type: "invalid_request", code: "not_found", detail: "Not found.", attr: null });

    const error = await apiError(() =>
      posthog.GET(
        "/api/environments/{project_id}/explicit_members/{parent_membership__user__uuid}/",
        {
          params: {
            path: { parent_membership__user__uuid: "0189c7a2-1b3c-7d4e-8f5a-6b7c8d9e0fff" },
          },
          throwOnError: true,
        },
      ),
    );

    scope.done();
    expect(error.status).toBe(404);
    expect(error.code).toBe("not_found");
    expect(error.detail).toBe("Not found.");
    expect(error.method).toBe("GET");
  });
});

describe("environments_explicit_members_partial_update", () => {
  it("PATCHes the member's level and answers 200 with the member", async () => {
    const demoted: ExplicitTeamMember = {
      ...graceMember,
      level: 1,
      updated_at: "2026-09-10T14:20:00Z",
      effective_level: 1,
    };
    const scope = sessionWithBody()
      .patch(`${BASE}/explicit_members/0189c7a2-1b3c-7d4e-8f5a-6b7c8d9e0f13/`, { level: 1 })
      .reply(200, demoted);

    const { data, error, response } = await posthog.PATCH(
      "/api/environments/{project_id}/explicit_members/{parent_membership__user__uuid}/",
      {
        params: { path: { parent_membership__user__uuid: "0189c7a2-1b3c-7d4e-8f5a-6b7c8d9e0f13" } },
        body: { level: 1 },
      },
    );

    scope.done();
    expect(response.status).toBe(200);
    expect(error).toBeUndefined();
    expect(data).toEqual(demoted);
  });

  it("throws a PostHogApiError when changing one's own level (403)", async () => {
    const refusal = {
      type: "authentication_error",
      code: "permission_denied",
      detail: "You can't change your own access level.",
      attr: null,
    };
    const scope = sessionWithBody()
      .patch(`${BASE}/explicit_members/%40me/`, { level: 8 })
      .reply(403, refusal);

    const error = await apiError(() =>
      posthog.PATCH(
        "/api/environments/{project_id}/explicit_members/{parent_membership__user__uuid}/",
        {
          params: { path: { parent_membership__user__uuid: "@me" } },
          body: { level: 8 },
          throwOnError: true,
        },
      ),
    );

    scope.done();
    expect(error.status).toBe(403);
    expect(error.method).toBe("PATCH");
    expect(error.code).toBe("permission_denied");
    expect(error.detail).toBe("You can't change your own access level.");
  });
});
