// The package as users get it: built, packed with npm pack, installed into a fresh project, then
// imported from ESM, required from CommonJS (each making a real call to a 127.0.0.1 server), and
// type-checked as a TypeScript consumer under moduleResolution nodenext and bundler.
import { execFile } from "node:child_process";
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type TestServer } from "../helpers/server.js";
import { bundledSpec, projectRoot } from "../helpers/spec.js";

const run = promisify(execFile);
/** A whole tsc run over both families' types: seconds alone, far longer beside other suites. */
const TSC_TIMEOUT_MS = 120_000;
const bin = (name: string) => join(projectRoot, "node_modules/.bin", name);
const work = mkdtempSync(join(tmpdir(), "posthog-package-"));
const consumer = join(work, "consumer");
let server: TestServer;

beforeAll(async () => {
  // Build into a staging copy, so the test neither needs nor touches the project's own dist/.
  const stage = join(work, "stage");
  mkdirSync(join(stage, "generated"), { recursive: true });
  await run(bin("tsup"), ["--out-dir", join(stage, "dist")], { cwd: projectRoot });
  // package.json, the README, and what its `files` lists besides the build.
  const { files } = JSON.parse(readFileSync(join(projectRoot, "package.json"), "utf8")) as {
    files: string[];
  };
  for (const file of ["package.json", "README.md", ...files.filter((f) => f !== "dist")])
    cpSync(join(projectRoot, file), join(stage, file));
  await run("npm", ["pack", "--pack-destination", work, "--silent"], { cwd: stage });
  const tarball = readdirSync(work).find((f) => f.endsWith(".tgz"))!;

  cpSync(join(projectRoot, "test/package/consumer"), consumer, { recursive: true });
  writeFileSync(
    join(consumer, "package.json"),
    JSON.stringify({ name: "consumer", private: true, type: "module" }),
  );
  // Dependencies come from the npm cache the project's own install filled.
  await run(
    "npm",
    ["install", join(work, tarball), "--prefer-offline", "--no-audit", "--no-fund", "--silent"],
    {
      cwd: consumer,
    },
  );

  // One GET, a list of two pages (paginate's reader loads on first use) and a 404 (the error path
  // loads with the first failure): the consumers reach code in the build's lazy chunks too.
  server = await startServer((req, res) => {
    const list = "/api/environments/12345/insights/";
    const answers: Record<string, [number, unknown]> = {
      [`${list}?limit=1`]: [200, { count: 7, next: null, previous: null, results: [] }],
      [`${list}?limit=2`]: [
        200,
        {
          count: 3,
          next: `http://${req.headers.host}${list}?limit=2&offset=2`,
          previous: null,
          results: [{ id: 1 }, { id: 2 }],
        },
      ],
      [`${list}?limit=2&offset=2`]: [
        200,
        { count: 3, next: null, previous: null, results: [{ id: 3 }] },
      ],
      "/api/environments/12345/dashboards/404/": [404, { detail: "Not found." }],
    };
    const known = req.headers.authorization === "Bearer phx_smoke" && answers[req.url ?? ""];
    const [status, body] = known || [400, { detail: `unexpected ${req.url}` }];
    res.writeHead(status, { "content-type": "application/json" });
    res.end(JSON.stringify(body));
  });
}, 180_000);

