// generated/operations.ts carries, per operation, the throttle scopes, key scopes and CSV row cap the
// spec declares, and the throttle rates; the generator refuses a spec that leaves one out. It writes
// its table compactly and decodes it at import: the decoded table is what the spec describes.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import ts from "typescript";
import { afterAll, describe, expect, it } from "vitest";
import { operations, throttleRates, type OperationMeta } from "../../generated/operations.js";
import { withRouteFamilies } from "../../scripts/families.js";
import {
  buildOperationsModule,
  describeOperations,
  throttleRates as ratesOf,
} from "../../scripts/operations-module.js";
import { bundledSpec as doc, operationsOf, type Json } from "../helpers/spec.js";

const metaOf = (path: string, method: string) =>
  (operations as unknown as Record<string, Record<string, OperationMeta>>)[path]![method]!;
const ops = operationsOf(doc).map((o) => ({ ...o, meta: metaOf(o.path, o.method) }));
const tagOf = (op: Json) => doc.tags.find((t: Json) => t.name === op.tags[0]);

describe("throttle rates", () => {
  it("are PostHog's, per key or per user", () => {
    expect(throttleRates).toMatchObject({
      burst: { requests: 480, perSeconds: 60, per: "key" },
      sustained: { requests: 4800, perSeconds: 3600, per: "key" },
      clickhouse_burst: { requests: 240, perSeconds: 60, per: "key" },
      clickhouse_sustained: { requests: 1200, perSeconds: 3600, per: "key" },
      persons_burst: { requests: 180, perSeconds: 60, per: "user" },
      persons_sustained: { requests: 1200, perSeconds: 3600, per: "user" },
      event_values_burst: { requests: 60, perSeconds: 60, per: "key" },
      event_values_sustained: { requests: 300, perSeconds: 3600, per: "key" },
    });
  });

  it("are the spec's x-throttle-rates, each citing its source, without the sources", () => {
    const rates = doc["x-throttle-rates"] as Record<string, Json>;
    expect(Object.keys(throttleRates).sort()).toEqual(Object.keys(rates).sort());
    for (const [scope, { source, ...rate }] of Object.entries(rates)) {
      expect(source, scope).toMatch(/posthog\/.+\.py \w+/);
      expect(throttleRates[scope as keyof typeof throttleRates]).toEqual(rate);
    }
  });

  it("every tag is one viewset with its throttle scopes", () => {
    for (const tag of doc.tags) {
      expect(tag["x-throttle"], tag.name).toBeInstanceOf(Array);
      for (const s of tag["x-throttle"]) expect(Object.keys(throttleRates)).toContain(s);
    }
  });
});

describe.each(ops.map((o) => [`${o.method.toUpperCase()} ${o.path}`, o] as const))(
  "%s",
  (_, { op, meta }) => {
    it("counts against its own x-throttle, else its tag's", () => {
      expect(meta.throttle).toEqual(op["x-throttle"] ?? tagOf(op)["x-throttle"]);
      expect(meta.throttle!.length).toBeGreaterThan(0);
    });

    it("names the key scopes of its security, none when personal API keys are refused", () => {
      const scopes = (op.security ?? []).flatMap((s: Json) => Object.values(s).flat());
      if (scopes.length === 0) expect(meta.scopes).toBeUndefined();
      else expect(meta.scopes).toEqual(scopes);
      if (meta.personalApiKey === false) expect(meta.scopes).toBeUndefined();
    });

    it("has a CSV row cap exactly when it can answer CSV", () => {
      expect(meta.csvCap !== undefined).toBe(meta.csv === true);
      if (meta.csvCap) expect(meta.csvCap).toEqual(op["x-csv-cap"]);
    });
  },
);

