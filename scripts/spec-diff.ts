// What changed between two bundled OpenAPI 3.1 documents (like generated/openapi.json), seen from
// the client user's side: is each change breaking, and so which semver bump does it imply?
// `npm run generate` prints formatDiff(diffSpecs(committed, fresh)) after writing generated/.
//
// Every change is { kind, breaking, where, detail }; `where` is "GET /path", "GET /path query
// parameter limit", "POST /path request body application/json: filters.from", "GET /path response
// 200 application/json: results[].id" or "schema Dashboard: tiles[].id". The kinds:
//   operation-added, operation-removed, operation-id-changed
//   parameter-added (breaking if required), parameter-removed, parameter-retyped,
//   parameter-required (optional -> required), parameter-optional (required -> optional),
//   parameter-enum-added, parameter-enum-removed, parameter-widened (enum restriction lifted)
//   request-body-added (breaking if required), request-body-removed, request-body-required,
//   request-body-optional, request-media-type-added, request-media-type-removed
//   response-added, response-removed (a status), response-media-type-added, -removed
//   schema-added, schema-removed (a component schema: its type is exported)
//   {request-body,response,schema}-{retyped,enum-added,enum-removed} (the whole schema's type)
//   {request,response,schema}-property-{added,removed,retyped,required,optional,enum-added,
//     enum-removed}
// Request and response schemas are compared where they are written (response schemas for 2xx
// statuses only): a `$ref` to a component schema is compared by its target's name (a different
// target is a retype), and the component itself is compared once, by name, under `schema <Name>`,
// with the operations that use it. Whether a change there is breaking depends on that use: a new
// required property breaks callers that send the schema (request bodies, parameters), a property
// becoming optional or a new enum value breaks callers that read it (responses); a component no
// operation uses counts as both (its type is exported). readOnly properties count as read-only,
// writeOnly ones as sent-only.
// "Retyped" means the JSON Schema type changed: the type keyword (with nullability), array item
// types, the target of a $ref, or (deeply) a oneOf/anyOf/allOf's branches. When only enum (or
// const) values change, the change is *-enum-added / *-enum-removed instead: values removed are
// breaking, values added only where the schema is read (a switch over the values misses one).
// Formats, descriptions, examples, defaults and validation keywords are not compared.
//
// Why not a library: api-smart-diff 1.0.6 (installs on Node 20, three packages) was run on
// test/fixtures/spec-diff. It finds the changes, but classifies them by wire compatibility, not by
// what breaks a TypeScript caller. Of the 37 breaking changes this diff reports there, it marks
// these non-breaking, an annotation or unclassified: a removed response property and a retyped one
// (code reading them stops compiling), a removed request property (an excess property error), an
// operationId rename (the generated `operations["..."]` types are keyed by it), a shared
// parameter's retype, a request body added, and a response property becoming optional. It also
// repeats each shared schema change under every operation using it. A policy layer would have to
// reclassify every change by direction, which is most of this file; so this diff stays.
import { execFileSync } from "node:child_process";
import {
  deref,
  isObject,
  METHODS,
  operationsOf as operationEntries,
  pointer,
  repoRoot as root,
  type Json,
} from "./lib/openapi.js";

/** One change between two documents; see the top of this file for the kinds. */
export interface SpecChange {
  kind: string;
  breaking: boolean;
  where: string;
  detail: string;
}
type Emit = (kind: string, breaking: boolean, where: string, detail: string) => void;
/** "in": sent by the client (requests, parameters); "out": read by it (responses). */
type Direction = "in" | "out";
/** Where a schema is used: the labels of the operations sending it and reading it. */
interface Usage {
  in: Set<string>;
  out: Set<string>;
}
/** What a schema comparison reports to, and how it names the place. */
interface Context {
  emit: Emit;
  prefix: string;
  kindPrefix: string;
  where: string;
  directions: Set<Direction>;
}
/** An operation of a document, with its path item's and its own parameters merged. */
interface Operation {
  label: string;
  path: string;
  methodIndex: number;
  op: Json;
  parameters: Map<string, { raw: Json; param: Json }>;
}

