// The spec has every operation PostHog's own schema lists for these resources (spec/upstream/), on
// both families, with PostHog's operationIds; plus the operations the seed docs documented that
// newer servers dropped (explicit members, groups/upsert_properties), kept and saying so.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { bundledSpec as doc, operationsOf, projectRoot } from "../helpers/spec.js";

interface Listed {
  method: string;
  path: string;
  operationId: string;
}

/** spec/upstream/operations.tsv, with PostHog's {environment_id} spelled {project_id} as here. */
const upstream: Listed[] = readFileSync(join(projectRoot, "spec/upstream/operations.tsv"), "utf8")
  .trim()
  .split("\n")
  .slice(1)
  .map((line) => {
    const [method, path, operationId] = line.split("\t");
    return {
      method: method!.toLowerCase(),
      path: path!.replace("/api/environments/{environment_id}/", "/api/environments/{project_id}/"),
      operationId: operationId!,
    };
  });

/** Documented by the seed docs, in no newer server's schema: kept, on both families. */
const seedOnly: Listed[] = [
  ["get", "explicit_members/", "explicit_members_list"],
  ["post", "explicit_members/", "explicit_members_create"],
  ["get", "explicit_members/{parent_membership__user__uuid}/", "explicit_members_retrieve"],
  ["patch", "explicit_members/{parent_membership__user__uuid}/", "explicit_members_partial_update"],
  ["post", "groups/upsert_properties/", "groups_upsert_properties_create"],
].flatMap(([method, rest, id]) => [
  {
    method: method!,
    path: `/api/environments/{project_id}/${rest}`,
    operationId: `environments_${id}`,
  },
  { method: method!, path: `/api/projects/{project_id}/${rest}`, operationId: id! },
]);

const key = ({ method, path, operationId }: Listed) =>
  `${method.toUpperCase()} ${path} ${operationId}`;
const inSpec = new Set(
  operationsOf(doc).map(({ method, path, op }) =>
    key({ method, path, operationId: op.operationId }),
  ),
);

describe("PostHog's list of these operations (spec/upstream/operations.tsv)", () => {
  it("holds 99 environments and 113 projects operations", () => {
    expect(upstream.filter((o) => o.path.startsWith("/api/environments/"))).toHaveLength(99);
    expect(upstream.filter((o) => o.path.startsWith("/api/projects/"))).toHaveLength(113);
  });

  it("is all in generated/openapi.json, each with PostHog's operationId", () => {
    const missing = upstream.filter((o) => !inSpec.has(key(o))).map(key);
    expect(missing, `${missing.length} missing:\n${missing.join("\n")}`).toEqual([]);
  });

  it("keeps the seed-documented operations newer servers dropped, on both families", () => {
    const missing = seedOnly.filter((o) => !inSpec.has(key(o))).map(key);
    expect(missing).toEqual([]);
  });
});