afterAll(async () => {
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

describe("the packed package", () => {
  it("ships only dist/, generated/openapi.json, the README, the LICENSE and package.json", async () => {
    const { stdout } = await run("tar", [
      "-tzf",
      join(
        work,
        readdirSync(work).find((f) => f.endsWith(".tgz"))!,
      ),
    ]);
    const files = stdout.trim().split("\n").sort();
    expect(files).toContain("package/dist/index.js");
    expect(files).toContain("package/dist/index.cjs");
    expect(files).toContain("package/dist/index.d.ts");
    expect(files).toContain("package/dist/index.d.cts");
    expect(files).toContain("package/generated/openapi.json");
    expect(files).toContain("package/LICENSE");
    expect(
      files.filter(
        (f) =>
          !/^package\/(dist\/|generated\/openapi\.json$|README\.md$|LICENSE$|package\.json$)/.test(
            f,
          ),
      ),
    ).toEqual([]);
  });

  it("passes publint and attw (node16 profile: the package requires Node >= 20.19)", async () => {
    const publint = await run(bin("publint"), ["--strict", join(work, "stage")]);
    expect(publint.stdout).toMatch(/All good!/);
    const tarball = join(
      work,
      readdirSync(work).find((f) => f.endsWith(".tgz"))!,
    );
    // attw exits non-zero on any problem the profile counts, which makes run() reject.
    const attw = await run(bin("attw"), [tarball, "--profile", "node16"]);
    expect(attw.stdout).toContain('"posthog-environments-client"');
  });

  it("imports from ESM and makes a real call", async () => {
    const { stdout } = await run("node", ["esm.mjs"], {
      cwd: consumer,
      env: { ...process.env, POSTHOG_HOST: server.origin },
    });
    expect(JSON.parse(stdout)).toEqual({
      kind: "esm",
      count: 7,
      errorClass: "function",
      specPaths: Object.keys(bundledSpec.paths).length,
      paged: [1, 2, 3],
      notFound: { name: "PostHogNotFoundError", status: 404, detail: "Not found." },
    });
  });

  it("installs the export command, which runs", async () => {
    const { stdout } = await run(join(consumer, "node_modules/.bin/posthog-environments-client"), [
      "export",
      "--help",
    ]);
    expect(stdout).toContain("Usage: posthog-environments-client export <operation> [flags]");
  });

  it("requires from CommonJS and makes a real call", async () => {
    const { stdout, stderr } = await run("node", ["cjs.cjs"], {
      cwd: consumer,
      env: { ...process.env, POSTHOG_HOST: server.origin },
    });
    expect(JSON.parse(stdout)).toEqual({
      kind: "cjs",
      count: 7,
      errorClass: "function",
      paged: [1, 2, 3],
      notFound: { name: "PostHogNotFoundError", status: 404, detail: "Not found." },
    });
    expect(stderr).toBe(""); // no ExperimentalWarning: the CommonJS build is real CommonJS
  });

  it.each([
    ["nodenext", { module: "NodeNext", moduleResolution: "NodeNext" }],
    ["bundler", { module: "ESNext", moduleResolution: "Bundler" }],
  ])(
    "type-checks a TypeScript consumer under moduleResolution %s",
    async (name, resolution) => {
      const tsconfig = join(consumer, `tsconfig.${name}.json`);
      writeFileSync(
        tsconfig,
        JSON.stringify({
          compilerOptions: {
            ...resolution,
            target: "ES2022",
            lib: ["ES2022"],
            types: ["node"],
            typeRoots: [join(projectRoot, "node_modules/@types")],
            strict: true,
            noEmit: true,
            skipLibCheck: false,
          },
          files: ["consumer.ts"],
        }),
      );
      // Rejects, with tsc's report, on any error: including an unused @ts-expect-error.
      await run(bin("tsc"), ["-p", tsconfig], { cwd: consumer });
    },
    TSC_TIMEOUT_MS,
  );

  it(
    "fails to type-check when a @ts-expect-error line is made valid (the check has teeth)",
    async () => {
      const broken = join(consumer, "broken.ts");
      writeFileSync(
        broken,
        'import { createPostHogClient } from "posthog-environments-client";\nconst p = createPostHogClient({ projectId: 1 });\n// @ts-expect-error\nawait p.GET("/api/environments/{project_id}/insights/");\n',
      );
      const error = await run(
        bin("tsc"),
        [
          "--noEmit",
          "--strict",
          "--module",
          "NodeNext",
          "--moduleResolution",
          "NodeNext",
          "--target",
          "ES2022",
          "--types",
          "node",
          "--typeRoots",
          join(projectRoot, "node_modules/@types"),
          broken,
        ],
        { cwd: consumer },
      ).catch((e: { stdout: string }) => e);
      expect((error as { stdout: string }).stdout).toMatch(
        /TS2578: Unused '@ts-expect-error' directive/,
      );
    },
    TSC_TIMEOUT_MS,
  );
});
