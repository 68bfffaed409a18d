// The spec lints clean with Redocly, and generated/ is exactly what the spec produces.
import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { generate } from "../../scripts/generate.js";
import { projectRoot } from "../helpers/spec.js";

const run = promisify(execFile);

describe("spec/", () => {
  it("lints with Redocly with no errors and no warnings", async () => {
    const { stderr } = await run(
      join(projectRoot, "node_modules/.bin/redocly"),
      ["lint", "spec/openapi.yaml"],
      {
        cwd: projectRoot,
      },
    ); // rejects on a non-zero exit, that is on any error
    expect(stderr).toMatch(/validated in/);
    expect(stderr).not.toMatch(/You have \d+ warnings?/);
    // The documented exceptions (.redocly.lint-ignore.yaml): DELETE dashboards, DELETE hog functions
    // and DELETE insights never succeed.
    expect(stderr).toMatch(/3 problems are explicitly ignored/);
  });

  it("bundles into a generated/openapi.json (both families) that lints with no errors", async () => {
    const { stdout } = await run(
      join(projectRoot, "node_modules/.bin/redocly"),
      ["lint", "generated/openapi.json", "--format=json"],
      { cwd: projectRoot, maxBuffer: 16 * 1024 * 1024 },
    ); // rejects on a non-zero exit, that is on any error
    const problems = (
      JSON.parse(stdout) as {
        problems: { ruleId: string; severity: string; location: { pointer: string }[] }[];
      }
    ).problems.map((p) => `${p.severity} ${p.ruleId} ${p.location[0]!.pointer}`);
    // The spec's exceptions, in both families: DELETE dashboards, hog functions and insights never
    // succeed, and the bundler inlines the stream message schema under x-sse-message, leaving it unused.
    expect(problems.sort()).toEqual([
      "warn no-unused-components #/components/schemas/DashboardStreamMessage",
      "warn operation-2xx-response #/paths/~1api~1environments~1{project_id}~1dashboards~1{id}~1/delete/responses",
      "warn operation-2xx-response #/paths/~1api~1environments~1{project_id}~1hog_functions~1{id}~1/delete/responses",
      "warn operation-2xx-response #/paths/~1api~1environments~1{project_id}~1insights~1{id}~1/delete/responses",
      "warn operation-2xx-response #/paths/~1api~1projects~1{project_id}~1dashboards~1{id}~1/delete/responses",
      "warn operation-2xx-response #/paths/~1api~1projects~1{project_id}~1hog_functions~1{id}~1/delete/responses",
      "warn operation-2xx-response #/paths/~1api~1projects~1{project_id}~1insights~1{id}~1/delete/responses",
    ]);
  });
});

describe("generated/", () => {
  const outDir = mkdtempSync(join(tmpdir(), "generated-"));
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it("is exactly what `npm run generate` produces from spec/", async () => {
    const written: string[] = await generate({ outDir });
    expect(written.sort()).toEqual(readdirSync(join(projectRoot, "generated")).sort());
    for (const name of written) {
      const fresh = readFileSync(join(outDir, name), "utf8");
      const committed = readFileSync(join(projectRoot, "generated", name), "utf8");
      expect(committed === fresh, `generated/${name} is stale: run npm run generate`).toBe(true);
    }
  });
});
