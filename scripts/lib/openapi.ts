// The OpenAPI helpers the scripts and the tests share: the repository root, the HTTP methods an
// operation can have, local `$ref` resolution, and the operations of a document.
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** A parsed OpenAPI document or any part of one: JSON whose shape the code checks as it reads. */
export type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The repository root (this file is scripts/lib/openapi.ts). */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/** The methods of an OpenAPI path item, in the order the spec and its reports list them. */
export const METHODS = [
  "get",
  "put",
  "post",
  "patch",
  "delete",
  "head",
  "options",
  "trace",
] as const;
export type Method = (typeof METHODS)[number];

export const isObject = (value: unknown): value is Record<string, Json> =>
  value !== null && typeof value === "object" && !Array.isArray(value);

/** The value a local JSON pointer (`#/components/schemas/X`) designates, or undefined. */
export function pointer(doc: Json, ref: unknown): Json {
  if (typeof ref !== "string" || !ref.startsWith("#")) return undefined;
  let node = doc;
  for (const raw of ref.slice(1).split("/").slice(1)) {
    let key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    try {
      key = decodeURIComponent(key);
    } catch {
      // not percent-encoded after all
    }
    if (node === null || typeof node !== "object" || !(key in node)) return undefined;
    node = node[key];
  }
  return node;
}

/** Follows local `$ref`s until a node that is not one (or an unresolvable or cyclic one). */
export function deref(doc: Json, node: Json): Json {
  const seen = new Set<string>();
  while (isObject(node) && typeof node.$ref === "string" && !seen.has(node.$ref)) {
    seen.add(node.$ref);
    const target = pointer(doc, node.$ref);
    if (target === undefined) return node;
    node = target;
  }
  return node;
}

export interface OperationEntry {
  path: string;
  method: Method;
  /** The path item (its `parameters` apply to every operation of it). */
  item: Json;
  op: Json;
}

/** Every operation of a document, in the order of its paths, then of METHODS. */
export function operationsOf(doc: Json): OperationEntry[] {
  const out: OperationEntry[] = [];
  for (const [path, raw] of Object.entries(isObject(doc?.paths) ? doc.paths : {})) {
    const item = deref(doc, raw);
    if (!isObject(item)) continue;
    for (const method of METHODS) {
      if (isObject(item[method])) out.push({ path, method, item, op: item[method] });
    }
  }
  return out;
}

/** An operation's parameters, its path item's first, each dereferenced. */
export function parametersOf(doc: Json, item: Json, op: Json): Json[] {
  return [...(item?.parameters ?? []), ...(op?.parameters ?? [])].map((p: Json) => deref(doc, p));
}
