// Benchmark 4, the cost to users: the size of the runtime JavaScript (minified with esbuild, then
// gzipped), the time to import the package, and the type-checking time a consumer pays
// (`tsc --noEmit` of a file making 20 typed calls against an empty file).
import { spawn } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, isAbsolute, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { median, now } from "./lib/stats.mjs";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(join(ROOT, "package.json"));
export const SIZE_TARGET_BYTES = 10 * 1024;

/** Our runtime dependencies other than openapi-fetch (kept external in the headline figure). */
const OTHER_DEPENDENCIES = ["csv-parse", "csv-parse/*", "eventsource-parser"];

const gzipped = (bytes) => gzipSync(bytes, { level: 9 }).length;

async function bundle({ entry, stdin, external = [], plugins = [] }) {
  const esbuild = require("esbuild");
  const result = await esbuild.build({
    ...(stdin ? { stdin: { contents: stdin, resolveDir: ROOT, loader: "js" } } : {}),
    ...(entry ? { entryPoints: [entry] } : {}),
    absWorkingDir: ROOT,
    bundle: true,
    minify: true,
    platform: "node",
    format: "esm",
    target: "node20",
    write: false,
    metafile: true,
    external,
    plugins,
    logLevel: "silent",
  });
  const [output] = result.outputFiles;
  const meta = Object.values(result.metafile.outputs)[0];
  return {
    text: output.text,
    minified: output.contents.length,
    gzip: gzipped(output.contents),
    inputs: Object.entries(meta.inputs)
      .map(([path, { bytesInOutput }]) => ({ path, bytes: bytesInOutput }))
      .sort((a, b) => b.bytes - a.bytes),
  };
}

/** Bytes of string and template literals in a script (mostly error messages and hints). */
function stringLiteralBytes(code) {
  const ts = require("typescript");
  const file = ts.createSourceFile(
    "bundle.js",
    code,
    ts.ScriptTarget.Latest,
    false,
    ts.ScriptKind.JS,
  );
  const kinds = new Set([
    ts.SyntaxKind.StringLiteral,
    ts.SyntaxKind.NoSubstitutionTemplateLiteral,
    ts.SyntaxKind.TemplateHead,
    ts.SyntaxKind.TemplateMiddle,
    ts.SyntaxKind.TemplateTail,
  ]);
  let bytes = 0;
  const visit = (node) => {
    if (kinds.has(node.kind)) bytes += Buffer.byteLength(node.getText(file));
    ts.forEachChild(node, visit);
  };
  visit(file);
  return bytes;
}

/** Replaces the generated operations table with an empty one, to see what the table weighs. */
const withoutOperationsTable = {
  name: "without-operations-table",
  setup(build) {
    build.onLoad({ filter: /generated[\\/]operations\.(ts|js)$/ }, () => ({
      contents: "export const operations = {}; export const throttleRates = {};",
      loader: "js",
    }));
  },
};

/**
 * Bundle sizes, minified (esbuild, platform node, ESM) and gzipped (level 9). `entry`: the package's
 * built ESM entry (dist/index.js). `sourceEntry` (src/index.ts, optional): bundled the same way to
 * break the figure down by source file and to weigh the generated operations table.
 */
