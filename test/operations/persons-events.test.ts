// Persons (7 operations) and events (3 operations), through the client, against nock.
import nock from "nock";
import { describe, expect, it } from "vitest";
import { createPostHogClient, PostHogApiError } from "../../src/index.js";
import { example, exampleUser } from "../helpers/fixtures.js";

const HOST = "https://us.posthog.com";
const BASE = "/api/environments/12345";
const AUTH = { authorization: "Bearer phx_testkey" };

const posthog = createPostHogClient({ apiKey: "phx_testkey", projectId: 12345, retry: false });

/** An interceptor that requires the client's personal API key. */
const api = () => nock(HOST, { reqheaders: AUTH });

/** Catches what `fn` throws (or fails the test if it does not throw). */
async function thrown(fn: () => Promise<unknown>): Promise<unknown> {
  try {
    await fn();
  } catch (error) {
    return error;
  }
  throw new Error("expected the call to throw");
}

// The spec's example person and event.
const person = example("Person");
const clickhouseEvent = example("ClickhouseEvent");
const PERSON_UUID = person.uuid;
const PERSON_ID = person.id;
const EVENT_UUID = clickhouseEvent.id;

// ---------------------------------------------------------------------------------------------------
// Persons
// ---------------------------------------------------------------------------------------------------

describe("environments_persons_list", () => {
  it("sends JSON-encoded property filters, search, distinct_id, paging and include_total", async () => {
    const properties = [
      { key: "plan", value: ["pro", "enterprise"], operator: "exact", type: "person" },
      { key: "email", value: "@example.com", operator: "icontains", type: "person" },
    ];
    const page = {
      next: "https://us.posthog.com/api/environments/12345/persons/?limit=1&offset=1",
      previous: null,
      count: 2,
      results: [
        {
          type: "person",
          id: PERSON_UUID,
          uuid: PERSON_UUID,
          created_at: "2026-10-01T08:00:00Z",
          last_seen_at: "2026-11-20T10:15:00Z",
          properties: { email: "ada@example.com", plan: "pro" },
          is_identified: true,
          name: "ada@example.com",
          distinct_ids: ["user-1", PERSON_UUID],
          matched_recordings: [],
          value_at_data_point: null,
        },
      ],
    };
    let rawQuery = "";
    const scope = api()
      .get(`${BASE}/persons/`)
      .query({
        properties: JSON.stringify(properties),
        search: "ada@example.com",
        distinct_id: "user-1",
        limit: "1",
        offset: "0",
        include_total: "true",
      })
      .reply(200, (uri) => {
        rawQuery = uri.slice(uri.indexOf("?") + 1);
        return page;
      });

    const { data, error, response } = await posthog.GET("/api/environments/{project_id}/persons/", {
      params: {
        query: {
          properties,
          search: "ada@example.com",
          distinct_id: "user-1",
          limit: 1,
          offset: 0,
          include_total: true,
        },
      },
    });

    scope.done();
    expect(new URLSearchParams(rawQuery).get("properties")).toBe(
      '[{"key":"plan","value":["pro","enterprise"],"operator":"exact","type":"person"},' +
        '{"key":"email","value":"@example.com","operator":"icontains","type":"person"}]',
    );
    expect(rawQuery).toContain("include_total=true");
    expect(error).toBeUndefined();
    expect(response.status).toBe(200);
    expect(data).toEqual(page);
    // The list's ids are UUID strings, unlike GET persons/{id}/.
    const first: string | undefined = data?.results[0]?.id;
    expect(first).toBe(PERSON_UUID);
    expect(data?.count).toBe(2);
  });

  it("sends no query string when no filter is given, and the page has no count", async () => {
    const page = { next: null, previous: null, results: [] };
    let seenUri = "";
    const scope = api()
      .get(`${BASE}/persons/`)
      .reply(200, (uri) => {
        seenUri = uri;
        return page;
      });

    const { data, error, response } = await posthog.GET("/api/environments/{project_id}/persons/");

    scope.done();
    expect(seenUri).toBe(`${BASE}/persons/`);
    expect(error).toBeUndefined();
    expect(response.status).toBe(200);
    expect(data).toEqual(page);
    expect(data).not.toHaveProperty("count");
  });
});

