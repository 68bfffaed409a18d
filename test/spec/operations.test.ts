// The spec covers exactly the operations of spec/operations.tsv, on both route families, each complete.
import { describe, expect, it } from "vitest";
import {
  bundledSpec as doc,
  deref,
  documentedOperations,
  operationsOf,
  parametersOf,
} from "../helpers/spec.js";

const ops = operationsOf(doc);
const find = (method: string, path: string) =>
  ops.find((o) => o.method === method && o.path === path)!.op;
/** operationIds of environments operations, with their projects twins' ids. */
const withTwins = (ids: string[]) =>
  [...ids, ...ids.map((id) => id.replace(/^environments_/, ""))].sort();

describe("operation coverage", () => {
  it("lists each environments operation with its projects twin", () => {
    const listed = new Set(documentedOperations.map((o) => `${o.method} ${o.path}`));
    const environments = documentedOperations.filter((o) =>
      o.path.startsWith("/api/environments/"),
    );
    expect(environments.length).toBeGreaterThan(0);
    for (const o of environments) {
      const twin = o.path.replace("/api/environments/", "/api/projects/");
      expect(listed.has(`${o.method} ${twin}`), `${o.method} ${twin}`).toBe(true);
    }
    expect(new Set(documentedOperations.map((o) => o.operationId)).size).toBe(
      documentedOperations.length,
    );
  });

  it("has every listed operation, with the operationId PostHog's schema uses", () => {
    const actual = ops.map(({ method, path, op }) => `${method} ${path} ${op.operationId}`).sort();
    const expected = documentedOperations
      .map((o) => `${o.method} ${o.path} ${o.operationId}`)
      .sort();
    expect(actual).toEqual(expected);
  });

  it("has unique operationIds", () => {
    const ids = ops.map((o) => o.op.operationId);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("keeps the documented title as each operation's summary", () => {
    for (const d of documentedOperations) expect(find(d.method, d.path).summary).toBe(d.title);
  });
});

describe.each(ops.map((o) => [`${o.method.toUpperCase()} ${o.path}`, o] as const))(
  "%s",
  (_, { path, op }) => {
    it("has one tag, declared at the top level", () => {
      expect(op.tags).toHaveLength(1);
      expect(doc.tags.map((t: { name: string }) => t.name)).toContain(op.tags[0]);
    });

    it("has a 2xx response with a schema or an explicit empty body", () => {
      const success = Object.entries(op.responses).filter(([code]) => /^2\d\d$/.test(code));
      if (op["x-never-succeeds"]) {
        expect(success).toEqual([]);
        return;
      }
      expect(success.length).toBeGreaterThan(0);
      for (const [, ref] of success) {
        const response = deref(doc, ref);
        expect(typeof response.description).toBe("string");
        if (response.content === undefined) continue; // explicitly no body
        for (const media of Object.values(
          response.content as Record<string, { schema?: unknown }>,
        )) {
          expect(media.schema).toBeDefined();
        }
      }
    });

    it("declares the error responses", () => {
      expect(op.responses["4XX"]).toBeDefined();
      expect(op.responses["5XX"]).toBeDefined();
    });

    it("names its personal-API-key scopes, or says personal API keys are refused", () => {
      if (op["x-personal-api-key"] === false) {
        expect(op.security).toEqual([]);
        expect(op.description).toMatch(/Personal API keys cannot call this/);
      } else {
        expect(op.security).toHaveLength(1);
        const scopes = op.security[0].PersonalAPIKeyAuth;
        expect(scopes.length).toBeGreaterThan(0);
        for (const s of scopes) expect(s).toMatch(/^[a-z_]+:(read|write)$/);
      }
    });

    it("offers format=csv exactly when it declares a text/csv answer", () => {
      const params = parametersOf(doc, doc.paths[path], op).filter(
        (p: { name: string; in: string }) => p.in === "query" && p.name === "format",
      );
      const csvAnswer = Object.values(op.responses).some(
        (r) => deref(doc, r).content?.["text/csv"] !== undefined,
      );
      const csvOffered = params.some((p: { schema: { enum: string[] } }) =>
        p.schema.enum.includes("csv"),
      );
      expect(csvOffered).toBe(csvAnswer);
      if (csvAnswer) {
        const csv = Object.values(op.responses)
          .map((r) => deref(doc, r).content?.["text/csv"])
          .find(Boolean);
        expect(csv.schema).toEqual({ type: "string" });
      }
    });
  },
);

describe("formats", () => {
  it("offers CSV only on the events list, persons list, insights list and insights trend", () => {
    const csv = ops
      .filter(({ op }) =>
        Object.values(op.responses).some((r) => deref(doc, r).content?.["text/csv"]),
      )
      .map(({ op }) => op.operationId)
      .sort();
    expect(csv).toEqual(
      withTwins([
        "environments_events_list",
        "environments_insights_list",
        "environments_insights_trend_create",
        "environments_insights_trend_retrieve",
        "environments_persons_list",
      ]),
    );
  });

  it("lets dashboards take only format=json", () => {
    for (const { path, op } of ops.filter((o) => o.path.includes("/dashboards/"))) {
      const format = (op.parameters ?? [])
        .map((p: unknown) => deref(doc, p))
        .find((p: { name: string }) => p.name === "format");
      if (format) expect(format.schema.enum, path).toEqual(["json"]);
    }
  });
});

describe("corrections to the docs", () => {
  const persons = "/api/environments/{project_id}/persons/{id}/";

  it("persons PATCH and DELETE answer 202 with no body", () => {
    for (const method of ["patch", "delete"]) {
      const responses = find(method, persons).responses;
      expect(Object.keys(responses).filter((c) => c.startsWith("2"))).toEqual(["202"]);
      expect(responses["202"].content).toBeUndefined();
    }
  });

  it("persons DELETE flags take only true (the server checks them by presence)", () => {
    const params = find("delete", persons).parameters.map((p: unknown) => deref(doc, p));
    const deleteEvents = params.find((p: { name: string }) => p.name === "delete_events");
    expect(deleteEvents.schema).toEqual({ type: "boolean", enum: [true] });
  });

  it("GET sharing returns one object", () => {
    const op = find("get", "/api/environments/{project_id}/insights/{insight_id}/sharing/");
    const schema = deref(doc, op.responses["200"].content["application/json"].schema);
    expect(schema.type).toBe("object");
    expect(schema.properties.share_passwords.type).toBe("array");
  });

  it("the data color themes list is a bare array", () => {
    const op = find("get", "/api/environments/{project_id}/data_color_themes/");
    expect(op.responses["200"].content["application/json"].schema.type).toBe("array");
  });

  it("events distinct_id is a string and properties is JSON-encoded", () => {
    const params = find("get", "/api/environments/{project_id}/events/").parameters;
    const byName = (n: string) =>
      params.map((p: unknown) => deref(doc, p)).find((p: { name: string }) => p.name === n);
    expect(byName("distinct_id").schema.type).toBe("string");
    expect(byName("properties").content["application/json"]).toBeDefined();
  });

  it("delete_property takes {$unset: key} in the body, for persons and groups", () => {
    for (const path of [
      "/api/environments/{project_id}/persons/{id}/delete_property/",
      "/api/environments/{project_id}/groups/delete_property/",
    ]) {
      const op = find("post", path);
      const body = deref(doc, op.requestBody.content["application/json"].schema);
      expect(body.required).toEqual(["$unset"]);
      const queryNames = (op.parameters ?? []).map((p: unknown) => deref(doc, p).name);
      expect(queryNames).not.toContain("$unset");
    }
  });

  it("documented 'No response body' operations that return JSON have their real schema", () => {
    const returnsJson = [
      ["get", "/api/environments/{project_id}/events/values/"],
      ["get", "/api/environments/{project_id}/groups/activity/"],
      ["get", "/api/environments/{project_id}/groups/find/"],
      ["get", "/api/environments/{project_id}/groups/property_definitions/"],
      ["get", "/api/environments/{project_id}/groups/property_values/"],
      ["post", "/api/environments/{project_id}/groups/update_property/"],
      ["post", "/api/environments/{project_id}/groups/delete_property/"],
      ["get", "/api/environments/{project_id}/persons/{id}/activity/"],
      ["get", "/api/environments/{project_id}/persons/{id}/properties_timeline/"],
      ["post", "/api/environments/{project_id}/persons/{id}/delete_property/"],
      ["patch", "/api/environments/{project_id}/dashboards/{id}/move_tile/"],
      ["post", "/api/environments/{project_id}/dashboards/create_from_template_json/"],
      ["post", "/api/environments/{project_id}/dashboards/create_unlisted_dashboard/"],
      ["get", "/api/environments/{project_id}/insights/trend/"],
    ] as const;
    for (const [method, path] of returnsJson) {
      const op = find(method, path);
      const success = Object.entries(op.responses).find(([c]) => c.startsWith("2"))![1] as {
        content: Record<string, unknown>;
      };
      expect(success.content["application/json"], `${method} ${path}`).toBeDefined();
    }
  });

  it("operations a personal API key cannot call are marked", () => {
    const refused = ops
      .filter(({ op }) => op["x-personal-api-key"] === false)
      .map(({ op }) => op.operationId);
    expect(refused.sort()).toEqual(
      withTwins([
        "environments_dashboards_analyze_refresh_result_create",
        "environments_dashboards_create_from_template_json_create",
        "environments_dashboards_create_unlisted_dashboard_create",
        "environments_dashboards_move_tile_partial_update",
        "environments_dashboards_snapshot_create",
        "environments_dashboards_stream_tiles_retrieve",
        "environments_hog_functions_enable_backfills_create",
        "environments_hog_functions_icon_retrieve",
        "environments_hog_functions_icons_retrieve",
        "environments_persons_properties_timeline_retrieve",
        // spec-b (issue 9): no scope_object (explicit members) or no required_scopes (the rest).
        "environments_explicit_members_create",
        "environments_explicit_members_list",
        "environments_explicit_members_partial_update",
        "environments_explicit_members_retrieve",
        "environments_insights_analyze_retrieve",
        "environments_insights_cancel_create",
        "environments_insights_my_last_viewed_retrieve",
        "environments_insights_suggestions_create",
        "environments_insights_suggestions_retrieve",
        "environments_persons_funnel_correlation_create",
        "environments_persons_funnel_correlation_retrieve",
        "environments_persons_funnel_create",
        "environments_persons_funnel_retrieve",
        "environments_persons_lifecycle_retrieve",
        "environments_persons_stickiness_retrieve",
        "environments_persons_trends_retrieve",
      ])
        .concat([
          "groups_types_create_detail_dashboard_update",
          "groups_types_set_default_columns_update",
          "groups_types_update_metadata_partial_update",
        ])
        .sort(),
    );
  });

  it("says how each correction departs from the docs", () => {
    const corrected = ops.filter(({ op }) => /Differs from the docs/.test(op.description ?? ""));
    expect(corrected.length).toBeGreaterThanOrEqual(25);
  });
});
