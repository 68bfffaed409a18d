// Every operation of generated/openapi.json as a call built from the spec alone: values for its
// path parameters of each parameter's type, its required query parameters and body sampled from
// their schemas (or the schemas' examples), and the answer its first 2xx example gives (from
// spec/examples/). test/operations/every-operation.test.ts makes these calls over nock, and
// test/contract/prism.test.ts against Prism.
import { operations, type OperationMeta } from "../../generated/operations.js";
import {
  bundledSpec as doc,
  deref,
  operationsOf,
  parametersOf,
  type Json,
} from "../helpers/spec.js";

export const PROJECT = 12345;
const UUID = "0189c7a2-1b3c-7d4e-8f5a-6b7c8d9e0f12";

export type Answer = { data?: unknown; error?: unknown; response: Response };
type AnyCall = (path: string, init?: Record<string, unknown>) => Promise<Answer>;

/** A value satisfying a schema: its example, else the least the schema asks for. */
export function sample(raw: Json): Json {
  const schema = deref(doc, raw);
  if (schema === undefined || schema === true) return "sample";
  if (schema.example !== undefined) return schema.example;
  if (Array.isArray(schema.examples) && schema.examples.length > 0) return schema.examples[0];
  if ("const" in schema) return schema.const;
  if (Array.isArray(schema.enum)) return schema.enum.find((v: unknown) => v !== null);
  if (schema.default !== undefined) return schema.default;
  const alternatives: Json[] | undefined = schema.oneOf ?? schema.anyOf;
  if (alternatives) {
    const nonNull = alternatives.find((a) => deref(doc, a)?.type !== "null");
    return sample(nonNull ?? alternatives[0]);
  }
  if (schema.allOf) return Object.assign({}, ...schema.allOf.map(sample));
  const type = Array.isArray(schema.type)
    ? schema.type.find((t: string) => t !== "null")
    : schema.type;
  switch (type ?? (schema.properties ? "object" : undefined)) {
    case "object":
      return Object.fromEntries(
        (schema.required ?? []).map((name: string) => [name, sample(schema.properties?.[name])]),
      );
    case "array":
      return [sample(schema.items)];
    case "integer":
    case "number":
      return Math.min(Math.max(schema.minimum ?? 1, 1), schema.maximum ?? Infinity);
    case "boolean":
      return true;
    case "null":
      return null;
    case "string":
      if (schema.format === "uuid") return UUID;
      if (schema.format === "date-time") return "2026-11-20T10:15:00Z";
      if (schema.format === "date") return "2026-11-20";
      if (schema.format === "email") return "ada@example.com";
      if (schema.format === "uri") return "https://example.com/";
      return "s".repeat(Math.max(schema.minLength ?? 6, 1));
    default:
      return {};
  }
}

/**
 * A value for each path parameter but project_id (the client's default project fills that), from
 * its schema's first alternative: distinct integers within its bounds, UUIDs, constants.
 */
function pathValues(params: Json[]): Record<string, string | number> {
  const values: Record<string, string | number> = {};
  let n = 0;
  for (const p of params) {
    if (p.in !== "path" || p.name === "project_id") continue;
    const schema = deref(doc, p.schema);
    const rule = deref(doc, (schema.anyOf ?? schema.oneOf ?? [schema])[0]);
    n += 1;
    if (rule.type === "integer") {
      const wanted = 100 * n + 1;
      values[p.name] = Math.min(Math.max(wanted, rule.minimum ?? 1), rule.maximum ?? wanted);
    } else if (rule.const !== undefined) values[p.name] = rule.const;
    else if (rule.format === "uuid") values[p.name] = UUID.replace(/.$/, String(n));
    else values[p.name] = `value-${n}`;
  }
  return values;
}

/** The first example of a media type object. */
function exampleOf(media: Json): Json {
  if (media.example !== undefined) return media.example;
  const first = Object.values<Json>(media.examples ?? {})[0];
  return first === undefined ? undefined : deref(doc, first).value;
}

export interface SpecCase {
  label: string;
  method: string;
  path: string;
  op: Json;
  meta: OperationMeta;
  pathParams: Record<string, string | number>;
  query: Record<string, unknown>;
  body: Json;
  /** The answer nock gives, and what `data` must be. */
  status: number;
  /**
   * `sampled`: the spec gives no example (a binary image), so this body is made up; a mock server
   * may answer any text of that media type.
   */
  reply: { body: Json; contentType?: string; sampled?: true };
  parseAs?: "text";
}

function buildCase(path: string, method: string, item: Json, op: Json): SpecCase {
  const meta = (operations as unknown as Record<string, Record<string, OperationMeta>>)[path]![
    method
  ]!;
  const query: Record<string, unknown> = {};
  for (const p of parametersOf(doc, item, op)) {
    if (p.in !== "query" || p.required !== true) continue;
    query[p.name] = sample(p.schema ?? p.content?.["application/json"]?.schema);
  }
  const requestBody = deref(doc, op.requestBody);
  const body =
    requestBody?.required === true
      ? (exampleOf(requestBody.content["application/json"]) ??
        sample(requestBody.content["application/json"].schema))
      : undefined;
  const success = Object.entries<Json>(op.responses).find(([code]) => /^2\d\d$/.test(code));
  let status = 405;
  let reply: SpecCase["reply"] = { body: { detail: "Method not allowed." } };
  let parseAs: SpecCase["parseAs"];
  if (success) {
    status = Number(success[0]);
    const content: Record<string, Json> = deref(doc, success[1]).content ?? {};
    if (content["application/json"]) {
      reply = { body: exampleOf(content["application/json"]), contentType: "application/json" };
    } else if (Object.keys(content).length > 0) {
      const [type, media] = Object.entries(content)[0]!;
      const example = exampleOf(media);
      reply =
        example === undefined
          ? { body: "sample bytes", contentType: type.replace("*", "png"), sampled: true }
          : { body: example, contentType: type };
      parseAs = "text";
    } else {
      reply = { body: undefined };
    }
  }
  return {
    label: `${method.toUpperCase()} ${path} (${op.operationId})`,
    method,
    path,
    op,
    meta,
    pathParams: pathValues(parametersOf(doc, item, op)),
    query,
    body,
    status,
    reply,
    ...(parseAs ? { parseAs } : {}),
  };
}

/** One case per operation of the bundled spec, in its order. */
export const specCases: SpecCase[] = operationsOf(doc).map(({ path, method, item, op }) =>
  buildCase(path, method, item, op),
);

/** The path a case's request must have on the wire, the default project filled in. */
export const wirePath = (c: SpecCase): string =>
  c.path
    .replace("{project_id}", String(PROJECT))
    .replace(/\{(\w+)\}/g, (_m, name: string) => encodeURIComponent(String(c.pathParams[name])));

/** Makes a case's call through a client, leaving project_id to the client's default project. */
export function callCase(client: unknown, c: SpecCase): Promise<Answer> {
  const init: Record<string, unknown> = {
    params: {
      ...(Object.keys(c.pathParams).length > 0 ? { path: c.pathParams } : {}),
      ...(Object.keys(c.query).length > 0 ? { query: c.query } : {}),
    },
    ...(c.body !== undefined ? { body: c.body } : {}),
    ...(c.parseAs ? { parseAs: c.parseAs } : {}),
  };
  const send = (client as Record<string, AnyCall>)[c.method.toUpperCase()]!;
  return send(c.path, init);
}