describe("environments_persons_retrieve", () => {
  it("gets a person by integer id", async () => {
    const scope = api().get(`${BASE}/persons/${PERSON_ID}/`).reply(200, person);

    const { data, error, response } = await posthog.GET(
      "/api/environments/{project_id}/persons/{id}/",
      {
        params: { path: { id: PERSON_ID } },
      },
    );

    scope.done();
    expect(error).toBeUndefined();
    expect(response.status).toBe(200);
    expect(data).toEqual(person);
    const id: number | undefined = data?.id;
    expect(id).toBe(PERSON_ID);
  });

  it("gets a person by UUID", async () => {
    const scope = api().get(`${BASE}/persons/${PERSON_UUID}/`).reply(200, person);

    const { data, error, response } = await posthog.GET(
      "/api/environments/{project_id}/persons/{id}/",
      {
        params: { path: { id: PERSON_UUID } },
      },
    );

    scope.done();
    expect(error).toBeUndefined();
    expect(response.status).toBe(200);
    expect(data).toEqual(person);
  });

  it("throws a PostHogApiError for an unknown person (404)", async () => {
    const body = { type: "invalid_request", code: "not_found", detail: "Not found.", attr: null };
    const scope = api().get(`${BASE}/persons/9999999/`).reply(404, body);

    const error = await thrown(() =>
      posthog.GET("/api/environments/{project_id}/persons/{id}/", {
        params: { path: { id: 9999999 } },
        throwOnError: true,
      }),
    );

    scope.done();
    expect(error).toBeInstanceOf(PostHogApiError);
    const apiError = error as PostHogApiError;
    expect(apiError.status).toBe(404);
    expect(apiError.code).toBe("not_found");
    expect(apiError.detail).toBe("Not found.");
    expect(apiError.type).toBe("invalid_request");
    expect(apiError.attr).toBeNull();
    expect(apiError.method).toBe("GET");
    expect(apiError.path).toBe(`${BASE}/persons/9999999/`);
    expect(apiError.body).toEqual(body);
  });

  it("returns the error body without throwing when throwOnError is not set", async () => {
    const body = {
      type: "validation_error",
      code: "invalid_input",
      detail:
        "The ID provided does not look like a personID. If you are using a distinctId, please use /persons?distinct_id=user-1 instead.",
      attr: null,
    };
    const scope = api().get(`${BASE}/persons/${PERSON_UUID}/`).reply(400, body);

    const { data, error, response } = await posthog.GET(
      "/api/environments/{project_id}/persons/{id}/",
      {
        params: { path: { id: PERSON_UUID } },
      },
    );

    scope.done();
    expect(data).toBeUndefined();
    expect(response.status).toBe(400);
    expect(error).toEqual(body);
  });
});

describe("environments_persons_partial_update", () => {
  it("sends {properties} and answers 202 with no body", async () => {
    const update = { properties: { plan: "enterprise", seats: 25, beta_opt_in: true } };
    const scope = api()
      .patch(`${BASE}/persons/${PERSON_ID}/`, (body) => {
        expect(body).toEqual(update);
        return true;
      })
      .reply(202);

    const { data, error, response } = await posthog.PATCH(
      "/api/environments/{project_id}/persons/{id}/",
      {
        params: { path: { id: PERSON_ID } },
        body: update,
      },
    );

    scope.done();
    expect(error).toBeUndefined();
    expect(response.status).toBe(202);
    expect(data).toBeUndefined();
  });

  it("sends the body as JSON", async () => {
    const update = { properties: { company: "Analytical Engines Ltd" } };
    const scope = api()
      .matchHeader("content-type", /^application\/json/)
      .patch(`${BASE}/persons/${PERSON_UUID}/`, JSON.stringify(update))
      .reply(202, "");

    const { data, response } = await posthog.PATCH("/api/environments/{project_id}/persons/{id}/", {
      params: { path: { id: PERSON_UUID } },
      body: update,
    });

    scope.done();
    expect(response.status).toBe(202);
    expect(data).toBeUndefined();
  });
});

