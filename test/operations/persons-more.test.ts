// Persons operations added for issue 9 (and the events and persons corrections), through the client,
// against nock: method, exact URL and query, body bytes, the key (or its absence) and the parsed answer.
import nock from "nock";
import { afterEach, describe, expect, it } from "vitest";
import { BASE, HOST, KEY, recordingClient } from "./wire.js";

const { posthog, only } = recordingClient();
const server = () => nock(HOST);

afterEach(() => {
  expect(nock.pendingMocks()).toEqual([]);
  nock.cleanAll();
});

const PERSON_UUID = "0192f1a2-3b4c-7d5e-8f60-718293a4b5c6";
const PERSON_ID = 1234567;
const EVENT_UUID = "01932b4c-7f3e-7c2a-9d1e-2f6a8b9c0d1e";
const BEARER = `Bearer ${KEY}`;

const serializedPerson = {
  type: "person",
  id: PERSON_UUID,
  uuid: PERSON_UUID,
  created_at: "2026-10-01T08:00:00Z",
  properties: { email: "ada@example.com" },
  is_identified: true,
  name: "ada@example.com",
  distinct_ids: ["user-1"],
  matched_recordings: [],
  value_at_data_point: null,
};
const activityPage = { results: [], next: null, previous: null, total_count: 0 };

describe("environments_persons_update", () => {
  it("PUTs {properties} and answers 202 with no body", async () => {
    server().put(`${BASE}/persons/${PERSON_ID}/`).reply(202);
    const { data, error, response } = await posthog.PUT(
      "/api/environments/{project_id}/persons/{id}/",
      { params: { path: { id: PERSON_ID } }, body: { properties: { plan: "pro" } } },
    );
    const sent = only();
    expect(sent.method).toBe("PUT");
    expect(sent.url).toBe(`${HOST}${BASE}/persons/${PERSON_ID}/`);
    expect(sent.body).toBe('{"properties":{"plan":"pro"}}');
    expect(sent.headers.get("authorization")).toBe(BEARER);
    expect(response.status).toBe(202);
    expect(error).toBeUndefined();
    expect(data).toBeUndefined();
  });
});

describe("environments_persons_split_create", () => {
  it("POSTs the distinct ids to move off and answers 201 {success: true}", async () => {
    server().post(`${BASE}/persons/${PERSON_UUID}/split/`).reply(201, { success: true });
    const { data, response } = await posthog.POST(
      "/api/environments/{project_id}/persons/{id}/split/",
      { params: { path: { id: PERSON_UUID } }, body: { distinct_ids_to_split: ["anon-2"] } },
    );
    const sent = only();
    expect(sent.method).toBe("POST");
    expect(sent.url).toBe(`${HOST}${BASE}/persons/${PERSON_UUID}/split/`);
    expect(sent.body).toBe('{"distinct_ids_to_split":["anon-2"]}');
    expect(sent.headers.get("authorization")).toBe(BEARER);
    expect(response.status).toBe(201);
    expect(data).toEqual({ success: true });
  });
});

describe("environments_persons_update_property_create", () => {
  it("sends key and value in the body, not the query, and answers 202", async () => {
    server().post(`${BASE}/persons/${PERSON_ID}/update_property/`).reply(202);
    const { data, response } = await posthog.POST(
      "/api/environments/{project_id}/persons/{id}/update_property/",
      { params: { path: { id: PERSON_ID } }, body: { key: "plan", value: { tier: 2 } } },
    );
    const sent = only();
    expect(sent.url).toBe(`${HOST}${BASE}/persons/${PERSON_ID}/update_property/`);
    expect(sent.body).toBe('{"key":"plan","value":{"tier":2}}');
    expect(sent.headers.get("authorization")).toBe(BEARER);
    expect(response.status).toBe(202);
    expect(data).toBeUndefined();
  });
});