export async function bundleSizes({ entry, sourceEntry }) {
  const ours = await bundle({ entry, external: OTHER_DEPENDENCIES });
  const everything = await bundle({ entry });
  const alone = await bundle({ entry, external: ["openapi-fetch", ...OTHER_DEPENDENCIES] });
  const openapiFetch = await bundle({ stdin: 'export { default } from "openapi-fetch";' });
  const sizes = {
    entry: relative(entry),
    oursWithOpenapiFetch: pick(ours),
    everything: pick(everything),
    oursAlone: pick(alone),
    openapiFetchAlone: pick(openapiFetch),
    target: { maxGzipBytes: SIZE_TARGET_BYTES, met: ours.gzip <= SIZE_TARGET_BYTES },
  };
  if (sourceEntry) {
    const source = await bundle({ entry: sourceEntry, external: OTHER_DEPENDENCIES });
    const noTable = await bundle({
      entry: sourceEntry,
      external: OTHER_DEPENDENCIES,
      plugins: [withoutOperationsTable],
    });
    sizes.breakdown = {
      entry: relative(sourceEntry),
      total: pick(source),
      operationsTable: {
        minified: source.minified - noTable.minified,
        gzip: source.gzip - noTable.gzip,
      },
      // Measured on the bundle without openapi-fetch: our code's own text.
      ourStringLiteralBytes: stringLiteralBytes(alone.text),
      inputs: source.inputs.filter((input) => input.bytes > 0),
    };
  }
  return sizes;
}

const pick = ({ minified, gzip }) => ({ minified, gzip });
const relative = (path) => (path.startsWith(ROOT) ? path.slice(ROOT.length + 1) : path);

/** Runs a command and resolves with its wall time, exit code and output. */
function run(command, args, options = {}) {
  return new Promise((resolvePromise, reject) => {
    const start = now();
    const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"], ...options });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c) => (stdout += c));
    child.stderr.on("data", (c) => (stderr += c));
    child.on("error", reject);
    child.on("close", (code) => resolvePromise({ ms: now() - start, code, stdout, stderr }));
  });
}

const toUrl = (module) => (isAbsolute(module) ? pathToFileURL(module).href : module);

/**
 * Import time: `node -e "import(module)"` against an empty `node -e ""`, `runs` times each,
 * interleaved; the median difference is the cost of the import. Also measured inside the process
 * (performance.now() around import()), which leaves out process start-up noise. `compare`: other
 * modules to time the same way (openapi-fetch alone).
 */
export async function importTime({ module, runs = 15, compare = {} }) {
  const targets = { "empty node": null, "this package": toUrl(module), ...compare };
  const wall = Object.fromEntries(Object.keys(targets).map((name) => [name, []]));
  const inside = Object.fromEntries(Object.keys(targets).map((name) => [name, []]));
  for (let i = 0; i < runs; i++) {
    for (const [name, url] of Object.entries(targets)) {
      const script =
        url === null
          ? "console.log(0)"
          : `const t=performance.now();import(${JSON.stringify(url)}).then(()=>console.log(performance.now()-t))`;
      const result = await run(process.execPath, ["-e", script], { cwd: ROOT });
      if (result.code !== 0) throw new Error(`importing ${name} failed: ${result.stderr}`);
      wall[name].push(result.ms);
      inside[name].push(Number(result.stdout.trim()));
    }
  }
  const emptyMs = median(wall["empty node"]);
  return {
    runs,
    results: Object.keys(targets).map((name) => ({
      name,
      processMs: median(wall[name]),
      overEmptyMs: median(wall[name]) - emptyMs,
      importMs: median(inside[name]),
    })),
  };
}

