// Writes generated/operations.ts: per path and method, what the client checks and encodes at run
// time (path parameter rules, JSON-encoded and comma-joined query parameters, CSV support and row
// cap, whether a personal API key is accepted, pagination style, throttle scopes, key scopes), and
// the throttle rates. Everything else stays in the types. The vocabulary is src/operation-meta.ts.
// How the table is written is scripts/operations-encoding.ts's business.
import { ENVIRONMENTS, PROJECTS, ROUTE_REMOVED } from "./families.js";
import { deref, isObject, METHODS, parametersOf, type Json } from "./lib/openapi.js";
import { encodedTable, tableType, type Meta, type Table } from "./operations-encoding.js";

/** Follows local `$ref`s, refusing one that leads nowhere: the table must not guess. */
function resolved(doc: Json, node: Json): Json {
  const out = deref(doc, node);
  if (isObject(out) && typeof out.$ref === "string") throw new Error(`unresolved $ref ${out.$ref}`);
  return out;
}

/** A path parameter's accepted values, as alternatives the client checks one by one. */
function pathRule(doc: Json, raw: Json): Record<string, unknown>[] {
  const schema = resolved(doc, raw);
  const alternatives: Json[] = schema.anyOf ?? schema.oneOf ?? [schema];
  return alternatives.map((one) => {
    const alt = resolved(doc, one);
    const rule: Record<string, unknown> = { type: alt.type };
    if (rule.type !== "integer" && rule.type !== "string") {
      throw new Error(`path parameters must be integers or strings, got ${JSON.stringify(alt)}`);
    }
    for (const key of ["minimum", "pattern", "format", "const"]) {
      if (alt[key] !== undefined) rule[key] = alt[key];
    }
    return rule;
  });
}

const CSV_CAP_FIELDS: Record<string, string[]> = {
  limit: ["defaultLimit", "maxLimit"],
  fixed: ["rows"],
  page: [],
};

/** The operation's `x-csv-cap`, checked against the vocabulary. */
function csvCap(where: string, cap: Json): Record<string, unknown> {
  if (cap === undefined) throw new Error(`${where}: a CSV operation needs x-csv-cap`);
  const fields = isObject(cap) ? CSV_CAP_FIELDS[cap.kind] : undefined;
  if (!fields) throw new Error(`${where}: x-csv-cap kind must be limit, fixed or page`);
  const out: Record<string, unknown> = { kind: cap.kind };
  for (const field of fields) {
    if (!Number.isInteger(cap[field]) || cap[field] < 1)
      throw new Error(`${where}: x-csv-cap ${field} must be a positive integer`);
    out[field] = cap[field];
  }
  const extra = Object.keys(cap).filter((k) => k !== "kind" && !fields.includes(k));
  if (extra.length > 0) throw new Error(`${where}: x-csv-cap has unknown fields ${extra}`);
  return out;
}

/** The throttle scopes of an operation: its own `x-throttle`, else its tag's. */
function throttleOf(doc: Json, where: string, op: Json): string[] {
  const tag = (doc.tags ?? []).find((t: Json) => t.name === op.tags?.[0]);
  const scopes = op["x-throttle"] ?? tag?.["x-throttle"];
  if (!Array.isArray(scopes) || scopes.length === 0) {
    throw new Error(`${where}: no x-throttle on the operation or on its tag ${op.tags?.[0]}`);
  }
  const rates = doc["x-throttle-rates"] ?? {};
  for (const scope of scopes) {
    if (!rates[scope])
      throw new Error(`${where}: throttle scope ${scope} is not in x-throttle-rates`);
  }
  return scopes;
}