describe("environments_persons_activity_retrieve", () => {
  it("GETs the project-wide persons activity by page and limit", async () => {
    server()
      .get(`${BASE}/persons/activity/`)
      .query({ limit: "5", page: "2" })
      .reply(200, activityPage);
    const { data } = await posthog.GET("/api/environments/{project_id}/persons/activity/", {
      params: { query: { limit: 5, page: 2 } },
    });
    const sent = only();
    expect(sent.method).toBe("GET");
    expect(sent.url).toBe(`${HOST}${BASE}/persons/activity/?limit=5&page=2`);
    expect(sent.headers.get("authorization")).toBe(BEARER);
    expect(data).toEqual(activityPage);
  });
});

describe("environments_persons_batch_by_distinct_ids_create", () => {
  it("POSTs {distinct_ids} and answers the persons keyed by distinct id", async () => {
    const answer = {
      results: {
        "user-1": {
          id: PERSON_ID,
          name: "ada@example.com",
          distinct_ids: ["user-1"],
          properties: {},
          created_at: "2026-10-01T08:00:00Z",
          uuid: PERSON_UUID,
          last_seen_at: null,
        },
      },
    };
    server().post(`${BASE}/persons/batch_by_distinct_ids/`).reply(200, answer);
    const { data } = await posthog.POST(
      "/api/environments/{project_id}/persons/batch_by_distinct_ids/",
      { body: { distinct_ids: ["user-1", "nobody"] } },
    );
    const sent = only();
    expect(sent.body).toBe('{"distinct_ids":["user-1","nobody"]}');
    expect(sent.headers.get("authorization")).toBe(BEARER);
    expect(data?.results["user-1"]?.uuid).toBe(PERSON_UUID);
    expect(data).toEqual(answer);
  });
});

describe("environments_persons_bulk_delete_create", () => {
  it("sends ids and flags in the JSON body (not the query) and reads the 202 summary", async () => {
    const summary = {
      persons_found: 1,
      persons_deleted: 1,
      events_queued_for_deletion: true,
      recordings_queued_for_deletion: false,
      deletion_errors: [],
    };
    server().post(`${BASE}/persons/bulk_delete/`).reply(202, summary);
    const { data, response } = await posthog.POST(
      "/api/environments/{project_id}/persons/bulk_delete/",
      { body: { ids: [PERSON_UUID], delete_events: true } },
    );
    const sent = only();
    expect(sent.url).toBe(`${HOST}${BASE}/persons/bulk_delete/`);
    expect(sent.body).toBe(`{"ids":["${PERSON_UUID}"],"delete_events":true}`);
    expect(sent.headers.get("authorization")).toBe(BEARER);
    expect(response.status).toBe(202);
    expect(data).toEqual(summary);
  });

  it("accepts an older server's 202 with no body", async () => {
    server().post(`${BASE}/persons/bulk_delete/`).reply(202);
    const { data, error, response } = await posthog.POST(
      "/api/environments/{project_id}/persons/bulk_delete/",
      { body: { distinct_ids: ["user-1"] } },
    );
    expect(only().body).toBe('{"distinct_ids":["user-1"]}');
    expect(response.status).toBe(202);
    expect(error).toBeUndefined();
    expect(data).toBeUndefined();
  });
});

describe("environments_persons_cohorts_retrieve", () => {
  it("GETs the cohorts of person_id", async () => {
    const answer = { results: [{ id: 17, name: "Power users" }] };
    server().get(`${BASE}/persons/cohorts/`).query({ person_id: PERSON_UUID }).reply(200, answer);
    const { data } = await posthog.GET("/api/environments/{project_id}/persons/cohorts/", {
      params: { query: { person_id: PERSON_UUID } },
    });
    const sent = only();
    expect(sent.url).toBe(`${HOST}${BASE}/persons/cohorts/?person_id=${PERSON_UUID}`);
    expect(sent.headers.get("authorization")).toBe(BEARER);
    expect(data?.results[0]?.id).toBe(17);
  });
});