/** A consumer making 20 different typed calls (the package as users import it). */
export const CONSUMER_20_OPERATIONS = `import { createPostHogClient, type Dashboard } from "posthog-environments-client";

const posthog = createPostHogClient({ apiKey: "phx_key", host: "eu", projectId: 12345 });
const seen: unknown[] = [];
const use = (value: unknown) => void seen.push(value);

export async function twentyOperations(): Promise<void> {
  const dashboard = await posthog.GET("/api/environments/{project_id}/dashboards/{id}/", {
    params: { path: { id: 201 } },
  });
  const kept: Dashboard | undefined = dashboard.data;
  use(kept?.name);
  const renamed = await posthog.PATCH("/api/environments/{project_id}/dashboards/{id}/", {
    params: { path: { id: 201 } },
    body: { name: "Product KPIs", pinned: true },
  });
  use(renamed.data?.tiles);
  const events = await posthog.GET("/api/environments/{project_id}/events/", {
    params: { query: { event: "$pageview", limit: 100, after: new Date() } },
  });
  use(events.data?.results[0]?.distinct_id);
  const values = await posthog.GET("/api/environments/{project_id}/events/values/", {
    params: { query: { key: "$browser" } },
  });
  use(values.data);
  const members = await posthog.GET("/api/environments/{project_id}/explicit_members/");
  use(members.data?.[0]?.level);
  const member = await posthog.POST("/api/environments/{project_id}/explicit_members/", {
    body: { user_uuid: "0189c7a2-1b3c-7d4e-8f5a-6b7c8d9e0f13", level: 1 },
  });
  use(member.data?.user);
  const variables = await posthog.GET("/api/environments/{project_id}/insight_variables/", {
    params: { query: { page: 2 } },
  });
  use(variables.data?.results);
  const variable = await posthog.POST("/api/environments/{project_id}/insight_variables/", {
    body: { name: "Minimum order", type: "Number", default_value: 100 },
  });
  use(variable.data?.code_name);
  const insights = await posthog.GET("/api/environments/{project_id}/insights/", {
    params: { query: { created_by: [42], basic: true, limit: 20 } },
    throwOnError: true,
  });
  use(insights.data.results.map((insight) => insight.name));
  const csv = await posthog.GET("/api/environments/{project_id}/insights/", {
    params: { query: { format: "csv" } },
  });
  use(csv.data?.length);
  const insight = await posthog.POST("/api/environments/{project_id}/insights/", {
    body: { name: "Weekly signups", description: "Signups per week" },
  });
  use(insight.data?.short_id);
  const sharing = await posthog.GET("/api/environments/{project_id}/insights/{insight_id}/sharing/", {
    params: { path: { insight_id: 3001 } },
  });
  use(sharing.data?.access_token);
  const refreshed = await posthog.POST(
    "/api/environments/{project_id}/dashboards/{dashboard_id}/sharing/refresh/",
    { params: { path: { dashboard_id: 201 } } },
  );
  use(refreshed.data?.enabled);
  const themes = await posthog.GET("/api/environments/{project_id}/data_color_themes/");
  use(themes.data?.[0]?.colors);
  const persons = await posthog.GET("/api/environments/{project_id}/persons/", {
    params: { query: { search: "@example.com", limit: 50 } },
  });
  use(persons.data?.results[0]?.distinct_ids);
  const person = await posthog.GET("/api/environments/{project_id}/persons/{id}/", {
    params: { path: { id: 42 } },
  });
  use(person.data?.properties);
  const group = await posthog.POST("/api/environments/{project_id}/groups/", {
    body: { group_type_index: 0, group_key: "acme-inc", group_properties: { industry: "tech" } },
  });
  use(group.data?.group_key);
  const found = await posthog.GET("/api/environments/{project_id}/groups/find/", {
    params: { query: { group_type_index: 0, group_key: "acme-inc" } },
  });
  use(found.data?.created_at);
  const hogFunctions = await posthog.GET("/api/environments/{project_id}/hog_functions/", {
    params: { query: { type: ["destination"], enabled: true } },
  });
  use(hogFunctions.data?.count);
  const removed = await posthog.DELETE("/api/environments/{project_id}/insight_variables/{id}/", {
    params: { path: { id: "0192e7c4-5a6b-7c8d-9e0f-1a2b3c4d5e6f" } },
  });
  use(removed.response.status);
}
`;

/** A consumer that only creates a client: the cost of loading the package's declarations. */
export const CONSUMER_IMPORT_ONLY = `import { createPostHogClient } from "posthog-environments-client";

export const posthog = createPostHogClient({ apiKey: "phx_key", host: "eu", projectId: 12345 });
`;

export const CONSUMER_EMPTY = `export const nothing = 0;
`;

