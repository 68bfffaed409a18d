// The docs cannot drift from the code: every TypeScript block of the README compiles against the
// client's real types, and the operation table is the one the spec gives. (examples/ is compiled by
// `npm test`'s own tsc run.)
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { coverageSummary, withOperationsTable } from "../../scripts/readme-operations.js";
import { bundledSpec, operationsOf, projectRoot, type Json } from "../helpers/spec.js";

const run = promisify(execFile);
const readme = readFileSync(join(projectRoot, "README.md"), "utf8");
const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);

/** Names the README's blocks use as context without defining them each time. */
const CONTEXT: Record<string, string> = {
  posthog: "const posthog = createPostHogClient({ projectId: 12345 });",
  sessionId: "declare const sessionId: string;",
};
const IMPORTS = ["createPostHogClient", "PostHogApiError"];

/** A block as a module: with the imports and context it uses but does not declare. */
function asModule(code: string): string {
  const imported = new Set(
    [...code.matchAll(/import \{([^}]*)\} from "posthog-environments-client"/g)].flatMap((m) =>
      m[1]!.split(",").map((s) => s.trim()),
    ),
  );
  const needed = IMPORTS.filter(
    (name) => !imported.has(name) && new RegExp(`\\b${name}\\b`).test(code),
  );
  const context = Object.entries(CONTEXT)
    .filter(
      ([name]) =>
        new RegExp(`\\b${name}\\b`).test(code) &&
        !new RegExp(`(const|let|var) ${name}\\b`).test(code),
    )
    .map(([, line]) => line);
  if (
    context.some((line) => line.includes("createPostHogClient")) &&
    !imported.has("createPostHogClient") &&
    !needed.includes("createPostHogClient")
  ) {
    needed.push("createPostHogClient");
  }
  const head = needed.length
    ? [`import { ${needed.join(", ")} } from "posthog-environments-client";`]
    : [];
  return [...head, ...context, code, "export {};"].join("\n");
}

describe("README.md", () => {
  const dir = mkdtempSync(join(tmpdir(), "readme-blocks-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("has TypeScript examples for the calls, errors, pagination, CSV and the tile stream", () => {
    expect(blocks.length).toBeGreaterThanOrEqual(6);
    for (const feature of [
      "throwOnError",
      "paginate(",
      "csvRows(",
      "streamDashboardTiles(",
      "PostHogApiError",
    ]) {
      expect(
        blocks.some((b) => b.includes(feature)),
        feature,
      ).toBe(true);
    }
  });

  it("every TypeScript block compiles against the client", async () => {
    const files = blocks.map((code, i) => {
      const file = join(dir, `block-${i + 1}.ts`);
      writeFileSync(file, asModule(code));
      return file;
    });
    writeFileSync(join(dir, "package.json"), JSON.stringify({ type: "module" }));
    writeFileSync(
      join(dir, "tsconfig.json"),
      JSON.stringify({
        extends: join(projectRoot, "tsconfig.json"),
        compilerOptions: {
          paths: { "posthog-environments-client": [join(projectRoot, "src/index.ts")] },
          typeRoots: [join(projectRoot, "node_modules/@types")],
        },
        include: [],
        files,
      }),
    );
    const result = await run(join(projectRoot, "node_modules/.bin/tsc"), [
      "-p",
      join(dir, "tsconfig.json"),
    ]).catch((error: { stdout: string }) => error);
    const output = "stdout" in result ? result.stdout : "";
    expect(output, output).toBe("");
  }, 120_000); // a whole tsc run: seconds alone, much longer beside other suites on two cores

  it("lists every operation of both families in its table, as the spec gives them", () => {
    expect(withOperationsTable(readme, bundledSpec), "run npm run docs").toBe(readme);
    const ops = operationsOf(bundledSpec);
    // One row per operation described once (its projects route), naming its environments twin.
    const rows = readme.match(/^\| (GET|PUT|POST|PATCH|DELETE) \| `[^`]+` \| `\w+` \|/gm) ?? [];
    expect(rows).toHaveLength(ops.filter((o) => o.path.startsWith("/api/projects/")).length);
    const table = readme.slice(readme.indexOf("<!-- operations:start"));
    for (const { op } of ops) expect(table).toContain(`\`${op.operationId}\``);
  });

  it("says what is covered: the count on each family, and by resource", () => {
    const ops = operationsOf(bundledSpec);
    const projects = ops.filter((o) => o.path.startsWith("/api/projects/")).length;
    expect(readme).toContain(`The client covers **${projects} operations**`);
    expect(readme).toContain(`${ops.length} operations in \`generated/openapi.json\``);
  });
});

describe("coverageSummary", () => {
  const op = (operationId: string, tag: string, extra: Json = {}) => ({
    operationId,
    tags: [tag],
    responses: { "200": { description: "OK" } },
    ...extra,
  });
  const doc = {
    paths: {
      "/api/environments/{project_id}/things/": {
        get: op("environments_things_list", "things", {
          "x-environments-route-removed": "things/routes.py",
        }),
      },
      "/api/projects/{project_id}/things/": { get: op("things_list", "things") },
      "/api/projects/{project_id}/widgets/": {
        get: op("widgets_list", "widgets"),
        post: op("widgets_create", "widgets", { "x-removed-on-newer-servers": "gone" }),
      },
    },
  };

  it("counts both families and names what is projects-only, unrouted or dropped", () => {
    const text = coverageSummary(doc);
    expect(text).toContain("The client covers **3 operations**");
    expect(text).toContain("1 of them also under `/api/environments/{project_id}/`");
    expect(text).toContain("4 operations in `generated/openapi.json` in all");
    expect(text).toContain("By resource: things 1 and widgets 2.");
    expect(text).toContain(
      "Only under `/api/projects/{project_id}/` (PostHog routes them nowhere else): `GET widgets/` and `POST widgets/`.",
    );
    expect(text).toContain("Newer servers no longer route this one under `/api/environments/`");
    expect(text).toContain(
      "newer servers dropped them (older servers still answer them; the spec says why): `POST widgets/`.",
    );
  });
});
