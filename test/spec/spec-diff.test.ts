// scripts/spec-diff.ts: what changed between two bundled specs, and which semver bump it implies.
// The fixtures test/fixtures/spec-diff/{before,after}.json give each kind of change its own
// operation (or component schema), so each case below looks at the changes of one place.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  diffSpecs,
  formatDiff,
  readCommittedSpec,
  type SpecChange as Change,
} from "../../scripts/spec-diff.js";
import { bundledSpec, HTTP_METHODS, type Json, projectRoot } from "../helpers/spec.js";

const fixture = (name: string): Json =>
  JSON.parse(readFileSync(join(projectRoot, "test/fixtures/spec-diff", name), "utf8"));
const before = fixture("before.json");
const after = fixture("after.json");
const changes = diffSpecs(before, after);

/** The changes at one place: an operation ("GET /x") or a component schema ("schema X"). */
const at = (place: string, list: Change[] = changes) =>
  list.filter(
    (c) => c.where === place || c.where.startsWith(`${place} `) || c.where.startsWith(`${place}:`),
  );
const records = (list: Change[]) =>
  list.map(({ kind, breaking, where }) => ({ kind, breaking, where }));
const bumpLine = (report: string) => report.split("\n").at(-1);

/** A change record without its detail, for the tables below. */
const rec = (kind: string, breaking: boolean, where: string) => ({ kind, breaking, where });
const reqBody = (op: string, path = "") =>
  `${op} request body application/json${path ? `: ${path}` : ""}`;
const resp200 = (op: string, path = "") =>
  `${op} response 200 application/json${path ? `: ${path}` : ""}`;

