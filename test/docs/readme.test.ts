// The docs cannot drift from the code: every TypeScript block of the README compiles against the
// client's real types, and the operation table is the one the spec gives. (examples/ is compiled by
// `npm test`'s own tsc run.)
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
// @ts-expect-error: a plain JavaScript module without types
import { withOperationsTable } from "../../scripts/readme-operations.mjs";
import { bundledSpec, operationsOf, projectRoot } from "../helpers/spec.js";

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
  });

  it("lists every operation of both families in its table, as the spec gives them", () => {
    expect(withOperationsTable(readme, bundledSpec), "run npm run docs").toBe(readme);
    expect(readme.match(/^\| (GET|PUT|POST|PATCH|DELETE) \| `\/api/gm)).toHaveLength(
      operationsOf(bundledSpec).length,
    );
  });
});