const SCHEMA_REF = "#/components/schemas/";
const COMBINATORS = ["allOf", "anyOf", "oneOf"];

// ---------------------------------------------------------------------------------------------
// Small helpers

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const sortedUnion = (a: Iterable<string>, b: Iterable<string>) =>
  [...new Set([...a, ...b])].sort(byCodeUnits);
/** Sorts the members of a union, with `null` last ("string | null"). */
const sortUnion = (members: string[]) =>
  [...new Set(members)].sort((a, b) =>
    a === "null" ? (b === "null" ? 0 : 1) : b === "null" ? -1 : byCodeUnits(a, b),
  );
const literal = (value: unknown) => JSON.stringify(value);

const refName = (ref: string) => (ref.startsWith(SCHEMA_REF) ? ref.slice(SCHEMA_REF.length) : ref);

// ---------------------------------------------------------------------------------------------
// Type signatures: a canonical string for "the JSON Schema type" of a schema.

function declaredTypes(schema: Json, withEnums: boolean): string[] {
  let types = Array.isArray(schema.type)
    ? [...schema.type]
    : typeof schema.type === "string"
      ? [schema.type]
      : [];
  if (types.length === 0) {
    if (isObject(schema.properties) || schema.additionalProperties !== undefined)
      types = ["object"];
    else if (schema.items !== undefined || schema.prefixItems !== undefined) types = ["array"];
    else if (!withEnums && (Array.isArray(schema.enum) || "const" in schema)) {
      const values = Array.isArray(schema.enum) ? schema.enum : [schema.const];
      types = values.map((v: unknown) =>
        v === null ? "null" : Array.isArray(v) ? "array" : typeof v,
      );
    }
  }
  if (schema.nullable === true) types.push("null"); // OpenAPI 3.0 style
  return sortUnion(types);
}

/**
 * The type signature of a schema: `string | null`, `array<Dashboard>`, `"a" | "b"`, `object`,
 * `record<integer>`, `oneOf(Dashboard, null)`. A `$ref` is its target's name. An inline object is
 * just `object` unless `deep` (inside a combinator), where its properties are spelled out, since
 * the property-by-property comparison does not descend into combinators. Without `withEnums`,
 * enum and const values are left out (the base type of an enum parameter).
 */
export function typeSignature(
  schema: Json,
  { deep = false, withEnums = true }: { deep?: boolean; withEnums?: boolean } = {},
): string {
  if (schema === undefined || schema === true) return "any";
  if (schema === false) return "never";
  if (!isObject(schema)) return "any";
  if (typeof schema.$ref === "string") {
    return refName(schema.$ref) + (schema.nullable === true ? " | null" : "");
  }
  const sub = (s: Json): string => typeSignature(s, { deep, withEnums });
  const parts = [];
  if (withEnums && "const" in schema) parts.push(literal(schema.const));
  else if (withEnums && Array.isArray(schema.enum)) {
    parts.push(sortUnion(schema.enum.map(literal)).join(" | "));
  } else {
    const types: string[] = declaredTypes(schema, withEnums).map((type): string => {
      if (type === "array") return `array<${sub(schema.items)}>`;
      if (type !== "object") return type;
      const properties = isObject(schema.properties) ? schema.properties : undefined;
      const extra = isObject(schema.additionalProperties) ? schema.additionalProperties : undefined;
      if (deep && (properties || extra)) {
        const required = new Set(Array.isArray(schema.required) ? schema.required : []);
        const fields: string[] = Object.keys(properties ?? {})
          .sort(byCodeUnits)
          .map(
            (name): string => `${name}${required.has(name) ? "" : "?"}: ${sub(properties?.[name])}`,
          );
        if (extra) fields.push(`[key]: ${sub(extra)}`);
        return `{ ${fields.join("; ")} }`;
      }
      return !properties && extra && Object.keys(extra).length > 0 ? `record<${sub(extra)}>` : type;
    });
    if (types.length > 0) parts.push(types.join(" | "));
  }
  for (const key of COMBINATORS) {
    if (!Array.isArray(schema[key])) continue;
    const branches: string[] = schema[key].map((s: Json) =>
      typeSignature(s, { deep: true, withEnums }),
    );
    parts.push(`${key}(${sortUnion(branches).join(", ")})`);
  }
  if (schema.not !== undefined) {
    parts.push(`not(${typeSignature(schema.not, { deep: true, withEnums })})`);
  }
  return parts.length > 0 ? parts.join(" & ") : "any";
}

