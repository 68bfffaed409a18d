// Path parameters can never move a request off its operation's path; query values are sent or
// refused, never silently dropped.
import nock from "nock";
import { describe, expect, it } from "vitest";
import { createPostHogClient, PostHogParameterError } from "../../src/index.js";
import { serializeQuery } from "../../src/query.js";

const host = "https://us.posthog.com";
const posthog = createPostHogClient({ apiKey: "phx_k", projectId: 1, retry: false });
const dashboard = "/api/environments/{project_id}/dashboards/{id}/" as const;
const person = "/api/environments/{project_id}/persons/{id}/" as const;
const variable = "/api/environments/{project_id}/insight_variables/{id}/" as const;

async function refused(call: () => Promise<unknown>, parameter: string, message: RegExp) {
  const error = await call().then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PostHogParameterError);
  expect(error).toMatchObject({ parameter, location: "path" });
  expect((error as Error).message).toMatch(message);
}

describe("path parameters", () => {
  // Any request reaching nock would fail the test: nothing is registered, and the network is off.
  it.each([
    ["..", /would change the request's path/],
    [".", /would change the request's path/],
    ["", /would change the request's path/],
    ["../../projects/2/insights", /would change the request's path/],
    ["a/b", /would change the request's path/],
  ])("refuses the person id %j before sending", async (id, message) => {
    // Persons ids may be integers or UUIDs; these are neither, and unsafe anyway.
    await refused(
      () => posthog.GET(person, { params: { path: { id: id as never } } }),
      "id",
      /must be an integer >= 1 or a UUID string/,
    );
    // Without spec rules (a path outside the spec) the safety check alone refuses them.
    const loose = posthog.GET as (path: string, init: object) => Promise<unknown>;
    await refused(
      () => loose("/api/environments/{project_id}/custom/{id}/", { params: { path: { id } } }),
      "id",
      message,
    );
  });

  it("refuses a project_id of '..' or with a slash", async () => {
    for (const project_id of ["..", "1/../2", "%2e%2e"]) {
      await refused(
        () => posthog.GET(dashboard, { params: { path: { project_id, id: 1 } } }),
        "project_id",
        /must be an integer >= 1 or a string matching/,
      );
    }
  });

  it("takes only integers for integer parameters", async () => {
    for (const id of ["42", 4.2, Number.NaN, 0, -1, 2 ** 60]) {
      await refused(
        () => posthog.GET(dashboard, { params: { path: { id: id as never } } }),
        "id",
        /must be an integer >= 1/,
      );
    }
  });

  it("takes only UUIDs for UUID parameters", async () => {
    await refused(
      () => posthog.GET(variable, { params: { path: { id: "not-a-uuid" } } }),
      "id",
      /must be a UUID string; got "not-a-uuid"/,
    );
  });

  it("requires every path parameter, naming the projectId option for project_id", async () => {
    const noProject = createPostHogClient({ apiKey: "phx_k" });
    await refused(
      () => noProject.GET(dashboard, { params: { path: { id: 1 } } as never }),
      "project_id",
      /set projectId/,
    );
    await refused(() => posthog.GET(dashboard, {} as never), "id", /params.path.id is required/);
  });

  it("refuses a parameter the path does not have", async () => {
    await refused(
      () => posthog.GET(dashboard, { params: { path: { id: 1, dashboard_id: 2 } as never } }),
      "dashboard_id",
      /not a parameter of/,
    );
  });

  it("sends valid values encoded, on the operation's path", async () => {
    const scope = nock(host)
      .get("/api/environments/1/persons/0192f1a2-3b4c-7d5e-8f60-718293a4b5c6/")
      .reply(200, {})
      .get("/api/environments/2/persons/77/")
      .reply(200, {})
      .get("/api/environments/1/explicit_members/%40me/")
      .reply(200, {});
    await posthog.GET(person, { params: { path: { id: "0192f1a2-3b4c-7d5e-8f60-718293a4b5c6" } } });
    await posthog.GET(person, { params: { path: { project_id: 2, id: 77 } } });
    await posthog.GET(
      "/api/environments/{project_id}/explicit_members/{parent_membership__user__uuid}/",
      {
        params: { path: { parent_membership__user__uuid: "@me" } },
      },
    );
    scope.done();
  });

  it("encodes characters of free-form string parameters", async () => {
    const scope = nock(host)
      .delete("/api/environments/1/insights/5/sharing/passwords/a%3Fb%23c%20d/")
      .reply(204);
    await posthog.DELETE(
      "/api/environments/{project_id}/insights/{insight_id}/sharing/passwords/{password_id}/",
      {
        params: { path: { insight_id: 5, password_id: "a?b#c d" } },
      },
    );
    scope.done();
  });
});

describe("query serialization", () => {
  const json = { properties: "json", created_by: "json" } as const;

  it("turns Dates into ISO 8601", () => {
    expect(serializeQuery({ after: new Date("2026-11-20T10:15:00.123Z") })).toBe(
      "after=2026-11-20T10%3A15%3A00.123Z",
    );
  });

  it("JSON-encodes the parameters PostHog reads as JSON", () => {
    const properties = [{ key: "$browser", value: "Chrome", operator: "exact", type: "event" }];
    const search = new URLSearchParams(serializeQuery({ properties, created_by: [1, 2] }, json));
    expect(JSON.parse(search.get("properties")!)).toEqual(properties);
    expect(search.get("created_by")).toBe("[1,2]");
  });

  it("passes a JSON parameter given as a string through, assuming it is already encoded", () => {
    expect(serializeQuery({ properties: '[{"key":"a"}]' }, json)).toBe(
      "properties=%5B%7B%22key%22%3A%22a%22%7D%5D",
    );
  });

  it("joins comma parameters and repeats other arrays", () => {
    expect(serializeQuery({ type: ["destination", "transformation"] }, { type: "comma" })).toBe(
      "type=destination%2Ctransformation",
    );
    expect(serializeQuery({ event_name: ["$pageview", "$autocapture"] })).toBe(
      "event_name=%24pageview&event_name=%24autocapture",
    );
  });

  it("omits undefined and writes booleans and numbers as text", () => {
    expect(serializeQuery({ limit: 20, basic: true, saved: false, search: undefined })).toBe(
      "limit=20&basic=true&saved=false",
    );
  });

  it.each([
    [{ limit: null }, /is null; leave it undefined/],
    [{ limit: Number.NaN }, /must be a finite number/],
    [{ limit: Infinity }, /must be a finite number/],
    [{ after: new Date("nope") }, /invalid Date/],
    [{ search: { nested: true } }, /must be a string, number, boolean or Date/],
    [{ event_name: [["nested"]] }, /nested array/],
    [{ properties: null }, /is null/],
    [{ properties: { toJSON: () => undefined } }, /cannot be JSON-encoded/],
    [{ properties: { big: 10n } }, /cannot be JSON-encoded/],
    [{ type: ["a,b"] }, /may not contain ","/],
  ])("refuses %o", (query, message) => {
    const encodings = { properties: "json", type: "comma" } as const;
    expect(() => serializeQuery(query as Record<string, unknown>, encodings)).toThrow(
      PostHogParameterError,
    );
    expect(() => serializeQuery(query as Record<string, unknown>, encodings)).toThrow(message);
  });

  // #10.15: values JSON.stringify would alter are refused, naming the parameter and the fix.
  it.each([
    [[1, undefined], /an array item is undefined \(JSON would send null\)/],
    [[1, () => 1], /holds a function/],
    [{ a: Symbol("s") }, /holds a symbol/],
    [new Map([["a", 1]]), /holds a Map.*Object\.fromEntries/],
    [new Set([1]), /holds a Set.*\[\.\.\.set\]/],
    [[{ at: new Map() }], /holds a Map/],
    [{ pattern: /x/ }, /holds a RegExp/],
    [new Uint8Array([1]), /holds a Uint8Array/],
  ])("refuses the JSON value %o instead of altering it", (value, message) => {
    const run = () => serializeQuery({ properties: value }, json);
    expect(run).toThrow(PostHogParameterError);
    expect(run).toThrow(/^params\.query\.properties cannot be JSON-encoded: /);
    expect(run).toThrow(message);
  });

  it("still JSON-encodes plain objects, null items, Dates and objects without a prototype", () => {
    const bare = Object.assign(Object.create(null) as object, { a: 1 });
    const value = [null, { at: new Date("2026-01-02T00:00:00Z"), skip: undefined }, bare];
    expect(new URLSearchParams(serializeQuery({ properties: value }, json)).get("properties")).toBe(
      '[null,{"at":"2026-01-02T00:00:00.000Z"},{"a":1}]',
    );
  });

  it.each(["bad\uD800name", "\uDC00", "x\uDBFF"])(
    "refuses a parameter name with a lone surrogate (%j) instead of sending U+FFFD",
    (name) => {
      const run = () => serializeQuery({ [name]: "v" });
      expect(run).toThrow(PostHogParameterError);
      expect(run).toThrow(
        /unpaired UTF-16 surrogate, which would be sent as U\+FFFD; fix the name/,
      );
      try {
        run();
      } catch (error) {
        expect((error as PostHogParameterError).parameter).toBe(name);
      }
    },
  );

  it("refuses a bad value through the client before sending", async () => {
    const error = await posthog
      .GET("/api/environments/{project_id}/insights/", { params: { query: { limit: Number.NaN } } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PostHogParameterError);
    expect(error).toMatchObject({ parameter: "limit", location: "query" });
  });

  it("refuses format=csv where the operation has no CSV, before sending", async () => {
    const error = await posthog
      .GET(dashboard, { params: { path: { id: 1 }, query: { format: "csv" as never } } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PostHogParameterError);
    expect((error as Error).message).toMatch(/cannot answer CSV/);
  });

  it("sends the serialized query on the wire", async () => {
    const scope = nock(host)
      .get("/api/environments/1/events/")
      .query({
        after: "2026-11-20T00:00:00.000Z",
        properties: '[{"key":"$browser","value":"Chrome"}]',
        event: "$pageview",
      })
      .reply(200, { next: null, results: [] });
    await posthog.GET("/api/environments/{project_id}/events/", {
      params: {
        query: {
          after: new Date("2026-11-20T00:00:00Z"),
          properties: [{ key: "$browser", value: "Chrome" }],
          event: "$pageview",
        },
      },
    });
    scope.done();
  });
});