// Every place the fixtures change, with exactly the changes expected there, in report order.
const expected: [title: string, place: string, records: ReturnType<typeof rec>[]][] = [
  // Request bodies (inline schemas).
  [
    "request property added, optional: not breaking",
    "POST /body/added-optional",
    [rec("request-property-added", false, reqBody("POST /body/added-optional", "tag"))],
  ],
  [
    "request property added, required: breaking",
    "POST /body/added-required",
    [rec("request-property-added", true, reqBody("POST /body/added-required", "tag"))],
  ],
  [
    "request property enum values added: not breaking",
    "POST /body/enum",
    [rec("request-property-enum-added", false, reqBody("POST /body/enum", "unit"))],
  ],
  [
    "request body added, required: breaking",
    "POST /body/presence",
    [rec("request-body-added", true, "POST /body/presence request body")],
  ],
  [
    "request body's $ref target changed: breaking",
    "POST /body/ref-target",
    [rec("request-body-retyped", true, reqBody("POST /body/ref-target"))],
  ],
  [
    "request property removed: breaking",
    "POST /body/removed",
    [rec("request-property-removed", true, reqBody("POST /body/removed", "legacy"))],
  ],
  [
    "request property optional -> required breaks, required -> optional does not",
    "POST /body/required-ness",
    [
      rec("request-property-required", true, reqBody("POST /body/required-ness", "a")),
      rec("request-property-optional", false, reqBody("POST /body/required-ness", "b")),
    ],
  ],
  [
    "request properties retyped, nested and in array items: breaking",
    "POST /body/retyped",
    [
      rec("request-property-retyped", true, reqBody("POST /body/retyped", "count")),
      rec("request-property-retyped", true, reqBody("POST /body/retyped", "filters.from")),
      rec("request-property-retyped", true, reqBody("POST /body/retyped", "lines[].qty")),
    ],
  ],
  // Operations.
  [
    "operation added: not breaking",
    "POST /ops/added",
    [rec("operation-added", false, "POST /ops/added")],
  ],
  [
    "operation removed: breaking",
    "GET /ops/removed",
    [rec("operation-removed", true, "GET /ops/removed")],
  ],
  [
    "operationId changed: breaking",
    "GET /ops/renamed",
    [rec("operation-id-changed", true, "GET /ops/renamed")],
  ],
  // Parameters.
  [
    "parameter added, optional: not breaking",
    "GET /params/added-optional",
    [rec("parameter-added", false, "GET /params/added-optional query parameter search")],
  ],
  [
    "parameter added, required: breaking",
    "GET /params/added-required",
    [rec("parameter-added", true, "GET /params/added-required header parameter X-Tenant")],
  ],
  [
    "parameter enum values added: not breaking",
    "GET /params/enum-added",
    [rec("parameter-enum-added", false, "GET /params/enum-added query parameter order")],
  ],
  [
    "array parameter's item enum values added and removed",
    "GET /params/enum-array",
    [
      rec("parameter-enum-added", false, "GET /params/enum-array query parameter fields"),
      rec("parameter-enum-removed", true, "GET /params/enum-array query parameter fields"),
    ],
  ],
  [
    "parameter enum values added in a $ref'd component schema",
    "GET /params/enum-ref",
    [rec("parameter-enum-added", false, "GET /params/enum-ref query parameter status")],
  ],
  [
    "parameter enum values removed: breaking",
    "GET /params/enum-removed",
    [rec("parameter-enum-removed", true, "GET /params/enum-removed query parameter order")],
  ],
  [
    "parameter enum restriction lifted (not breaking) or imposed (breaking)",
    "GET /params/enum-restriction",
    [
      rec("parameter-widened", false, "GET /params/enum-restriction query parameter kind"),
      rec("parameter-retyped", true, "GET /params/enum-restriction query parameter mode"),
    ],
  ],
  [
    "parameter required -> optional: not breaking",
    "GET /params/now-optional",
    [rec("parameter-optional", false, "GET /params/now-optional query parameter team")],
  ],
  [
    "parameter optional -> required: breaking",
    "GET /params/now-required",
    [rec("parameter-required", true, "GET /params/now-required query parameter team")],
  ],
  [
    "parameter added at the path level",
    "GET /params/path-level/{id}",
    [rec("parameter-added", false, "GET /params/path-level/{id} query parameter region")],
  ],
  [
    "parameter removed: breaking",
    "GET /params/removed",
    [rec("parameter-removed", true, "GET /params/removed query parameter page")],
  ],
  [
    "parameters retyped (nullability, array item type, type): breaking",
    "GET /params/retyped",
    [
      rec("parameter-retyped", true, "GET /params/retyped query parameter cursor"),
      rec("parameter-retyped", true, "GET /params/retyped query parameter ids"),
      rec("parameter-retyped", true, "GET /params/retyped query parameter since"),
    ],
  ],
  [
    "parameter retyped in components/parameters, seen in the operation using it",
    "GET /params/shared",
    [rec("parameter-retyped", true, "GET /params/shared query parameter limit")],
  ],
  // Responses.
  [
    "response property added: not breaking",
    "GET /resp/added",
    [rec("response-property-added", false, resp200("GET /resp/added", "extra"))],
  ],
  [
    "response property retyped in a 201 response: breaking",
    "POST /resp/created",
    [
      rec(
        "response-property-retyped",
        true,
        "POST /resp/created response 201 application/json: state",
      ),
    ],
  ],
  [
    "response media type added: not breaking",
    "GET /resp/media-added",
    [rec("response-media-type-added", false, "GET /resp/media-added response 200 text/csv")],
  ],
  [
    "response media type removed: breaking",
    "GET /resp/media-removed",
    [rec("response-media-type-removed", true, "GET /resp/media-removed response 200 text/csv")],
  ],
  [
    "response properties of array items retyped and added",
    "GET /resp/paginated",
    [
      rec("response-property-retyped", true, resp200("GET /resp/paginated", "results[].label")),
      rec("response-property-added", false, resp200("GET /resp/paginated", "results[].score")),
    ],
  ],
  [
    "response's $ref target changed: breaking",
    "GET /resp/ref-target",
    [rec("response-retyped", true, resp200("GET /resp/ref-target"))],
  ],
  [
    "response property removed: breaking",
    "GET /resp/removed",
    [rec("response-property-removed", true, resp200("GET /resp/removed", "old"))],
  ],
  [
    "response properties retyped (nullability, $ref target): breaking",
    "GET /resp/retyped",
    [
      rec("response-property-retyped", true, resp200("GET /resp/retyped", "name")),
      rec("response-property-retyped", true, resp200("GET /resp/retyped", "owner")),
    ],
  ],
  [
    "response status added: not breaking",
    "GET /resp/status-added",
    [rec("response-added", false, "GET /resp/status-added response 202")],
  ],
  [
    "response status removed: breaking",
    "GET /resp/status-removed",
    [rec("response-removed", true, "GET /resp/status-removed response 404")],
  ],
  // Component schemas.
  [
    "component schema removed: breaking (its type is exported)",
    "schema Obsolete",
    [rec("schema-removed", true, "schema Obsolete")],
  ],
  [
    "component schema added: not breaking",
    "schema Person",
    [rec("schema-added", false, "schema Person")],
  ],
  [
    "enum values added to a component schema only sent in requests: not breaking",
    "schema Status",
    [rec("schema-enum-added", false, "schema Status")],
  ],
  [
    "a component schema sent and read: new enum values and required properties break",
    "schema Widget",
    [
      rec("schema-property-enum-added", true, "schema Widget: color"),
      // readOnly: never sent, so requiring it breaks no request.
      rec("schema-property-added", false, "schema Widget: created_at"),
      rec("schema-property-retyped", true, "schema Widget: owner"),
      rec("schema-property-added", true, "schema Widget: size"),
      rec("schema-property-retyped", true, "schema Widget: tags"),
    ],
  ],
  [
    "a component schema only sent: requiring breaks, relaxing and adding do not",
    "schema WidgetInput",
    [
      rec("schema-property-required", true, "schema WidgetInput: description"),
      rec("schema-property-enum-added", false, "schema WidgetInput: kind"),
      rec("schema-property-optional", false, "schema WidgetInput: name"),
      rec("schema-property-added", false, "schema WidgetInput: priority"),
    ],
  ],
  [
    "a component schema only read: making optional, removing, retyping break, adding does not",
    "schema WidgetSummary",
    [
      rec("schema-property-optional", true, "schema WidgetSummary: label"),
      rec("schema-property-removed", true, "schema WidgetSummary: legacy"),
      rec("schema-property-retyped", true, "schema WidgetSummary: note"),
      rec("schema-property-added", false, "schema WidgetSummary: rank"),
    ],
  ],
];