// ---------------------------------------------------------------------------------------------
// Where each component schema is used, and in which direction.

/** The component schema names referenced anywhere under node (following other local refs). */
function schemaRefsUnder(
  doc: Json,
  node: Json,
  names = new Set<string>(),
  followed = new Set<string>(),
): Set<string> {
  if (Array.isArray(node)) {
    for (const item of node) schemaRefsUnder(doc, item, names, followed);
  } else if (isObject(node)) {
    if (typeof node.$ref === "string") {
      const ref = node.$ref;
      if (ref.startsWith(SCHEMA_REF)) names.add(refName(ref));
      else if (ref.startsWith("#/") && !ref.startsWith("#/components/examples/")) {
        if (!followed.has(ref)) {
          followed.add(ref);
          schemaRefsUnder(doc, pointer(doc, ref), names, followed);
        }
      }
    }
    for (const [key, value] of Object.entries(node)) {
      if (key !== "$ref" && key !== "examples" && key !== "example") {
        schemaRefsUnder(doc, value, names, followed);
      }
    }
  }
  return names;
}

/** Every operation of a document: label ("GET /path"), path, method, merged parameters. */
function operationsOf(doc: Json): Map<string, Operation> {
  const operations = new Map<string, Operation>();
  for (const { path, method, item, op } of operationEntries(doc)) {
    const parameters: Operation["parameters"] = new Map();
    for (const list of [item.parameters, op.parameters]) {
      for (const raw of Array.isArray(list) ? list : []) {
        const param = deref(doc, raw);
        if (isObject(param) && typeof param.name === "string") {
          parameters.set(`${param.in} ${param.name}`, { raw, param });
        }
      }
    }
    operations.set(`${path} ${method}`, {
      label: `${method.toUpperCase()} ${path}`,
      path,
      methodIndex: METHODS.indexOf(method),
      op,
      parameters,
    });
  }
  return operations;
}

/** name -> { in: Set<op label>, out: Set<op label> }, accumulated over one document. */
function addSchemaUsage(doc: Json, usage: Map<string, Usage>): Map<string, Usage> {
  const schemas = isObject(doc?.components?.schemas) ? doc.components.schemas : {};
  const direct = new Map<string, Set<string>>();
  const refsOf = (name: string): Set<string> => {
    if (!direct.has(name)) direct.set(name, schemaRefsUnder(doc, schemas[name]));
    return direct.get(name)!;
  };
  const closure = (start: Set<string>) => {
    const seen = new Set<string>();
    const queue = [...start];
    while (queue.length > 0) {
      const name = queue.pop()!;
      if (seen.has(name)) continue;
      seen.add(name);
      if (name in schemas) queue.push(...refsOf(name));
    }
    return seen;
  };
  for (const { label, op, parameters } of operationsOf(doc).values()) {
    const sent = schemaRefsUnder(doc, [[...parameters.values()].map((p) => p.raw), op.requestBody]);
    const read = schemaRefsUnder(doc, op.responses);
    for (const [direction, start] of [
      ["in", sent],
      ["out", read],
    ] as const) {
      for (const name of closure(start)) {
        if (!usage.has(name)) usage.set(name, { in: new Set(), out: new Set() });
        usage.get(name)![direction].add(label);
      }
    }
  }
  return usage;
}