const legacyActors = {
  results: [{ people: [serializedPerson], count: 1 }],
  next: null,
  initial: `${HOST}${BASE}/persons/funnel/?offset=0`,
  missing_persons: 0,
  is_cached: false,
  last_refresh: "2026-11-20T10:15:00Z",
};
const pageviews = [{ id: "$pageview", type: "events", order: 0 }];
const pageviewsJson = encodeURIComponent(JSON.stringify(pageviews));

describe("environments_persons_funnel_retrieve", () => {
  it("sends no key (personal API keys are refused), the legacy filter JSON-encoded", async () => {
    server().get(`${BASE}/persons/funnel/`).query(true).reply(200, legacyActors);
    const { data } = await posthog.GET("/api/environments/{project_id}/persons/funnel/", {
      params: { query: { events: pageviews, funnel_step: 1 } },
      headers: { Cookie: "sessionid=abc" },
    });
    const sent = only();
    expect(sent.url).toBe(`${HOST}${BASE}/persons/funnel/?events=${pageviewsJson}&funnel_step=1`);
    expect(sent.headers.get("authorization")).toBeNull();
    expect(sent.headers.get("cookie")).toBe("sessionid=abc");
    expect(data).toEqual(legacyActors);
  });
});

describe("environments_persons_funnel_create", () => {
  it("POSTs the legacy filter as JSON, without the key", async () => {
    server().post(`${BASE}/persons/funnel/`).reply(200, legacyActors);
    const { data } = await posthog.POST("/api/environments/{project_id}/persons/funnel/", {
      body: { events: pageviews, funnel_step: 2 },
    });
    const sent = only();
    expect(sent.body).toBe(`{"events":${JSON.stringify(pageviews)},"funnel_step":2}`);
    expect(sent.headers.get("authorization")).toBeNull();
    expect(data?.results[0]?.people[0]?.id).toBe(PERSON_UUID);
  });
});

describe("environments_persons_funnel_correlation_retrieve", () => {
  it("GETs the correlation persons without the key", async () => {
    server().get(`${BASE}/persons/funnel/correlation/`).query(true).reply(200, legacyActors);
    const { data } = await posthog.GET(
      "/api/environments/{project_id}/persons/funnel/correlation/",
      { params: { query: { events: pageviews } } },
    );
    const sent = only();
    expect(sent.url).toBe(`${HOST}${BASE}/persons/funnel/correlation/?events=${pageviewsJson}`);
    expect(sent.headers.get("authorization")).toBeNull();
    expect(data).toEqual(legacyActors);
  });
});

describe("environments_persons_funnel_correlation_create", () => {
  it("POSTs the filter without the key", async () => {
    server().post(`${BASE}/persons/funnel/correlation/`).reply(200, legacyActors);
    const { data } = await posthog.POST(
      "/api/environments/{project_id}/persons/funnel/correlation/",
      { body: { events: pageviews } },
    );
    const sent = only();
    expect(sent.body).toBe(`{"events":${JSON.stringify(pageviews)}}`);
    expect(sent.headers.get("authorization")).toBeNull();
    expect(data).toEqual(legacyActors);
  });
});

const bucket = { results: [{ people: [serializedPerson], count: 1 }], next: null };

describe("environments_persons_lifecycle_retrieve", () => {
  it("sends target_date and lifecycle_type, without the key", async () => {
    server().get(`${BASE}/persons/lifecycle/`).query(true).reply(200, bucket);
    const { data } = await posthog.GET("/api/environments/{project_id}/persons/lifecycle/", {
      params: { query: { target_date: "2026-11-20", lifecycle_type: "resurrecting" } },
    });
    const sent = only();
    expect(sent.url).toBe(
      `${HOST}${BASE}/persons/lifecycle/?target_date=2026-11-20&lifecycle_type=resurrecting`,
    );
    expect(sent.headers.get("authorization")).toBeNull();
    expect(data).toEqual(bucket);
  });
});

