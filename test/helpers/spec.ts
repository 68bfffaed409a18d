// The bundled spec and the documented operation list, as the spec tests read them.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const projectRoot = fileURLToPath(new URL("../../", import.meta.url));

export type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

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

export const HTTP_METHODS = ["get", "put", "post", "patch", "delete", "head", "options", "trace"];

/** Every operation of a spec document, with its path and method. */
export function operationsOf(doc: Json): { path: string; method: string; op: Json }[] {
  return Object.entries(doc.paths as Record<string, Json>).flatMap(([path, item]) =>
    HTTP_METHODS.filter((m) => item[m]).map((method) => ({ path, method, op: item[method] })),
  );
}

/** Follows local `#/...` references. */
export function deref(doc: Json, node: Json): Json {
  while (node && typeof node.$ref === "string") {
    node = node.$ref
      .slice(2)
      .split("/")
      .map((s: string) => s.replace(/~1/g, "/").replace(/~0/g, "~"))
      .reduce((at: Json, key: string) => at?.[key], doc);
  }
  return node;
}