/** "; in requests of A; in responses of B, C, D and 2 more", the operations a schema is used by. */
function describeUsage(use: Usage | undefined): string {
  const list = (labels: Set<string>, what: string) => {
    const sorted = [...labels].sort(byCodeUnits);
    const more = sorted.length > 3 ? ` and ${sorted.length - 3} more` : "";
    return `in ${what} of ${sorted.slice(0, 3).join(", ")}${more}`;
  };
  const parts: string[] = [];
  if (use && use.in.size > 0) parts.push(list(use.in, "requests"));
  if (use && use.out.size > 0) parts.push(list(use.out, "responses"));
  if (parts.length === 0) parts.push("used by no operation (an exported type)");
  return parts.map((part) => `; ${part}`).join("");
}

// ---------------------------------------------------------------------------------------------
// Schema comparison

const isInlineSchema = (schema: Json): boolean =>
  isObject(schema) && typeof schema.$ref !== "string";
const isObjectLike = (schema: Json): boolean =>
  isObject(schema.properties) || declaredTypes(schema, true).includes("object");

/** The directions a property is exchanged in, given its container's and its own flags. */
function propertyDirections(directions: Set<Direction>, schema: Json): Set<Direction> {
  const result = new Set(directions);
  if (isObject(schema) && schema.readOnly === true) result.delete("in");
  if (isObject(schema) && schema.writeOnly === true) result.delete("out");
  return result;
}

const joinPath = (path: string, name: string) => (path === "" ? name : `${path}.${name}`);

/**
 * Compares what lies under two schemas (their properties, array items, map values), not their own
 * types. Only inline schemas are descended into: a `$ref` is compared by name, elsewhere.
 */
function diffUnder(
  ctx: Context,
  before: Json,
  after: Json,
  path: string,
  directions: Set<Direction>,
): void {
  if (!isInlineSchema(before) || !isInlineSchema(after)) return;
  const where = (p: string) => `${ctx.where}: ${p}`;
  if (isObjectLike(before) && isObjectLike(after)) {
    const oldProps = isObject(before.properties) ? before.properties : {};
    const newProps = isObject(after.properties) ? after.properties : {};
    const oldRequired = new Set(Array.isArray(before.required) ? before.required : []);
    const newRequired = new Set(Array.isArray(after.required) ? after.required : []);
    for (const name of sortedUnion(Object.keys(oldProps), Object.keys(newProps))) {
      const at = joinPath(path, name);
      if (!(name in newProps)) {
        ctx.emit(`${ctx.prefix}-property-removed`, true, where(at), "property removed");
        continue;
      }
      const dirs = propertyDirections(directions, newProps[name]);
      const type = typeSignature(newProps[name]);
      if (!(name in oldProps)) {
        const required = newRequired.has(name);
        ctx.emit(
          `${ctx.prefix}-property-added`,
          required && dirs.has("in"),
          where(at),
          `${required ? "required" : "optional"} property added (${type})`,
        );
        continue;
      }
      diffType(ctx, `${ctx.prefix}-property`, where(at), oldProps[name], newProps[name], dirs);
      if (!oldRequired.has(name) && newRequired.has(name)) {
        ctx.emit(
          `${ctx.prefix}-property-required`,
          dirs.has("in"),
          where(at),
          "property is now required",
        );
      } else if (oldRequired.has(name) && !newRequired.has(name)) {
        ctx.emit(
          `${ctx.prefix}-property-optional`,
          dirs.has("out"),
          where(at),
          "property is now optional",
        );
      }
      diffUnder(ctx, oldProps[name], newProps[name], at, dirs);
    }
  }
  if (before.items !== undefined && after.items !== undefined) {
    diffUnder(ctx, before.items, after.items, `${path}[]`, directions);
  }
  if (isObject(before.additionalProperties) && isObject(after.additionalProperties)) {
    diffUnder(
      ctx,
      before.additionalProperties,
      after.additionalProperties,
      `${path}{*}`,
      directions,
    );
  }
}