describe("diffSpecs on the fixture specs", () => {
  it.each(expected)("%s (%s)", (_title, place, wanted) => {
    expect(records(at(place))).toEqual(wanted);
  });

  it("finds those changes and no others, sorted by path, method, then schemas by name", () => {
    expect(records(changes)).toEqual(expected.flatMap(([, , wanted]) => wanted));
  });

  it("says what changed in each detail", () => {
    const detail = (where: string, kind: string) =>
      changes.find((c) => c.where === where && c.kind === kind)?.detail;
    expect(detail("GET /ops/renamed", "operation-id-changed")).toBe(
      "operationId changed: ops_old_name -> ops_new_name",
    );
    expect(detail("GET /ops/removed", "operation-removed")).toBe(
      "operation removed (operationId ops_removed)",
    );
    expect(detail("GET /params/retyped query parameter cursor", "parameter-retyped")).toBe(
      "type changed: string -> string | null",
    );
    expect(detail("GET /params/retyped query parameter ids", "parameter-retyped")).toBe(
      "type changed: array<integer> -> array<string>",
    );
    expect(detail("GET /params/enum-array query parameter fields", "parameter-enum-removed")).toBe(
      'enum values removed: "a"',
    );
    expect(detail("GET /params/added-required header parameter X-Tenant", "parameter-added")).toBe(
      "required header parameter added (string)",
    );
    expect(detail(reqBody("POST /body/retyped", "lines[].qty"), "request-property-retyped")).toBe(
      "type changed: integer -> number",
    );
    expect(detail(resp200("GET /resp/retyped", "owner"), "response-property-retyped")).toBe(
      "type changed: User -> Person",
    );
    expect(detail(resp200("GET /resp/ref-target"), "response-retyped")).toBe(
      "type changed: Widget -> WidgetSummary",
    );
    // Component schema changes name the operations using the schema, in both documents.
    expect(detail("schema Widget: size", "schema-property-added")).toBe(
      "required property added (integer); in requests of POST /body/ref-target, PUT /widgets/{id};" +
        " in responses of GET /resp/ref-target, GET /widgets/{id}, POST /widgets and 1 more",
    );
    expect(detail("schema WidgetSummary: label", "schema-property-optional")).toBe(
      "property is now optional; in responses of GET /resp/ref-target, GET /widgets",
    );
    expect(detail("schema Obsolete", "schema-removed")).toBe(
      "schema removed; used by no operation (an exported type)",
    );
  });

  it("finds the same changes backwards, with additions and removals swapped", () => {
    const backwards = diffSpecs(after, before);
    const kinds = (list: Change[], place: string) => at(place, list).map((c) => c.kind);
    expect(kinds(backwards, "POST /ops/added")).toEqual(["operation-removed"]);
    expect(kinds(backwards, "GET /ops/removed")).toEqual(["operation-added"]);
    expect(kinds(backwards, "GET /params/now-optional")).toEqual(["parameter-required"]);
    expect(kinds(backwards, "POST /body/presence")).toEqual(["request-body-removed"]);
    expect(kinds(backwards, "GET /resp/status-added")).toEqual(["response-removed"]);
    expect(kinds(backwards, "GET /resp/removed")).toEqual(["response-property-added"]);
  });

  it("is deterministic: key order in the documents does not matter", () => {
    const reorder = (value: Json): Json =>
      Array.isArray(value)
        ? value.map(reorder)
        : value && typeof value === "object"
          ? Object.fromEntries(
              Object.keys(value)
                .reverse()
                .map((k) => [k, reorder(value[k])]),
            )
          : value;
    expect(diffSpecs(reorder(before), reorder(after))).toEqual(changes);
  });

  it("finds no changes between identical specs", () => {
    expect(diffSpecs(before, structuredClone(before))).toEqual([]);
    expect(diffSpecs(after, after)).toEqual([]);
  });

  it("finds request body removal, required-ness and media type changes", () => {
    const old = structuredClone(before);
    const now = structuredClone(before);
    now.paths["/body/removed"].post.requestBody.required = false;
    now.paths["/body/added-optional"].post.requestBody.content["application/merge-patch+json"] = {
      schema: { type: "object" },
    };
    old.paths["/body/retyped"].post.requestBody.required = false;
    delete now.paths["/body/enum"].post.requestBody;
    expect(diffSpecs(old, now).map(({ kind, breaking, where }) => [kind, breaking, where])).toEqual(
      [
        [
          "request-media-type-added",
          false,
          "POST /body/added-optional request body application/merge-patch+json",
        ],
        ["request-body-removed", true, "POST /body/enum request body"],
        ["request-body-optional", false, "POST /body/removed request body"],
        ["request-body-required", true, "POST /body/retyped request body"],
      ],
    );
  });
});