function parseDiagnostics(text) {
  const read = (label) => {
    const match = new RegExp(`^${label}:\\s+([\\d.]+)`, "m").exec(text);
    return match ? Number(match[1]) : undefined;
  };
  return {
    checkS: read("Check time"),
    totalS: read("Total time"),
    types: read("Types"),
    instantiations: read("Instantiations"),
    memoryKB: read("Memory used"),
  };
}

/**
 * `tsc --noEmit -p` time of consumers in a temporary folder whose tsconfig maps the package name to
 * `typesEntry` (dist/index.d.ts, or src/index.ts), `runs` times each, interleaved. Consumers: an
 * empty file (the baseline), one that only creates a client, and one making 20 typed calls. Each
 * must compile without errors. The consumer settings are strict NodeNext with skipLibCheck, as
 * `tsc --init` writes them.
 */
export async function tscTime({ typesEntry, runs = 3, consumers: only }) {
  const consumers = {
    "empty consumer": CONSUMER_EMPTY,
    "import only": CONSUMER_IMPORT_ONLY,
    "20 operations": CONSUMER_20_OPERATIONS,
  };
  const names = only ?? Object.keys(consumers);
  const dir = await mkdtemp(join(tmpdir(), "posthog-bench-tsc-"));
  const tsc = require.resolve("typescript/bin/tsc");
  try {
    await writeFile(join(dir, "package.json"), JSON.stringify({ type: "module", private: true }));
    const samples = {};
    for (const [index, name] of names.entries()) {
      await writeFile(join(dir, `consumer${index}.ts`), consumers[name]);
      await writeFile(
        join(dir, `tsconfig${index}.json`),
        JSON.stringify(
          {
            compilerOptions: {
              target: "ES2022",
              lib: ["ES2022"],
              module: "NodeNext",
              moduleResolution: "NodeNext",
              strict: true,
              skipLibCheck: true,
              noEmit: true,
              types: ["node"],
              typeRoots: [join(ROOT, "node_modules/@types")],
              paths: { "posthog-environments-client": [typesEntry] },
            },
            files: [`consumer${index}.ts`],
          },
          null,
          2,
        ),
      );
      samples[name] = [];
    }
    for (let i = 0; i < runs; i++) {
      for (const [index, name] of names.entries()) {
        const result = await run(process.execPath, [
          tsc,
          "--noEmit",
          "--extendedDiagnostics",
          "-p",
          join(dir, `tsconfig${index}.json`),
        ]);
        if (result.code !== 0) {
          throw new Error(`tsc failed on the ${name} consumer:\n${result.stdout}${result.stderr}`);
        }
        samples[name].push({ ms: result.ms, ...parseDiagnostics(result.stdout) });
      }
    }
    const baseline = median(samples[names[0]].map((s) => s.ms));
    return {
      typesEntry: relative(typesEntry),
      runs,
      results: names.map((name) => {
        const ms = median(samples[name].map((s) => s.ms));
        const last = samples[name][samples[name].length - 1];
        return {
          name,
          ms,
          overEmptyMs: ms - baseline,
          ratio: ms / baseline,
          checkMs: median(samples[name].map((s) => s.checkS * 1000)),
          types: last.types,
          instantiations: last.instantiations,
          memoryMB: last.memoryKB / 1024,
        };
      }),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The whole benchmark. */
export async function benchCost({
  entry = join(ROOT, "dist/index.js"),
  sourceEntry = join(ROOT, "src/index.ts"),
  typesEntry = join(ROOT, "dist/index.d.ts"),
  importRuns = 15,
  tscRuns = 3,
}) {
  const sizes = await bundleSizes({ entry, sourceEntry });
  const imports = await importTime({
    module: entry,
    runs: importRuns,
    // Our three runtime dependencies, each alone: what the package's import time is made of.
    compare: {
      "openapi-fetch alone": "openapi-fetch",
      "csv-parse/stream alone": "csv-parse/stream",
      "eventsource-parser alone": "eventsource-parser",
    },
  });
  const types = await tscTime({ typesEntry, runs: tscRuns });
  return { sizes, imports, types, target: sizes.target };
}