/** The enum (or const) values of an inline schema or of its array items, as JSON text. */
function inlineEnum(schema: Json): unknown[] | undefined {
  if (!isInlineSchema(schema)) return undefined;
  if ("const" in schema) return [literal(schema.const)];
  if (Array.isArray(schema.enum)) return sortUnion(schema.enum.map(literal));
  return declaredTypes(schema, true).includes("array") ? inlineEnum(schema.items) : undefined;
}

/**
 * Compares the types of two schemas in one place. When only enum values differ, values added are
 * breaking only for callers reading them (a switch over the values misses one), values removed
 * always are (a caller sending or expecting one); any other difference is a breaking retype.
 */
function diffType(
  ctx: Context,
  kindPrefix: string,
  where: string,
  before: Json,
  after: Json,
  directions: Set<Direction>,
): void {
  const oldType = typeSignature(before);
  const newType = typeSignature(after);
  if (oldType === newType) return;
  const oldEnum = inlineEnum(before);
  const newEnum = inlineEnum(after);
  const base = (s: Json) => typeSignature(s, { withEnums: false });
  if (oldEnum && newEnum && base(before) === base(after)) {
    const added = newEnum.filter((v) => !oldEnum.includes(v));
    const removed = oldEnum.filter((v) => !newEnum.includes(v));
    if (added.length > 0) {
      const detail = `enum values added: ${added.join(", ")}`;
      ctx.emit(`${kindPrefix}-enum-added`, directions.has("out"), where, detail);
    }
    if (removed.length > 0) {
      const detail = `enum values removed: ${removed.join(", ")}`;
      ctx.emit(`${kindPrefix}-enum-removed`, true, where, detail);
    }
    return;
  }
  ctx.emit(`${kindPrefix}-retyped`, true, where, `type changed: ${oldType} -> ${newType}`);
}

/** Compares two schemas: their own type, then what lies under them. */
function diffSchema(ctx: Context, before: Json, after: Json): void {
  diffType(ctx, ctx.kindPrefix, ctx.where, before, after, ctx.directions);
  diffUnder(ctx, before, after, "", ctx.directions);
}

// ---------------------------------------------------------------------------------------------
// Operations

function parameterSchema(doc: Json, param: Json): Json {
  if (param.schema !== undefined) return param.schema;
  const media = isObject(param.content) ? Object.values(param.content)[0] : undefined;
  return isObject(media) ? media.schema : undefined;
}

/** The enum values (as JSON text) a parameter is restricted to, or undefined. */
function enumValues(doc: Json, schema: Json): unknown[] | undefined {
  let s = deref(doc, schema);
  if (!isObject(s)) return undefined;
  if (!Array.isArray(s.enum) && !("const" in s) && declaredTypes(s, true).includes("array")) {
    s = deref(doc, s.items);
    if (!isObject(s)) return undefined;
  }
  if ("const" in s) return [literal(s.const)];
  return Array.isArray(s.enum) ? sortUnion(s.enum.map(literal)) : undefined;
}

/** The type of a parameter without its enum values; array items are resolved too. */
function parameterBaseType(doc: Json, schema: Json): string {
  const s = deref(doc, schema);
  if (!isObject(s)) return typeSignature(s);
  const types = declaredTypes(s, false);
  if (types.includes("array") && s.items !== undefined) {
    const items: string = parameterBaseType(doc, s.items);
    return sortUnion(types.map((t: string) => (t === "array" ? `array<${items}>` : t))).join(" | ");
  }
  return typeSignature(s, { withEnums: false });
}

