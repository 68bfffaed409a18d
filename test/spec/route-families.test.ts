// Both route families from one spec: every environments operation has its projects twin, PostHog's
// deprecation on the environments one, and nothing described twice.
import { describe, expect, it } from "vitest";
import { DEPRECATION, withRouteFamilies } from "../../scripts/families.js";
import { operations } from "../../generated/operations.js";
import { bundledSpec as doc, HTTP_METHODS, operationsOf, type Json } from "../helpers/spec.js";

const ENVIRONMENTS = "/api/environments/{project_id}/";
const PROJECTS = "/api/projects/{project_id}/";
const ops = operationsOf(doc);
const environmentsOps = ops.filter((o) => o.path.startsWith(ENVIRONMENTS));

describe("the bundled spec", () => {
  it("has both families", () => {
    expect(environmentsOps.length).toBeGreaterThan(0);
    expect(ops.filter((o) => o.path.startsWith(PROJECTS)).length).toBeGreaterThanOrEqual(
      environmentsOps.length,
    );
    expect(ops.every((o) => o.path.startsWith(ENVIRONMENTS) || o.path.startsWith(PROJECTS))).toBe(
      true,
    );
  });

  it.each(environmentsOps.map((o) => [`${o.method.toUpperCase()} ${o.path}`, o] as const))(
    "%s has its projects twin, the same but for its id and deprecation",
    (_, { path, method, op }) => {
      const twin = doc.paths[PROJECTS + path.slice(ENVIRONMENTS.length)]?.[method];
      expect(twin).toBeDefined();
      expect(twin.operationId).toBe(op.operationId.replace(/^environments_/, ""));
      expect(op.operationId).toMatch(/^environments_/);
      expect(twin.deprecated).toBeUndefined();
      expect(op.deprecated).toBe(true);
      expect(twin["x-environments-route-removed"]).toBeUndefined();
      for (const key of ["parameters", "requestBody", "responses", "security", "tags", "summary"]) {
        expect(twin[key], key).toEqual(op[key]);
      }
      // PostHog's own words, after the description the projects twin has.
      expect(op.description.startsWith(twin.description ?? "")).toBe(true);
      expect(op.description).toContain(DEPRECATION);
      if (op["x-environments-route-removed"]) {
        expect(op.description).toContain(op["x-environments-route-removed"]);
        expect(operations[path as keyof typeof operations]).toMatchObject({
          [method]: { environmentsRouteRemoved: true },
        });
      }
    },
  );

  it("uses PostHog's deprecation text", () => {
    expect(DEPRECATION).toBe("Deprecated. Use /api/projects/{project_id}/ instead.");
  });

  it("keys generated/operations.ts by the paths of both families", () => {
    expect(Object.keys(operations).sort()).toEqual(Object.keys(doc.paths).sort());
  });
});

describe("withRouteFamilies", () => {
  const op = (operationId: string, extra: Json = {}) => ({
    operationId,
    description: "Reads a thing.",
    responses: { "200": { description: "OK" } },
    ...extra,
  });
  const input = {
    openapi: "3.1.0",
    paths: {
      "/api/environments/{project_id}/things/": {
        get: op("environments_things_list"),
        post: op("environments_things_create", {
          "x-environments-route-removed": "gone in things/routes.py",
        }),
      },
      "/api/projects/{project_id}/widgets/": { get: op("widgets_list") },
    },
  };

  it("adds each environments path's projects twin and leaves projects-only paths alone", () => {
    const out = withRouteFamilies(input);
    expect(Object.keys(out.paths)).toEqual([
      "/api/environments/{project_id}/things/",
      "/api/projects/{project_id}/things/",
      "/api/projects/{project_id}/widgets/",
    ]);
    expect(out.paths["/api/projects/{project_id}/widgets/"]).toEqual(
      input.paths["/api/projects/{project_id}/widgets/"],
    );
    const twin = out.paths["/api/projects/{project_id}/things/"];
    expect(twin.get).toEqual(op("things_list"));
    expect(twin.post).toEqual(op("things_create"));
    const env = out.paths["/api/environments/{project_id}/things/"];
    expect(env.get.deprecated).toBe(true);
    expect(env.get.description).toBe(`Reads a thing.\n\n${DEPRECATION}`);
    expect(env.post.description).toBe(
      `Reads a thing.\n\n${DEPRECATION} Newer servers no longer route this under /api/environments/, so a call there can 404: gone in things/routes.py`,
    );
    // The input is not changed.
    expect(input.paths["/api/environments/{project_id}/things/"].get).toEqual(
      op("environments_things_list"),
    );
  });

  it("refuses an operation described under both families", () => {
    expect(() =>
      withRouteFamilies({
        paths: {
          "/api/environments/{project_id}/things/": { get: op("environments_things_list") },
          "/api/projects/{project_id}/things/": { get: op("things_list") },
        },
      }),
    ).toThrow(/describe it once/);
  });

  it("refuses an environments operationId without the environments_ prefix", () => {
    expect(() =>
      withRouteFamilies({
        paths: { "/api/environments/{project_id}/things/": { get: op("things_list") } },
      }),
    ).toThrow(/must start with environments_/);
  });

  it("covers every method", () => {
    const item = Object.fromEntries(HTTP_METHODS.map((m) => [m, op(`environments_things_${m}`)]));
    const out = withRouteFamilies({ paths: { "/api/environments/{project_id}/things/": item } });
    for (const m of HTTP_METHODS) {
      expect(out.paths["/api/projects/{project_id}/things/"][m].operationId).toBe(`things_${m}`);
    }
  });
});