describe("what the server code says", () => {
  const throttleOf = (path: string) => metaOf(path, "get").throttle;
  it.each(["/api/environments/{project_id}/", "/api/projects/{project_id}/"])(
    "%s: persons, events, events/values and dashboards count against their viewsets' scopes",
    (prefix) => {
      expect(throttleOf(`${prefix}persons/`)).toEqual([
        "clickhouse_burst",
        "persons_burst",
        "persons_sustained",
      ]);
      expect(throttleOf(`${prefix}events/`)).toEqual(["clickhouse_burst", "clickhouse_sustained"]);
      expect(throttleOf(`${prefix}events/values/`)).toEqual([
        "event_values_burst",
        "event_values_sustained",
      ]);
      expect(throttleOf(`${prefix}dashboards/{id}/`)).toEqual(["burst", "sustained"]);
      expect(metaOf(`${prefix}events/`, "get").csvCap).toEqual({
        kind: "limit",
        defaultLimit: 1000,
        maxLimit: 1000,
      });
      expect(metaOf(`${prefix}persons/`, "get").csvCap).toEqual({ kind: "fixed", rows: 50000 });
      expect(metaOf(`${prefix}insights/`, "get").csvCap).toEqual({ kind: "page" });
      expect(metaOf(`${prefix}persons/`, "get").scopes).toEqual(["person:read"]);
    },
  );
});

