// The bundled spec and the documented operation list, as the spec tests read them.
// The OpenAPI helpers themselves (deref, operationsOf...) are the scripts' own, re-exported.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { METHODS, repoRoot, type Json } from "../../scripts/lib/openapi.js";

export { deref, operationsOf, parametersOf, type Json } from "../../scripts/lib/openapi.js";

/** The repository root, with a trailing slash. */
export const projectRoot = join(repoRoot, "/");

export const bundledSpec: Json = JSON.parse(
  readFileSync(new URL("../../generated/openapi.json", import.meta.url), "utf8"),
);

export interface DocumentedOperation {
  method: string;
  path: string;
  title: string;
  operationId: string;
}

/** spec/operations.tsv: every operation of both route families, with PostHog's operationIds. */
export const documentedOperations: DocumentedOperation[] = readFileSync(
  new URL("../../spec/operations.tsv", import.meta.url),
  "utf8",
)
  .trim()
  .split("\n")
  .slice(1)
  .map((line) => {
    const [method, path, , title, operationId] = line.split("\t");
    return { method: method!.toLowerCase(), path: path!, title: title!, operationId: operationId! };
  });

/** The HTTP methods an operation can have (scripts/lib/openapi.ts). */
export const HTTP_METHODS: readonly string[] = METHODS;