describe("environments_persons_properties_at_time_retrieve", () => {
  it("sends distinct_id, timestamp and include_set_once and reads the point-in-time person", async () => {
    const answer = {
      id: PERSON_ID,
      name: "ada@example.com",
      distinct_ids: ["user-1"],
      properties: { plan: "free" },
      created_at: "2026-10-01T08:00:00Z",
      uuid: PERSON_UUID,
      last_seen_at: null,
      point_in_time_metadata: {
        queried_timestamp: "2026-11-01T00:00:00+00:00",
        include_set_once: true,
        distinct_id_used: "user-1",
        person_id_used: null,
        query_mode: "distinct_id",
        distinct_ids_queried: ["user-1"],
        distinct_ids_count: 1,
      },
    };
    server().get(`${BASE}/persons/properties_at_time/`).query(true).reply(200, answer);
    const { data } = await posthog.GET(
      "/api/environments/{project_id}/persons/properties_at_time/",
      {
        params: {
          query: {
            distinct_id: "user-1",
            timestamp: "2026-11-01T00:00:00Z",
            include_set_once: true,
          },
        },
      },
    );
    const sent = only();
    expect(sent.url).toBe(
      `${HOST}${BASE}/persons/properties_at_time/?distinct_id=user-1&timestamp=2026-11-01T00%3A00%3A00Z&include_set_once=true`,
    );
    expect(sent.headers.get("authorization")).toBe(BEARER);
    expect(data?.point_in_time_metadata.query_mode).toBe("distinct_id");
    expect(data).toEqual(answer);
  });
});

describe("environments_persons_reset_person_distinct_id_create", () => {
  it("POSTs {distinct_id} and answers 202 with no body", async () => {
    server().post(`${BASE}/persons/reset_person_distinct_id/`).reply(202);
    const { data, response } = await posthog.POST(
      "/api/environments/{project_id}/persons/reset_person_distinct_id/",
      { body: { distinct_id: "user-1" } },
    );
    const sent = only();
    expect(sent.body).toBe('{"distinct_id":"user-1"}');
    expect(sent.headers.get("authorization")).toBe(BEARER);
    expect(response.status).toBe(202);
    expect(data).toBeUndefined();
  });
});

describe("environments_persons_stickiness_retrieve", () => {
  it("GETs one stickiness bucket without the key", async () => {
    server().get(`${BASE}/persons/stickiness/`).query(true).reply(200, bucket);
    const { data } = await posthog.GET("/api/environments/{project_id}/persons/stickiness/", {
      params: { query: { events: pageviews, stickiness_days: 3 } },
    });
    const sent = only();
    expect(sent.url).toBe(
      `${HOST}${BASE}/persons/stickiness/?events=${pageviewsJson}&stickiness_days=3`,
    );
    expect(sent.headers.get("authorization")).toBeNull();
    expect(data).toEqual(bucket);
  });
});

describe("environments_persons_trends_retrieve", () => {
  it("GETs the persons of a trend point without the key", async () => {
    server().get(`${BASE}/persons/trends/`).query(true).reply(200, legacyActors);
    const { data } = await posthog.GET("/api/environments/{project_id}/persons/trends/", {
      params: { query: { entity_id: "$pageview", entity_type: "events", date_from: "-7d" } },
    });
    const sent = only();
    expect(sent.url).toBe(
      `${HOST}${BASE}/persons/trends/?entity_id=%24pageview&entity_type=events&date_from=-7d`,
    );
    expect(sent.headers.get("authorization")).toBeNull();
    expect(data).toEqual(legacyActors);
  });
});