describe("formatDiff", () => {
  it("lists breaking then non-breaking changes and ends with a major bump", () => {
    const report = formatDiff(changes);
    const breaking = changes.filter((c) => c.breaking).length;
    expect(report.split("\n")[0]).toBe(
      `${changes.length} API changes: ${breaking} breaking, ${changes.length - breaking} non-breaking.`,
    );
    expect(report).toContain(
      "\nBreaking:\n  - POST /body/added-required request body application/json: tag: required property added (string) [request-property-added]\n",
    );
    expect(report.indexOf("\nBreaking:\n")).toBeLessThan(report.indexOf("\nNon-breaking:\n"));
    expect(bumpLine(report)).toBe("Semver bump: major (breaking changes)");
  });

  it("renders a small report exactly", () => {
    const old = structuredClone(before);
    const now = structuredClone(before);
    delete now.paths["/ops/removed"];
    now.paths["/params/removed"].get.parameters.push({
      name: "cursor",
      in: "query",
      schema: { type: "string" },
    });
    expect(formatDiff(diffSpecs(old, now))).toBe(
      [
        "2 API changes: 1 breaking, 1 non-breaking.",
        "",
        "Breaking:",
        "  - GET /ops/removed: operation removed (operationId ops_removed) [operation-removed]",
        "",
        "Non-breaking:",
        "  - GET /params/removed query parameter cursor: optional query parameter added (string) [parameter-added]",
        "",
        "Semver bump: major (a breaking change)",
      ].join("\n"),
    );
  });

  it("implies a minor bump when there are only additions", () => {
    // The fixtures' changes minus the breaking ones: additions and relaxations.
    const onlyAdditions = diffSpecs(before, after).filter((c) => !c.breaking);
    expect(bumpLine(formatDiff(onlyAdditions))).toBe(
      "Semver bump: minor (additions only, nothing breaking)",
    );
    // The same from documents: a new operation and a new optional parameter.
    const now = structuredClone(before);
    now.paths["/ops/new"] = structuredClone(before.paths["/ops/renamed"]);
    now.paths["/ops/new"].get.operationId = "ops_new";
    now.paths["/params/removed"].get.parameters.push({ name: "q", in: "query", schema: {} });
    const report = formatDiff(diffSpecs(before, now));
    expect(report).not.toContain("Breaking:");
    expect(bumpLine(report)).toBe("Semver bump: minor (additions only, nothing breaking)");
  });

  it("implies a patch bump for changes that neither break nor add", () => {
    // A response-only property becomes required: readers lose nothing, callers gain nothing.
    const now = structuredClone(before);
    now.components.schemas.WidgetSummary.required.push("note");
    const found = diffSpecs(before, now);
    expect(records(found)).toEqual([
      rec("schema-property-required", false, "schema WidgetSummary: note"),
    ]);
    expect(bumpLine(formatDiff(found))).toBe(
      "Semver bump: patch (nothing breaking, nothing added)",
    );
  });

  it('says "no changes" when there are none', () => {
    expect(formatDiff(diffSpecs(before, structuredClone(before)))).toBe(
      "No API changes.\nSemver bump: none (no changes)",
    );
  });
});

