// Every environments operation of spec/operations.tsv is exercised through the client in depth: each
// has a describe block named by its operationId in one of the files beside this one.
import { readdirSync, readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { documentedOperations } from "../helpers/spec.js";

it("has a describe block for each environments operation, and none for unknown ones", () => {
  const dir = new URL("./", import.meta.url);
  const titles = readdirSync(dir)
    .filter((name) => name.endsWith(".test.ts") && name !== "coverage.test.ts")
    .flatMap((name) => [
      ...readFileSync(new URL(name, dir), "utf8").matchAll(
        /describe\("((?:environments|dashboards_collaborators|groups_types)_\w+)"/g,
      ),
    ])
    .map((match) => match[1]);
  const listed = new Set(documentedOperations.map((op) => `${op.method} ${op.path}`));
  // The environments operations, and the projects-only ones (no environments twin).
  const environments = documentedOperations.filter(
    (op) =>
      op.operationId.startsWith("environments_") ||
      !listed.has(`${op.method} ${op.path.replace("/api/projects/", "/api/environments/")}`),
  );
  expect(new Set(titles)).toEqual(new Set(environments.map((op) => op.operationId)));
  expect(titles).toHaveLength(environments.length);
});