describe("environments_persons_values_retrieve", () => {
  it("sends key and value and reads {results, refreshing} from a newer server", async () => {
    const answer = { results: [{ name: "pro", count: 42 }], refreshing: false };
    server().get(`${BASE}/persons/values/`).query({ key: "plan", value: "pr" }).reply(200, answer);
    const { data } = await posthog.GET("/api/environments/{project_id}/persons/values/", {
      params: { query: { key: "plan", value: "pr" } },
    });
    const sent = only();
    expect(sent.url).toBe(`${HOST}${BASE}/persons/values/?key=plan&value=pr`);
    expect(sent.headers.get("authorization")).toBe(BEARER);
    expect(data).toEqual(answer);
  });

  it("reads an older server's bare array", async () => {
    const answer = [{ name: "pro", count: 42 }];
    server().get(`${BASE}/persons/values/`).query({ key: "plan" }).reply(200, answer);
    const { data } = await posthog.GET("/api/environments/{project_id}/persons/values/", {
      params: { query: { key: "plan" } },
    });
    only();
    expect(data).toEqual(answer);
  });
});

describe("corrections: persons include_total is sent as include_total=true", () => {
  it("puts include_total=true on the wire, a form the server's presence check counts", async () => {
    const page = { next: null, previous: null, count: 0, results: [] };
    server().get(`${BASE}/persons/`).query({ include_total: "true" }).reply(200, page);
    const { data } = await posthog.GET("/api/environments/{project_id}/persons/", {
      params: { query: { include_total: true } },
    });
    expect(only().url).toBe(`${HOST}${BASE}/persons/?include_total=true`);
    expect(data?.count).toBe(0);
  });

  it("leaves it off the wire when not given", async () => {
    server().get(`${BASE}/persons/`).reply(200, { next: null, previous: null, results: [] });
    await posthog.GET("/api/environments/{project_id}/persons/");
    expect(only().url).toBe(`${HOST}${BASE}/persons/`);
  });
});

describe("corrections: persons delete takes keep_person by presence", () => {
  it("sends keep_person=true with the other flags", async () => {
    server().delete(`${BASE}/persons/${PERSON_ID}/`).query(true).reply(202);
    const { response } = await posthog.DELETE("/api/environments/{project_id}/persons/{id}/", {
      params: { path: { id: PERSON_ID }, query: { delete_events: true, keep_person: true } },
    });
    expect(only().url).toBe(
      `${HOST}${BASE}/persons/${PERSON_ID}/?delete_events=true&keep_person=true`,
    );
    expect(response.status).toBe(202);
  });
});

describe("corrections: events include_person", () => {
  const event = {
    id: EVENT_UUID,
    distinct_id: "user-1",
    properties: {},
    event: "$pageview",
    timestamp: "2026-11-20T10:15:00.123000+00:00",
    person: {
      is_identified: true,
      distinct_ids: ["user-1"],
      properties: { email: "ada@example.com" },
    },
    elements: [],
    elements_chain: "",
  };

  it("the list sends include_person=true and action_id", async () => {
    server()
      .get(`${BASE}/events/`)
      .query(true)
      .reply(200, { next: null, results: [event] });
    const { data } = await posthog.GET("/api/environments/{project_id}/events/", {
      params: { query: { include_person: true, action_id: 7 } },
    });
    expect(only().url).toBe(`${HOST}${BASE}/events/?include_person=true&action_id=7`);
    expect(data?.results[0]?.person?.properties.email).toBe("ada@example.com");
  });

  it("retrieve sends include_person=true, and person may be null without it", async () => {
    server()
      .get(`${BASE}/events/${EVENT_UUID}/`)
      .query({ include_person: "true" })
      .reply(200, event);
    const { data } = await posthog.GET("/api/environments/{project_id}/events/{id}/", {
      params: { path: { id: EVENT_UUID }, query: { include_person: true } },
    });
    expect(only().url).toBe(`${HOST}${BASE}/events/${EVENT_UUID}/?include_person=true`);
    expect(data?.person?.distinct_ids).toEqual(["user-1"]);

    server()
      .get(`${BASE}/events/${EVENT_UUID}/`)
      .reply(200, { ...event, person: null });
    const second = await posthog.GET("/api/environments/{project_id}/events/{id}/", {
      params: { path: { id: EVENT_UUID } },
    });
    expect(only().url).toBe(`${HOST}${BASE}/events/${EVENT_UUID}/`);
    expect(second.data?.person).toBeNull();
  });
});