describe("diffSpecs on the real spec (generated/openapi.json)", () => {
  const committed = readCommittedSpec() ?? bundledSpec;

  it("finds no changes between the committed spec and itself, or the working copy and itself", () => {
    expect(diffSpecs(committed, structuredClone(committed))).toEqual([]);
    expect(diffSpecs(bundledSpec, structuredClone(bundledSpec))).toEqual([]);
    expect(formatDiff(diffSpecs(committed, committed))).toBe(
      "No API changes.\nSemver bump: none (no changes)",
    );
  });

  it("reports a shared parameter's retype in every operation using it", () => {
    const now = structuredClone(bundledSpec);
    now.components.parameters.Limit.schema = { type: "string" };
    const isLimit = (p: Json) => p?.$ref === "#/components/parameters/Limit";
    const users = Object.entries(bundledSpec.paths as Record<string, Json>).flatMap(
      ([path, item]) =>
        HTTP_METHODS.filter((m) => item[m])
          .filter((m) => [...(item.parameters ?? []), ...(item[m].parameters ?? [])].some(isLimit))
          .map((m) => `${m.toUpperCase()} ${path} query parameter limit`),
    );
    expect(users.length).toBeGreaterThan(0);
    const found = diffSpecs(bundledSpec, now);
    expect(found.map((c) => c.where).sort()).toEqual(users.sort());
    for (const change of found) {
      expect(change).toMatchObject({ kind: "parameter-retyped", breaking: true });
      expect(change.detail).toMatch(/^type changed: integer -> string$/);
    }
  });

  it("reports a removed property of a shared schema once, naming the operations reading it", () => {
    const now = structuredClone(bundledSpec);
    const name = Object.keys(bundledSpec.components.schemas.Dashboard.properties)[0]!;
    delete now.components.schemas.Dashboard.properties[name];
    now.components.schemas.Dashboard.required = (
      now.components.schemas.Dashboard.required ?? []
    ).filter((n: string) => n !== name);
    const found = diffSpecs(bundledSpec, now);
    expect(records(found)).toEqual([
      rec("schema-property-removed", true, `schema Dashboard: ${name}`),
    ]);
    expect(found[0]!.detail).toMatch(
      /^property removed; in responses of GET \/api\/environments\/\{project_id\}\/dashboards\/\{id\}\//,
    );
    expect(bumpLine(formatDiff(found))).toBe("Semver bump: major (a breaking change)");
  });
});