function diffParameters(
  emit: Emit,
  oldDoc: Json,
  newDoc: Json,
  before: Operation,
  after: Operation,
): void {
  const label = after.label;
  for (const key of sortedUnion(before.parameters.keys(), after.parameters.keys())) {
    const old = before.parameters.get(key);
    const now = after.parameters.get(key);
    const param = (now ?? old)!.param;
    const where = `${label} ${param.in} parameter ${param.name}`;
    const isRequired = (p: Json) => p.in === "path" || p.required === true;
    if (!now) {
      emit("parameter-removed", true, where, `${param.in} parameter removed`);
      continue;
    }
    const newSchema = parameterSchema(newDoc, now.param);
    if (!old) {
      const required = isRequired(now.param);
      const type = typeSignature(deref(newDoc, newSchema));
      emit(
        "parameter-added",
        required,
        where,
        `${required ? "required" : "optional"} ${param.in} parameter added (${type})`,
      );
      continue;
    }
    const oldSchema = parameterSchema(oldDoc, old.param);
    const oldRef = isObject(oldSchema) && oldSchema.$ref;
    const newRef = isObject(newSchema) && newSchema.$ref;
    const oldBase = parameterBaseType(oldDoc, oldSchema);
    const newBase = parameterBaseType(newDoc, newSchema);
    const oldEnum = enumValues(oldDoc, oldSchema);
    const newEnum = enumValues(newDoc, newSchema);
    if (oldRef && newRef && oldRef !== newRef) {
      emit(
        "parameter-retyped",
        true,
        where,
        `type changed: ${refName(oldRef)} -> ${refName(newRef)}`,
      );
    } else if (oldBase !== newBase) {
      const full = (doc: Json, s: Json) => typeSignature(deref(doc, s));
      emit(
        "parameter-retyped",
        true,
        where,
        `type changed: ${full(oldDoc, oldSchema)} -> ${full(newDoc, newSchema)}`,
      );
    } else if (!oldEnum && newEnum) {
      emit("parameter-retyped", true, where, `now restricted to ${newEnum.join(", ")}`);
    } else if (oldEnum && !newEnum) {
      emit("parameter-widened", false, where, `no longer restricted to ${oldEnum.join(", ")}`);
    } else if (oldEnum && newEnum) {
      const added = newEnum.filter((v) => !oldEnum.includes(v));
      const removed = oldEnum.filter((v) => !newEnum.includes(v));
      if (added.length > 0) {
        emit("parameter-enum-added", false, where, `enum values added: ${added.join(", ")}`);
      }
      if (removed.length > 0) {
        emit("parameter-enum-removed", true, where, `enum values removed: ${removed.join(", ")}`);
      }
    }
    if (!isRequired(old.param) && isRequired(now.param)) {
      emit("parameter-required", true, where, "parameter is now required");
    } else if (isRequired(old.param) && !isRequired(now.param)) {
      emit("parameter-optional", false, where, "parameter is now optional");
    }
  }
}

const contentOf = (node: Json): Record<string, Json> =>
  isObject(node?.content) ? node.content : {};

function diffRequestBody(
  emit: Emit,
  oldDoc: Json,
  newDoc: Json,
  before: Operation,
  after: Operation,
): void {
  const old = deref(oldDoc, before.op.requestBody);
  const now = deref(newDoc, after.op.requestBody);
  const where = `${after.label} request body`;
  if (!isObject(old) && !isObject(now)) return;
  if (!isObject(old)) {
    const required = now.required === true;
    const media = Object.keys(contentOf(now)).sort(byCodeUnits).join(", ");
    emit(
      "request-body-added",
      required,
      where,
      `${required ? "required" : "optional"} request body added (${media})`,
    );
    return;
  }
  if (!isObject(now)) {
    emit("request-body-removed", true, where, "request body removed");
    return;
  }
  if (old.required !== true && now.required === true) {
    emit("request-body-required", true, where, "request body is now required");
  } else if (old.required === true && now.required !== true) {
    emit("request-body-optional", false, where, "request body is now optional");
  }
  diffContent(emit, where, contentOf(old), contentOf(now), "request", true);
}

/**
 * A request body's or a response's media types: removed, added, or (when `schemas`) the schemas
 * of the ones on both sides compared, as sent by the client (request) or read by it (response).
 */
