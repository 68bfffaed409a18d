// Benchmark 4, the cost to users: the size of the runtime JavaScript (minified with esbuild, then
// gzipped), the time to import the package, and the type-checking time a consumer pays
// (`tsc --noEmit` of a file making 20 typed calls against an empty file).
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, isAbsolute, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import type { Plugin } from "esbuild";
import { run } from "./lib/run.js";
import { median } from "./lib/stats.js";

export interface Size {
  minified: number;
  gzip: number;
}
export interface BundleSizes {
  entry: string;
  /** What `import` loads: the entry chunk and the chunks it imports statically, gzipped as one. */
  oursWithOpenapiFetch: Size;
  /** The chunks behind dynamic imports, loaded on first use. */
  lazyChunks: Size & { chunks: number };
  /** Per dynamically imported module: what its first use loads on top of the import. */
  firstUse: (Size & { name: string })[];
  everything: Size;
  oursAlone: Size;
  openapiFetchAlone: Size;
  target: { maxGzipBytes: number; met: boolean };
  breakdown?: {
    entry: string;
    total: Size;
    operationsTable: Size;
    /** Minified bytes of string and template literals in our own code (messages, hints). */
    ourStringLiteralBytes: number;
    inputs: { path: string; bytes: number }[];
  };
}
export interface ImportTimes {
  runs: number;
  results: { name: string; processMs: number; overEmptyMs: number; importMs: number }[];
}
export interface TscTimes {
  typesEntry: string;
  runs: number;
  results: {
    name: ConsumerName;
    ms: number;
    overEmptyMs: number;
    ratio: number;
    checkMs: number;
    types: number;
    instantiations: number;
    memoryMB: number;
  }[];
}

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(join(ROOT, "package.json"));
export const SIZE_TARGET_BYTES = 10 * 1024;

/** Our runtime dependencies other than openapi-fetch (kept external in the headline figure). */
const OTHER_DEPENDENCIES = ["eventsource-parser"];

const gzipped = (bytes: Uint8Array): number => gzipSync(bytes, { level: 9 }).length;

async function bundle({
  entry,
  stdin,
  external = [],
  plugins = [],
}: {
  entry?: string;
  stdin?: string;
  external?: string[];
  plugins?: Plugin[];
}) {
  const esbuild = require("esbuild") as typeof import("esbuild");
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
    splitting: true,
    outdir: join(ROOT, "bench-out"),
    metafile: true,
    external,
    plugins,
    logLevel: "silent",
  });
  // Split at dynamic imports: what an import loads is the entry chunk and every chunk it imports
  // statically (shared chunks included, so code moved into one still counts); the chunks reached
  // only through dynamic imports load on first use of what they hold and are weighed apart.
  const outputs = result.metafile.outputs;
  // Each dynamic import's target is an entry point of its own in the metafile: find the one given.
  const wanted = stdin !== undefined ? "<stdin>" : relative(entry!);
  const [entryKey] = Object.entries(outputs).find(([, o]) => o.entryPoint === wanted)!;
  /** A chunk and every chunk it imports statically, but none of `skip`. */
  const closure = (key: string, skip = new Set<string>()): Set<string> => {
    const found = new Set<string>();
    const visit = (k: string): void => {
      if (found.has(k) || skip.has(k)) return;
      found.add(k);
      for (const i of outputs[k]!.imports) {
        if (i.kind === "import-statement" && !i.external) visit(i.path);
      }
    };
    visit(key);
    return found;
  };
  const loaded = closure(entryKey);
  const files = result.outputFiles.filter((file) => file.path.endsWith(".js"));
  const keyOf = (path: string) => path.slice(ROOT.length + 1);
  const contentsOf = new Map(files.map((file) => [keyOf(file.path), file.contents]));
  const joined = (keys: Iterable<string>) =>
    Buffer.concat([...keys].map((k) => contentsOf.get(k)!));
  const eager = files.filter((file) => loaded.has(keyOf(file.path)));
  // One text for the eager part, gzipped together as a bundler would ship it in one file.
  const eagerBytes = joined(loaded);
  const lazy = files
    .filter((file) => !loaded.has(keyOf(file.path)))
    .map((file) => ({ minified: file.contents.length, gzip: gzipped(file.contents) }));
  // What the first use of each dynamically imported module adds to what the import loaded.
  const firstUse = Object.entries(outputs)
    .filter(([key, o]) => o.entryPoint !== undefined && key !== entryKey && key.endsWith(".js"))
    .map(([key, o]) => {
      const bytes = joined(closure(key, loaded));
      return { name: moduleName(o.entryPoint!), minified: bytes.length, gzip: gzipped(bytes) };
    })
    .sort((a, b) => b.gzip - a.gzip);
  return {
    firstUse,
    text: eager.map((file) => file.text).join("\n"),
    minified: eagerBytes.length,
    gzip: gzipped(eagerBytes),
    eagerChunks: eager.length,
    lazy: {
      chunks: lazy.length,
      minified: lazy.reduce((sum, c) => sum + c.minified, 0),
      gzip: lazy.reduce((sum, c) => sum + c.gzip, 0),
    },
    inputs: [...loaded]
      .flatMap((key) => Object.entries(outputs[key]!.inputs))
      .map(([path, { bytesInOutput }]) => ({ path, bytes: bytesInOutput }))
      .sort((a, b) => b.bytes - a.bytes),
  };
}