describe("readCommittedSpec", () => {
  const dirs: string[] = [];
  const tempDir = () => {
    const dir = mkdtempSync(join(tmpdir(), "spec-diff-"));
    dirs.push(dir);
    return dir;
  };
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  const env = { ...process.env };
  for (const name of ["GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE"]) delete env[name];
  const git = (cwd: string, ...args: string[]) =>
    execFileSync(
      "git",
      [
        "-c",
        "user.name=Spec Diff",
        "-c",
        "user.email=spec-diff@example.com",
        "-c",
        "commit.gpgsign=false",
        ...args,
      ],
      { cwd, env, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], maxBuffer: 1 << 28 },
    );

  it("reads and parses generated/openapi.json as committed at HEAD in this repository", () => {
    let atHead: Json;
    try {
      atHead = JSON.parse(git(projectRoot, "show", "HEAD:generated/openapi.json"));
    } catch {
      atHead = undefined; // not a git checkout (a copied tree): then there is nothing to read
    }
    const spec = readCommittedSpec();
    expect(spec).toEqual(atHead);
    if (atHead !== undefined) {
      expect(spec.openapi).toBe("3.1.0");
      expect(Object.keys(spec.paths).length).toBeGreaterThan(0);
    }
  });

  it("returns undefined outside a git checkout", () => {
    const dir = tempDir();
    mkdirSync(join(dir, "generated"));
    writeFileSync(join(dir, "generated/openapi.json"), JSON.stringify(before));
    expect(readCommittedSpec(dir)).toBeUndefined();
    expect(readCommittedSpec(join(dir, "does-not-exist"))).toBeUndefined();
  });

  it("reads HEAD's version, not the working copy's, and undefined before it is committed", () => {
    const dir = tempDir();
    git(dir, "-c", "init.defaultBranch=main", "init", "-q");
    mkdirSync(join(dir, "generated"));
    writeFileSync(join(dir, "generated/openapi.json"), JSON.stringify(before));
    expect(readCommittedSpec(dir)).toBeUndefined(); // no commit yet
    git(dir, "add", "generated/openapi.json");
    git(dir, "commit", "-q", "-m", "spec");
    writeFileSync(join(dir, "generated/openapi.json"), JSON.stringify(after));
    expect(readCommittedSpec(dir)).toEqual(before);
    git(dir, "commit", "-q", "-am", "spec changed");
    expect(readCommittedSpec(dir)).toEqual(after);
    // The file is looked up relative to cwd: there is no generated/generated/openapi.json.
    expect(readCommittedSpec(join(dir, "generated"))).toBeUndefined();
  });
});