describe("environments_persons_destroy", () => {
  it("sends delete_events=true and answers 202 with no body", async () => {
    let seenUri = "";
    const scope = api()
      .delete(`${BASE}/persons/${PERSON_ID}/`)
      .query({ delete_events: "true" })
      .reply(202, (uri) => {
        seenUri = uri;
        return "";
      });

    const { data, error, response } = await posthog.DELETE(
      "/api/environments/{project_id}/persons/{id}/",
      {
        params: { path: { id: PERSON_ID }, query: { delete_events: true } },
      },
    );

    scope.done();
    expect(seenUri).toBe(`${BASE}/persons/${PERSON_ID}/?delete_events=true`);
    expect(error).toBeUndefined();
    expect(response.status).toBe(202);
    expect(data).toBeUndefined();
  });

  it("sends no query string without delete_events (events are kept)", async () => {
    let seenUri = "";
    const scope = api()
      .delete(`${BASE}/persons/${PERSON_UUID}/`)
      .reply(202, (uri) => {
        seenUri = uri;
        return "";
      });

    const { data, error, response } = await posthog.DELETE(
      "/api/environments/{project_id}/persons/{id}/",
      {
        params: { path: { id: PERSON_UUID } },
      },
    );

    scope.done();
    expect(seenUri).toBe(`${BASE}/persons/${PERSON_UUID}/`);
    expect(error).toBeUndefined();
    expect(response.status).toBe(202);
    expect(data).toBeUndefined();
  });
});

describe("environments_persons_activity_retrieve_2", () => {
  it("sends page and limit and returns the activity page", async () => {
    const activity = {
      results: [
        {
          id: "0193a4b2-6c1d-7e2f-8a3b-4c5d6e7f8091",
          user: exampleUser(),
          unread: false,
          organization_id: "0189c7a2-0000-7000-8000-000000000001",
          was_impersonated: false,
          is_system: false,
          activity: "updated",
          item_id: String(PERSON_ID),
          scope: "Person",
          detail: {
            changes: [
              {
                type: "Person",
                action: "changed",
                field: "properties",
                before: { plan: "free" },
                after: { plan: "pro" },
              },
            ],
            name: "ada@example.com",
          },
          created_at: "2026-11-20T14:02:11.203Z",
        },
      ],
      next: "https://us.posthog.com/api/environments/12345/persons/1234567/activity/?page=3&limit=10",
      previous:
        "https://us.posthog.com/api/environments/12345/persons/1234567/activity/?page=1&limit=10",
      total_count: 24,
    };
    const scope = api()
      .get(`${BASE}/persons/${PERSON_ID}/activity/`)
      .query({ page: "2", limit: "10" })
      .reply(200, activity);

    const { data, error, response } = await posthog.GET(
      "/api/environments/{project_id}/persons/{id}/activity/",
      {
        params: { path: { id: PERSON_ID }, query: { page: 2, limit: 10 } },
      },
    );

    scope.done();
    expect(error).toBeUndefined();
    expect(response.status).toBe(200);
    expect(data).toEqual(activity);
    expect(data?.total_count).toBe(24);
  });
});

describe("environments_persons_delete_property_create", () => {
  it('sends {"$unset": key} in the body and answers 201 {"success": true}', async () => {
    let seenUri = "";
    const scope = api()
      .post(`${BASE}/persons/${PERSON_ID}/delete_property/`, (body) => {
        expect(body).toEqual({ $unset: "plan" });
        return true;
      })
      .reply(201, (uri) => {
        seenUri = uri;
        return { success: true };
      });

    const { data, error, response } = await posthog.POST(
      "/api/environments/{project_id}/persons/{id}/delete_property/",
      { params: { path: { id: PERSON_ID } }, body: { $unset: "plan" } },
    );

    scope.done();
    // The key goes in the body only, not in the (documented but broken) query parameter.
    expect(seenUri).toBe(`${BASE}/persons/${PERSON_ID}/delete_property/`);
    expect(error).toBeUndefined();
    expect(response.status).toBe(201);
    expect(data).toEqual({ success: true });
  });

  it('throws a PostHogApiError reading the {"success": false, "detail"} failure shape', async () => {
    const body = { success: false, detail: "Unable to delete property" };
    const scope = api()
      .post(`${BASE}/persons/${PERSON_UUID}/delete_property/`, { $unset: "plan" })
      .reply(400, body);

    const error = await thrown(() =>
      posthog.POST("/api/environments/{project_id}/persons/{id}/delete_property/", {
        params: { path: { id: PERSON_UUID } },
        body: { $unset: "plan" },
        throwOnError: true,
      }),
    );

    scope.done();
    expect(error).toBeInstanceOf(PostHogApiError);
    const apiError = error as PostHogApiError;
    expect(apiError.status).toBe(400);
    expect(apiError.detail).toBe("Unable to delete property");
    expect(apiError.code).toBeUndefined();
    expect(apiError.type).toBeUndefined();
    expect(apiError.method).toBe("POST");
    expect(apiError.path).toBe(`${BASE}/persons/${PERSON_UUID}/delete_property/`);
    expect(apiError.body).toEqual(body);
    expect(apiError.message).toContain("Unable to delete property");
  });
});