/** Evaluates a generated operations module (its types stripped) from a temporary file. */
const dir = mkdtempSync(join(tmpdir(), "operations-module-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let loaded = 0;
async function load(text: string): Promise<{ operations: unknown; throttleRates: unknown }> {
  const js = ts.transpileModule(text, {
    compilerOptions: { module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022 },
  }).outputText;
  const file = join(dir, `operations-${loaded++}.mjs`);
  writeFileSync(file, js);
  return import(pathToFileURL(file).href);
}

describe("buildOperationsModule", () => {
  const csvAnswer = {
    "200": { description: "OK", content: { "text/csv": { schema: { type: "string" } } } },
  };
  const spec = (op: Json, tag: Json = { name: "things", "x-throttle": ["burst"] }) => ({
    tags: [tag],
    "x-throttle-rates": { burst: { requests: 1, perSeconds: 1, per: "key", source: "x.py X" } },
    paths: {
      "/api/projects/{project_id}/things/": {
        parameters: [
          { name: "project_id", in: "path", required: true, schema: { type: "integer" } },
        ],
        get: { operationId: "things_list", tags: ["things"], responses: csvAnswer, ...op },
      },
    },
  });

  it("writes the cap, the throttle and the rates, without the sources", async () => {
    const text: string = buildOperationsModule(spec({ "x-csv-cap": { kind: "page" } }));
    expect(text).not.toContain("x.py");
    const module = await load(text);
    expect(module.operations).toStrictEqual({
      "/api/projects/{project_id}/things/": {
        get: {
          pathParams: { project_id: [{ type: "integer" }] },
          csv: true,
          csvCap: { kind: "page" },
          throttle: ["burst"],
        },
      },
    });
    expect(module.throttleRates).toStrictEqual({
      burst: { requests: 1, perSeconds: 1, per: "key" },
    });
  });

  it("refuses a CSV operation without x-csv-cap, or with a malformed one", () => {
    expect(() => buildOperationsModule(spec({}))).toThrow(/needs x-csv-cap/);
    expect(() => buildOperationsModule(spec({ "x-csv-cap": { kind: "limit" } }))).toThrow(
      /defaultLimit must be a positive integer/,
    );
    expect(() => buildOperationsModule(spec({ "x-csv-cap": { kind: "rows" } }))).toThrow(
      /kind must be/,
    );
  });

  it("refuses an operation without throttle scopes, or with an unknown one", () => {
    const cap = { "x-csv-cap": { kind: "page" } };
    expect(() => buildOperationsModule(spec(cap, { name: "things" }))).toThrow(/no x-throttle/);
    expect(() => buildOperationsModule(spec({ ...cap, "x-throttle": ["nope"] }))).toThrow(
      /nope is not in x-throttle-rates/,
    );
  });
});

describe("the encoded table", () => {
  it("decodes to what the spec describes, keys in the spec's order", () => {
    const described = describeOperations(doc);
    // JSON.stringify compares the order of paths, methods and keys too.
    expect(JSON.stringify(operations)).toBe(JSON.stringify(described));
    expect(operations).toStrictEqual(described);
    expect(JSON.stringify(throttleRates)).toBe(JSON.stringify(ratesOf(doc)));
  });

  // Every part of the encoding: folded projects twins, a route removed from the environments family
  // only, indices 0 left out and not, per-method path parameter rules, a project_id whose rules are
  // not the usual ones under either family, a path without parameters, several scopes and throttles.
  const integer = { type: "integer", minimum: 1 };
  const param = (name: string, schema: Json) => ({ name, in: "path", required: true, schema });
  const ok = { "200": { description: "OK", content: { "application/json": { schema: {} } } } };
  const csv = { "200": { description: "OK", content: { "text/csv": { schema: {} } } } };
  const op = (operationId: string, extra: Json = {}) => ({
    operationId,
    tags: ["things"],
    responses: ok,
    security: [{ key: [`${operationId}:read`] }],
    ...extra,
  });
  const rich = withRouteFamilies({
    tags: [{ name: "things", "x-throttle": ["burst"] }],
    "x-throttle-rates": {
      burst: { requests: 1, perSeconds: 1, per: "key", source: "x.py X" },
      daily: { requests: 9, perSeconds: 86400, per: "user", source: "x.py Y" },
    },
    paths: {
      "/api/environments/{project_id}/things/": {
        parameters: [param("project_id", integer)],
        get: op("environments_things_list", {
          responses: csv,
          "x-csv-cap": { kind: "limit", defaultLimit: 5, maxLimit: 10 },
          "x-pagination": "offset",
          parameters: [
            { name: "where", in: "query", content: { "application/json": { schema: {} } } },
            { name: "ids", in: "query", explode: false, schema: { type: "array" } },
          ],
        }),
        post: op("environments_things_create", { "x-personal-api-key": false, security: [] }),
      },
      "/api/environments/{project_id}/things/{id}/": {
        get: op("environments_things_retrieve", {
          parameters: [
            param("project_id", integer),
            param("id", { anyOf: [integer, { type: "string", format: "uuid" }] }),
          ],
          "x-throttle": ["burst", "daily"],
          "x-environments-route-removed": "gone",
          security: [{ key: ["thing:read", "other:read"] }],
        }),
        delete: op("environments_things_destroy", {
          parameters: [param("project_id", integer), param("id", integer)],
          "x-never-succeeds": "Never.",
          "x-environments-route-removed": "gone",
        }),
      },
      "/api/environments/{project_id}/odd/": {
        get: op("environments_odd_list", { parameters: [param("project_id", { type: "string" })] }),
      },
      "/api/projects/{project_id}/others/{other_id}/": {
        get: op("others_retrieve", {
          parameters: [
            param("project_id", { type: "string", const: "@current" }),
            param("other_id", { type: "string", pattern: "^a+$" }),
          ],
        }),
      },
      "/api/status/": { get: op("status", { security: [] }) },
    },
  });

  it("round-trips every part of its encoding", async () => {
    const described = describeOperations(rich);
    // The spec says what the comment above says it does.
    expect(Object.keys(described)).toHaveLength(8);
    expect(described["/api/environments/{project_id}/things/{id}/"]!.get).toMatchObject({
      environmentsRouteRemoved: true,
    });
    expect(described["/api/projects/{project_id}/things/{id}/"]!.get).not.toHaveProperty(
      "environmentsRouteRemoved",
    );
    const { operations: decoded } = await load(buildOperationsModule(rich));
    expect(JSON.stringify(decoded)).toBe(JSON.stringify(described));
    expect(decoded).toStrictEqual(described);
  });

  it("refuses an environments path whose projects twin does not follow it", () => {
    const paths = { ...rich.paths };
    delete paths["/api/projects/{project_id}/odd/"];
    expect(() => buildOperationsModule({ ...rich, paths })).toThrow(/projects twin must follow/);
  });

  it("refuses path parameters declared out of the path's order", () => {
    const path = "/api/projects/{project_id}/others/{other_id}/";
    const item = structuredClone(rich.paths[path]);
    item.get.parameters.reverse();
    expect(() => buildOperationsModule({ ...rich, paths: { [path]: item } })).toThrow(
      /must be the path's, in its order, not other_id,project_id/,
    );
  });
});
