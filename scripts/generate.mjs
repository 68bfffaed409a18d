// The codegen pipeline: spec/ -> generated/.
//   1. bundle spec/openapi.yaml into one self-contained generated/openapi.json (Redocly), with
//      both route families: each environments path's projects twin (scripts/families.mjs);
//   2. compile it to TypeScript types, generated/schema.ts (openapi-typescript);
//   3. extract the little the client needs at run time, generated/operations.ts;
//   4. format both with prettier.
// Running it twice on the same spec writes the same bytes.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import openapiTS, { astToString, STRING } from "openapi-typescript";
import * as prettier from "prettier";
import { withRouteFamilies } from "./families.mjs";
import { buildOperationsModule } from "./operations-module.mjs";
import { diffSpecs, formatDiff, readCommittedSpec } from "./spec-diff.mjs";
import ts from "typescript";
import { DATE_PARAM, typesView } from "./types-view.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** Options that shape the generated types; see the README's "Regenerating" section. */
export const openapiTsOptions = {
  // `export type Dashboard = components["schemas"]["Dashboard"]` and so on, for every schema.
  rootTypes: true,
  rootTypesNoSchemaPrefix: true,
  // A property with a `default` stays optional in request types (PostHog fills it in).
  defaultNonNullable: false,
  // Query parameters that take a time also take a Date (the client sends its ISO 8601 form).
  transform(schema) {
    if (schema[DATE_PARAM])
      return ts.factory.createUnionTypeNode([STRING, ts.factory.createTypeReferenceNode("Date")]);
  },
};

/** Bundles the spec with Redocly into one document, returned parsed. */
export function bundleSpec(specPath = join(root, "spec/openapi.yaml")) {
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

/** Generates every file of generated/ into outDir and returns their names. */
export async function generate({ outDir = join(root, "generated"), specPath } = {}) {
  const doc = withRouteFamilies(bundleSpec(specPath));
  const prettierOptions = { ...(await prettier.resolveConfig(join(root, "generated/schema.ts"))) };

  const types = astToString(await openapiTS(typesView(doc), openapiTsOptions));
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

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
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