describe("environments_persons_properties_timeline_retrieve", () => {
  it("sends no Authorization header (personal API keys are refused) and passes the session cookie", async () => {
    const events = [{ id: "$pageview", name: "$pageview", type: "events", order: 0 }];
    const timeline = {
      points: [
        {
          timestamp: "2026-11-01T00:00:00Z",
          properties: { plan: "free" },
          relevant_event_count: 12,
        },
        { timestamp: "2026-11-15T09:30:00Z", properties: { plan: "pro" }, relevant_event_count: 7 },
      ],
      crucial_property_keys: ["plan"],
      effective_date_from: "2026-11-01T00:00:00+00:00",
      effective_date_to: "2026-11-23T23:59:59.999999+00:00",
    };
    const scope = nock(HOST, {
      badheaders: ["authorization"],
      reqheaders: { cookie: "sessionid=abc" },
    })
      .get(`${BASE}/persons/${PERSON_ID}/properties_timeline/`)
      .query({
        date_from: "2026-11-01",
        date_to: "2026-11-23",
        interval: "day",
        events: JSON.stringify(events),
      })
      .reply(200, timeline);

    const { data, error, response } = await posthog.GET(
      "/api/environments/{project_id}/persons/{id}/properties_timeline/",
      {
        params: {
          path: { id: PERSON_ID },
          query: { date_from: "2026-11-01", date_to: "2026-11-23", interval: "day", events },
        },
        headers: { Cookie: "sessionid=abc" },
      },
    );

    scope.done();
    expect(error).toBeUndefined();
    expect(response.status).toBe(200);
    expect(data).toEqual(timeline);
  });
});

// ---------------------------------------------------------------------------------------------------
// Events
// ---------------------------------------------------------------------------------------------------

describe("environments_events_list", () => {
  it("sends event, distinct_id, JSON-encoded properties, after as ISO and limit; the page has no count", async () => {
    const properties = [
      { key: "$browser", value: ["Chrome", "Firefox"], operator: "exact", type: "event" },
    ];
    const after = new Date(Date.UTC(2026, 10, 13, 10, 15, 0));
    const page = {
      next: "https://us.posthog.com/api/environments/12345/events/?event=%24pageview&limit=1&before=2026-11-20T10%3A15%3A00.123000%2B00%3A00",
      results: [clickhouseEvent],
    };
    let rawQuery = "";
    const scope = api()
      .get(`${BASE}/events/`)
      .query({
        event: "$pageview",
        distinct_id: "user-1",
        properties: JSON.stringify(properties),
        after: "2026-11-13T10:15:00.000Z",
        limit: "1",
      })
      .reply(200, (uri) => {
        rawQuery = uri.slice(uri.indexOf("?") + 1);
        return page;
      });

    const { data, error, response } = await posthog.GET("/api/environments/{project_id}/events/", {
      params: {
        query: {
          event: "$pageview",
          distinct_id: "user-1",
          properties,
          after, // a Date: typed string | Date, sent as ISO 8601
          limit: 1,
        },
      },
    });

    scope.done();
    const sent = new URLSearchParams(rawQuery);
    expect(sent.get("after")).toBe(after.toISOString());
    expect(sent.get("properties")).toBe(
      '[{"key":"$browser","value":["Chrome","Firefox"],"operator":"exact","type":"event"}]',
    );
    expect(error).toBeUndefined();
    expect(response.status).toBe(200);
    expect(data).toEqual(page);
    expect(data).not.toHaveProperty("count");
  });

  it("sends an ISO string for after unchanged", async () => {
    const page = { next: null, results: [clickhouseEvent] };
    const scope = api()
      .get(`${BASE}/events/`)
      .query({ after: "2026-11-13T10:15:00.000Z", distinct_id: "user-1" })
      .reply(200, page);

    const { data, error, response } = await posthog.GET("/api/environments/{project_id}/events/", {
      params: { query: { after: "2026-11-13T10:15:00.000Z", distinct_id: "user-1" } },
    });

    scope.done();
    expect(error).toBeUndefined();
    expect(response.status).toBe(200);
    expect(data).toEqual(page);
  });
});

