// The codegen pipeline: spec/ -> generated/.
//   1. bundle spec/openapi.yaml into one self-contained generated/openapi.json (Redocly), with
//      both route families: each environments path's projects twin (scripts/families.ts);
//   2. compile it to TypeScript types, generated/schema.ts (openapi-typescript);
//   3. extract the little the client needs at run time, generated/operations.ts;
//   4. format both with prettier.
// Running it twice on the same spec writes the same bytes.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import * as prettier from "prettier";
import ts from "typescript";
import { withRouteFamilies } from "./families.js";
import { repoRoot as root, type Json } from "./lib/openapi.js";
import { buildOperationsModule } from "./operations-module.js";
import { diffSpecs, formatDiff, readCommittedSpec } from "./spec-diff.js";
import { DATE_PARAM, typesView } from "./types-view.js";

/**
 * The two functions of openapi-typescript the pipeline uses. Its own declarations import
 * @redocly/openapi-core's, which need packages npm does not install (json-schema-to-ts,
 * @types/js-yaml), so with skipLibCheck off they would fail the type check: the module is loaded
 * through a specifier TypeScript does not resolve, and typed here.
 */
interface OpenapiTs {
  default(schema: Json, options: Json): Promise<readonly ts.Node[]>;
  astToString(ast: readonly ts.Node[]): string;
  STRING: ts.TypeNode;
}
const OPENAPI_TS: string = "openapi-typescript";
const openapiTs = (await import(OPENAPI_TS)) as OpenapiTs;

/** Options that shape the generated types; see the README's "Regenerating" section. */
export const openapiTsOptions = {
  // `export type Dashboard = components["schemas"]["Dashboard"]` and so on, for every schema.
  rootTypes: true,
  rootTypesNoSchemaPrefix: true,
  // A property with a `default` stays optional in request types (PostHog fills it in).
  defaultNonNullable: false,
  // Query parameters that take a time also take a Date (the client sends its ISO 8601 form).
  transform(schema: Json): ts.TypeNode | undefined {
    if (schema[DATE_PARAM])
      return ts.factory.createUnionTypeNode([
        openapiTs.STRING,
        ts.factory.createTypeReferenceNode("Date"),
      ]);
    return undefined;
  },
};

/** Bundles the spec with Redocly into one document, returned parsed. */
export function bundleSpec(specPath = join(root, "spec/openapi.yaml")): Json {
  const dir = mkdtempSync(join(tmpdir(), "posthog-spec-"));
  try {
    const out = join(dir, "openapi.json");
    execFileSync(join(root, "node_modules/.bin/redocly"), ["bundle", specPath, "-o", out], {
      cwd: root,
      stdio: ["ignore", "ignore", "pipe"],
    });
    return JSON.parse(readFileSync(out, "utf8"));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface GenerateOptions {
  /** Where to write (default: generated/). */
  outDir?: string;
  /** The spec's root file (default: spec/openapi.yaml). */
  specPath?: string;
}

/** Generates every file of generated/ into outDir and returns their names. */
export async function generate({
  outDir = join(root, "generated"),
  specPath,
}: GenerateOptions = {}): Promise<string[]> {
  const doc = withRouteFamilies(bundleSpec(specPath));
  const prettierOptions = { ...(await prettier.resolveConfig(join(root, "generated/schema.ts"))) };

  const types = openapiTs.astToString(await openapiTs.default(typesView(doc), openapiTsOptions));
  const files = {
    "openapi.json": JSON.stringify(doc, null, 2) + "\n",
    "schema.ts": await prettier.format(types, { ...prettierOptions, parser: "typescript" }),
    "operations.ts": await prettier.format(buildOperationsModule(doc), {
      ...prettierOptions,
      parser: "typescript",
    }),
  };
  mkdirSync(outDir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(outDir, name), text);
  return Object.keys(files);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  // What the API description gained or lost since the last commit, and the semver bump it implies.
  const committed = readCommittedSpec(root);
  const written = await generate();
  console.log(`generated/: wrote ${written.join(", ")}`);
  const fresh = JSON.parse(readFileSync(join(root, "generated/openapi.json"), "utf8"));
  console.log(
    committed === undefined
      ? "\nNo committed generated/openapi.json to compare with (not a git checkout, or not committed yet)."
      : `\nChanges against the last committed generated/openapi.json:\n${formatDiff(diffSpecs(committed, fresh))}`,
  );
}