function diffContent(
  emit: Emit,
  where: string,
  oldContent: Record<string, Json>,
  newContent: Record<string, Json>,
  side: "request" | "response",
  schemas: boolean,
): void {
  for (const media of sortedUnion(Object.keys(oldContent), Object.keys(newContent))) {
    const at = `${where} ${media}`;
    if (!(media in newContent)) emit(`${side}-media-type-removed`, true, at, "media type removed");
    else if (!(media in oldContent))
      emit(`${side}-media-type-added`, false, at, "media type added");
    else if (schemas) {
      const ctx: Context = {
        emit,
        prefix: side,
        kindPrefix: side === "request" ? "request-body" : "response",
        where: at,
        directions: new Set<Direction>([side === "request" ? "in" : "out"]),
      };
      diffSchema(ctx, oldContent[media]?.schema, newContent[media]?.schema);
    }
  }
}

const isSuccess = (status: string) => /^2(\d\d|XX)$/i.test(status);

function diffResponses(
  emit: Emit,
  oldDoc: Json,
  newDoc: Json,
  before: Operation,
  after: Operation,
): void {
  const oldResponses = isObject(before.op.responses) ? before.op.responses : {};
  const newResponses = isObject(after.op.responses) ? after.op.responses : {};
  for (const status of sortedUnion(Object.keys(oldResponses), Object.keys(newResponses))) {
    const where = `${after.label} response ${status}`;
    if (!(status in newResponses)) {
      emit("response-removed", true, where, `response ${status} removed`);
      continue;
    }
    if (!(status in oldResponses)) {
      const media = Object.keys(contentOf(deref(newDoc, newResponses[status])));
      const what = media.length > 0 ? media.sort(byCodeUnits).join(", ") : "no content";
      emit("response-added", false, where, `response ${status} added (${what})`);
      continue;
    }
    const oldContent = contentOf(deref(oldDoc, oldResponses[status]));
    const newContent = contentOf(deref(newDoc, newResponses[status]));
    diffContent(emit, where, oldContent, newContent, "response", isSuccess(status));
  }
}

// ---------------------------------------------------------------------------------------------
// The API

/**
 * The changes from oldDoc to newDoc, two bundled OpenAPI 3.1 documents, each
 * { kind, breaking, where, detail }, sorted: operations by path then method, then component
 * schemas by name.
 */
export function diffSpecs(oldDoc: Json, newDoc: Json): SpecChange[] {
  const found: { key: string; change: SpecChange }[] = [];
  let sortKey = "";
  const emit: Emit = (kind, breaking, where, detail) =>
    found.push({
      key: `${sortKey}\u0000${where}\u0000${kind}\u0000${detail}`,
      change: { kind, breaking, where, detail },
    });

  const oldOps = operationsOf(oldDoc);
  const newOps = operationsOf(newDoc);
  for (const key of sortedUnion(oldOps.keys(), newOps.keys())) {
    const before = oldOps.get(key);
    const after = newOps.get(key);
    const { label, path, methodIndex, op } = (after ?? before)!;
    sortKey = `0\u0000${path}\u0000${methodIndex}`;
    const id = (o: Json): string | undefined =>
      typeof o.operationId === "string" ? o.operationId : undefined;
    if (!after) {
      const named = id(op) ? ` (operationId ${id(op)})` : "";
      emit("operation-removed", true, label, `operation removed${named}`);
      continue;
    }
    if (!before) {
      const named = id(op) ? ` (operationId ${id(op)})` : "";
      emit("operation-added", false, label, `operation added${named}`);
      continue;
    }
    if (id(before.op) !== id(after.op)) {
      const show = (o: Json) => id(o) ?? "(none)";
      emit(
        "operation-id-changed",
        true,
        label,
        `operationId changed: ${show(before.op)} -> ${show(after.op)}`,
      );
    }
    diffParameters(emit, oldDoc, newDoc, before, after);
    diffRequestBody(emit, oldDoc, newDoc, before, after);
    diffResponses(emit, oldDoc, newDoc, before, after);
  }

  const usage = addSchemaUsage(newDoc, addSchemaUsage(oldDoc, new Map()));
  const oldSchemas = isObject(oldDoc?.components?.schemas) ? oldDoc.components.schemas : {};
  const newSchemas = isObject(newDoc?.components?.schemas) ? newDoc.components.schemas : {};
  for (const name of sortedUnion(Object.keys(oldSchemas), Object.keys(newSchemas))) {
    sortKey = `1\u0000${name}`;
    const where = `schema ${name}`;
    const use = usage.get(name);
    const usedBy = describeUsage(use);
    if (!(name in newSchemas)) {
      emit("schema-removed", true, where, `schema removed${usedBy}`);
      continue;
    }
    if (!(name in oldSchemas)) {
      emit("schema-added", false, where, `schema added${usedBy}`);
      continue;
    }
    const directions = new Set<Direction>();
    if (!use || use.in.size > 0 || use.out.size === 0) directions.add("in");
    if (!use || use.out.size > 0 || use.in.size === 0) directions.add("out");
    const ctx: Context = {
      emit: (kind, breaking, at, detail) => emit(kind, breaking, at, detail + usedBy),
      prefix: "schema",
      kindPrefix: "schema",
      where,
      directions,
    };
    diffSchema(ctx, oldSchemas[name], newSchemas[name]);
  }

  return found
    .sort((a, b) => byCodeUnits(a.key, b.key))
    .map(({ change }) => change)
    .filter((change, i, all) => i === 0 || !sameChange(change, all[i - 1]!));
}