describe("environments_events_retrieve", () => {
  it("gets one event by UUID", async () => {
    const scope = api().get(`${BASE}/events/${EVENT_UUID}/`).reply(200, clickhouseEvent);

    const { data, error, response } = await posthog.GET(
      "/api/environments/{project_id}/events/{id}/",
      {
        params: { path: { id: EVENT_UUID } },
      },
    );

    scope.done();
    expect(error).toBeUndefined();
    expect(response.status).toBe(200);
    expect(data).toEqual(clickhouseEvent);
  });

  it("throws a PostHogApiError for the server's 400 Invalid UUID answer", async () => {
    // The client only sends ids that look like UUIDs; this one passes that check but the server refuses it.
    const rejected = "01932b4c-7f3e-7c2a-9d1e-2f6a8b9c0d1f";
    const body = { detail: "Invalid UUID", code: "invalid", type: "validation_error" };
    const scope = api().get(`${BASE}/events/${rejected}/`).reply(400, body);

    const error = await thrown(() =>
      posthog.GET("/api/environments/{project_id}/events/{id}/", {
        params: { path: { id: rejected } },
        throwOnError: true,
      }),
    );

    scope.done();
    expect(error).toBeInstanceOf(PostHogApiError);
    const apiError = error as PostHogApiError;
    expect(apiError.status).toBe(400);
    expect(apiError.code).toBe("invalid");
    expect(apiError.detail).toBe("Invalid UUID");
    expect(apiError.type).toBe("validation_error");
    expect(apiError.attr).toBeUndefined();
    expect(apiError.method).toBe("GET");
    expect(apiError.path).toBe(`${BASE}/events/${rejected}/`);
    expect(apiError.body).toEqual(body);
  });
});

describe("environments_events_values_retrieve", () => {
  it("repeats event_name and returns the newer {results, refreshing} answer", async () => {
    const values = {
      results: [
        { name: "Chrome", count: 1520 },
        { name: "Safari", count: 611 },
        { name: "Firefox", count: 204 },
      ],
      refreshing: false,
    };
    let rawQuery = "";
    const scope = api()
      .get(`${BASE}/events/values/`)
      .query({ key: "$browser", event_name: ["$pageview", "$autocapture"] })
      .reply(200, (uri) => {
        rawQuery = uri.slice(uri.indexOf("?") + 1);
        return values;
      });

    const { data, error, response } = await posthog.GET(
      "/api/environments/{project_id}/events/values/",
      {
        params: { query: { key: "$browser", event_name: ["$pageview", "$autocapture"] } },
      },
    );

    scope.done();
    expect(rawQuery).toBe("key=%24browser&event_name=%24pageview&event_name=%24autocapture");
    expect(error).toBeUndefined();
    expect(response.status).toBe(200);
    expect(data).toEqual(values);
  });

  it("returns the older bare-array answer", async () => {
    const values = [{ name: "Chrome" }, { name: "Safari" }, { name: "Firefox" }];
    const scope = api()
      .get(`${BASE}/events/values/`)
      .query({ key: "$browser", event_name: ["$pageview", "$autocapture"] })
      .reply(200, values);

    const { data, error, response } = await posthog.GET(
      "/api/environments/{project_id}/events/values/",
      {
        params: { query: { key: "$browser", event_name: ["$pageview", "$autocapture"] } },
      },
    );

    scope.done();
    expect(error).toBeUndefined();
    expect(response.status).toBe(200);
    expect(data).toEqual(values);
    expect(Array.isArray(data)).toBe(true);
  });
});