/** What the client needs of one operation at run time, and only where it differs from the default. */
function describeOperation(doc: Json, path: string, item: Json, method: string): Meta {
  const where = `${method.toUpperCase()} ${path}`;
  const op = item[method];
  const pathParams: Record<string, unknown> = {};
  const query: Record<string, string> = {};
  for (const p of parametersOf(doc, item, op)) {
    if (isObject(p) && typeof p.$ref === "string") throw new Error(`unresolved $ref ${p.$ref}`);
    if (p.in === "path") pathParams[p.name] = pathRule(doc, p.schema);
    if (p.in !== "query") continue;
    if (p.content?.["application/json"]) query[p.name] = "json";
    else if (p.explode === false && resolved(doc, p.schema)?.type === "array")
      query[p.name] = "comma";
  }
  const success = Object.entries<Json>(op.responses ?? {}).filter(([code]) => code.startsWith("2"));
  const meta: Meta = { pathParams };
  if (Object.keys(query).length > 0) meta.query = query;
  if (success.some(([, r]) => resolved(doc, r).content?.["text/csv"] !== undefined)) {
    meta.csv = true;
    meta.csvCap = csvCap(where, op["x-csv-cap"]);
  } else if (op["x-csv-cap"] !== undefined) {
    throw new Error(`${where}: x-csv-cap on an operation without a text/csv answer`);
  }
  if (op["x-personal-api-key"] === false) meta.personalApiKey = false;
  if (op["x-pagination"]) meta.pagination = op["x-pagination"];
  if (op["x-never-succeeds"]) meta.neverSucceeds = op["x-never-succeeds"];
  meta.throttle = throttleOf(doc, where, op);
  const scopes = (op.security ?? []).flatMap((s: Json) => Object.values(s).flat());
  if (scopes.length > 0) meta.scopes = scopes;
  if (op[ROUTE_REMOVED] && path.startsWith(ENVIRONMENTS)) meta.environmentsRouteRemoved = true;
  return meta;
}

/** Every operation's meta, per path in the spec's order, then per method in METHODS's. */
export function describeOperations(doc: Json): Table {
  const table: Table = {};
  for (const [path, item] of Object.entries<Json>(doc.paths)) {
    const methods: Record<string, Meta> = {};
    for (const method of METHODS) {
      if (item[method]) methods[method] = describeOperation(doc, path, item, method);
    }
    table[path] = methods;
  }
  return table;
}

/** The throttle rates of the spec's root `x-throttle-rates`, without their sources. */
export function throttleRates(doc: Json): Record<string, unknown> {
  const rates: Record<string, unknown> = {};
  for (const [scope, { requests, perSeconds, per }] of Object.entries<Json>(
    doc["x-throttle-rates"] ?? {},
  )) {
    if (
      !Number.isInteger(requests) ||
      !Number.isInteger(perSeconds) ||
      !["key", "user"].includes(per)
    )
      throw new Error(
        `x-throttle-rates ${scope}: needs integer requests and perSeconds, per key or user`,
      );
    rates[scope] = { requests, perSeconds, per };
  }
  return rates;
}

export function buildOperationsModule(doc: Json): string {
  const rates = throttleRates(doc);
  const table = describeOperations(doc);
  return `// Generated by scripts/generate from spec/. Do not edit by hand: change the spec and run
// \`npm run generate\`.
import type { OperationMeta, PathParamRule, ThrottleRate } from "../src/operation-meta.js";

export type {
  CsvCap,
  OperationMeta,
  PaginationStyle,
  PathParamRule,
  QueryEncoding,
  ThrottleRate,
} from "../src/operation-meta.js";

/** PostHog's throttle scopes: requests per perSeconds, one bucket per personal API key or per user. */
export const throttleRates = ${JSON.stringify(rates, null, 2)} as const satisfies Readonly<Record<string, ThrottleRate>>;

${encodedTable(table)}

${tableType(table)}

/** Per path and method, what the client checks and encodes at run time. */
export const operations = /* @__PURE__ */ decodeOperations<Operations>(
  TABLE,
  RULES,
  FIELDS,
  ${JSON.stringify(ENVIRONMENTS)},
  ${JSON.stringify(PROJECTS)},
);
`;
}