/** A chunk's module name: `dist/read-pages-AB12CD34.js` and `src/pagination/read-pages.ts` are
 * both "read-pages"; an index module is named by its folder. */
function moduleName(entryPoint: string): string {
  const parts = entryPoint.replace(/\.[cm]?[jt]s$/, "").split("/");
  const base = parts.pop()!.replace(/-[A-Z0-9]{8}$/, "");
  return base === "index" ? parts.pop()! : base;
}

/** Bytes of string and template literals in a script (mostly error messages and hints). */
function stringLiteralBytes(code: string): number {
  const ts = require("typescript") as typeof import("typescript");
  const file = ts.createSourceFile(
    "bundle.js",
    code,
    ts.ScriptTarget.Latest,
    false,
    ts.ScriptKind.JS,
  );
  const kinds = new Set<import("typescript").SyntaxKind>([
    ts.SyntaxKind.StringLiteral,
    ts.SyntaxKind.NoSubstitutionTemplateLiteral,
    ts.SyntaxKind.TemplateHead,
    ts.SyntaxKind.TemplateMiddle,
    ts.SyntaxKind.TemplateTail,
  ]);
  let bytes = 0;
  const visit = (node: import("typescript").Node): void => {
    if (kinds.has(node.kind)) bytes += Buffer.byteLength(node.getText(file));
    ts.forEachChild(node, visit);
  };
  visit(file);
  return bytes;
}