const sameChange = (a: SpecChange, b: SpecChange) =>
  a.kind === b.kind && a.breaking === b.breaking && a.where === b.where && a.detail === b.detail;

/** Non-breaking kinds that add something a caller can use: they call for a minor release. */
const RELAXATIONS = new Set([
  "parameter-optional",
  "parameter-widened",
  "request-body-optional",
  "request-property-optional",
  "schema-property-optional",
]);

/** The semver bump changes imply: "major", "minor", "patch" or "none". */
export function semverBump(changes: SpecChange[]): "major" | "minor" | "patch" | "none" {
  if (changes.length === 0) return "none";
  if (changes.some((c) => c.breaking)) return "major";
  if (changes.some((c) => c.kind.endsWith("-added") || RELAXATIONS.has(c.kind))) return "minor";
  return "patch";
}

/** A readable report of changes (in their order), ending with the semver bump they imply. */
export function formatDiff(changes: SpecChange[]): string {
  const bump = semverBump(changes);
  const breaking = changes.filter((c) => c.breaking);
  const compatible = changes.filter((c) => !c.breaking);
  const line = (c: SpecChange) => `  - ${c.where}: ${c.detail} [${c.kind}]`;
  const lines = [];
  if (changes.length === 0) lines.push("No API changes.");
  else {
    const count = (n: number, what: string) => `${n} ${what}${n === 1 ? "" : "s"}`;
    lines.push(
      `${count(changes.length, "API change")}: ${breaking.length} breaking, ${compatible.length} non-breaking.`,
    );
    if (breaking.length > 0) lines.push("", "Breaking:", ...breaking.map(line));
    if (compatible.length > 0) lines.push("", "Non-breaking:", ...compatible.map(line));
    lines.push("");
  }
  const why = {
    major: `${breaking.length === 1 ? "a breaking change" : "breaking changes"}`,
    minor: "additions only, nothing breaking",
    patch: "nothing breaking, nothing added",
    none: "no changes",
  }[bump];
  lines.push(`Semver bump: ${bump} (${why})`);
  return lines.join("\n");
}

/**
 * The last committed generated/openapi.json (git HEAD), parsed; undefined outside a git checkout,
 * when it is not committed, or when it does not parse. `file` is relative to `cwd`.
 */
export function readCommittedSpec(cwd = root, file = "generated/openapi.json") {
  const env = { ...process.env };
  // Find the repository from cwd, even when run from a git hook (which sets these).
  for (const name of ["GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_PREFIX"]) delete env[name];
  try {
    const text = execFileSync("git", ["show", `HEAD:./${file}`], {
      cwd,
      env,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
      maxBuffer: 256 * 1024 * 1024,
    });
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