/** Replaces the generated operations table with an empty one, to see what the table weighs. */
const withoutOperationsTable: Plugin = {
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
export async function bundleSizes({
  entry,
  sourceEntry,
}: {
  entry: string;
  sourceEntry?: string;
}): Promise<BundleSizes> {
  const ours = await bundle({ entry, external: OTHER_DEPENDENCIES });
  const everything = await bundle({ entry });
  const alone = await bundle({ entry, external: ["openapi-fetch", ...OTHER_DEPENDENCIES] });
  const openapiFetch = await bundle({ stdin: 'export { default } from "openapi-fetch";' });
  const sizes: BundleSizes = {
    entry: relative(entry),
    oursWithOpenapiFetch: pick(ours),
    lazyChunks: ours.lazy,
    firstUse: ours.firstUse,
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

const pick = ({ minified, gzip }: Size): Size => ({ minified, gzip });
const relative = (path: string): string =>
  path.startsWith(ROOT) ? path.slice(ROOT.length + 1) : path;

const toUrl = (module: string): string =>
  isAbsolute(module) ? pathToFileURL(module).href : module;

/**
 * Import time: `node -e "import(module)"` against an empty `node -e ""`, `runs` times each,
 * interleaved; the median difference is the cost of the import. Also measured inside the process
 * (performance.now() around import()), which leaves out process start-up noise. `compare`: other
 * modules to time the same way (openapi-fetch alone).
 */
export async function importTime({
  module,
  runs = 15,
  compare = {},
}: {
  module: string;
  runs?: number;
  compare?: Record<string, string>;
}): Promise<ImportTimes> {
  const targets: Record<string, string | null> = {
    "empty node": null,
    "this package": toUrl(module),
    ...compare,
  };
  const wall: Record<string, number[]> = Object.fromEntries(
    Object.keys(targets).map((name) => [name, []]),
  );
  const inside: Record<string, number[]> = Object.fromEntries(
    Object.keys(targets).map((name) => [name, []]),
  );
  for (let i = 0; i < runs; i++) {
    for (const [name, url] of Object.entries(targets)) {
      const script =
        url === null
          ? "console.log(0)"
          : `const t=performance.now();import(${JSON.stringify(url)}).then(()=>console.log(performance.now()-t))`;
      const result = await run(process.execPath, ["-e", script], { cwd: ROOT });
      if (result.code !== 0) throw new Error(`importing ${name} failed: ${result.stderr}`);
      wall[name]!.push(result.ms);
      inside[name]!.push(Number(result.stdout.trim()));
    }
  }
  const emptyMs = median(wall["empty node"]!);
  return {
    runs,
    results: Object.keys(targets).map((name) => ({
      name,
      processMs: median(wall[name]!),
      overEmptyMs: median(wall[name]!) - emptyMs,
      importMs: median(inside[name]!),
    })),
  };
}

/** The consumers whose type-check time is measured: real files in bench/consumers/. */
export const CONSUMERS = {
  "empty consumer": "bench/consumers/empty.ts",
  "import only": "bench/consumers/import-only.ts",
  "20 operations": "bench/consumers/twenty-operations.ts",
} as const;
export type ConsumerName = keyof typeof CONSUMERS;

type Diagnostics = ReturnType<typeof parseDiagnostics>;

function parseDiagnostics(text: string) {
  const read = (label: string) => {
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
export async function tscTime({
  typesEntry,
  runs = 3,
  consumers: only,
}: {
  typesEntry: string;
  runs?: number;
  consumers?: ConsumerName[];
}): Promise<TscTimes> {
  const names = only ?? (Object.keys(CONSUMERS) as ConsumerName[]);
  const dir = await mkdtemp(join(tmpdir(), "posthog-bench-tsc-"));
  const tsc = require.resolve("typescript/bin/tsc");
  try {
    await writeFile(join(dir, "package.json"), JSON.stringify({ type: "module", private: true }));
    const samples = {} as Record<ConsumerName, ({ ms: number } & Diagnostics)[]>;
    for (const [index, name] of names.entries()) {
      const source = await readFile(join(ROOT, CONSUMERS[name]), "utf8");
      await writeFile(join(dir, `consumer${index}.ts`), source);
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
    const baseline = median(samples[names[0]!].map((s) => s.ms));
    return {
      typesEntry: relative(typesEntry),
      runs,
      results: names.map((name) => {
        const ms = median(samples[name].map((s) => s.ms));
        const last = samples[name][samples[name].length - 1]!;
        return {
          name,
          ms,
          overEmptyMs: ms - baseline,
          ratio: ms / baseline,
          checkMs: median(samples[name].map((s) => (s.checkS ?? NaN) * 1000)),
          types: last.types ?? NaN,
          instantiations: last.instantiations ?? NaN,
          memoryMB: (last.memoryKB ?? NaN) / 1024,
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
}: {
  entry?: string;
  sourceEntry?: string;
  typesEntry?: string;
  importRuns?: number;
  tscRuns?: number;
}) {
  const sizes = await bundleSizes({ entry, sourceEntry });
  const imports = await importTime({
    module: entry,
    runs: importRuns,
    // Our runtime dependencies, each alone: what the package's import time is made of.
    compare: {
      "openapi-fetch alone": "openapi-fetch",
      "eventsource-parser alone": "eventsource-parser",
    },
  });
  const types = await tscTime({ typesEntry, runs: tscRuns });
  return { sizes, imports, types, target: sizes.target };
}
