// The operations the `export` command can read: every list operation of the spec (those with a
// `pagination` style in generated/operations.ts), named by their path after the project prefix
// (`persons`, `insight_variables`, `persons/{id}/activity`), and their parameters from the spec.
import { operations, type OperationMeta } from "../../generated/operations.js";
import spec from "../../generated/openapi.json" with { type: "json" };

export interface QueryParam {
  name: string;
  type: "string" | "integer" | "number" | "boolean" | "array" | "json";
  required: boolean;
  enum?: readonly string[];
  minimum?: number;
  description: string;
}

export interface ListOperation {
  path: string;
  /** The path after `/api/<family>/{project_id}/`, without the trailing slash. */
  name: string;
  deprecated: boolean;
  pathParams: string[];
  query: QueryParam[];
  meta: OperationMeta;
}

interface SpecParameter {
  $ref?: string;
  name?: string;
  in?: string;
  required?: boolean;
  description?: string;
  schema?: { type?: string; enum?: string[]; minimum?: number; items?: unknown; anyOf?: unknown[] };
  content?: unknown;
}
type SpecOperation = { parameters?: SpecParameter[]; deprecated?: boolean };

const document = spec as unknown as {
  paths: Record<string, { get?: SpecOperation; parameters?: SpecParameter[] }>;
  components?: { parameters?: Record<string, SpecParameter> };
};

const PREFIX = /^\/api\/(environments|projects)\/\{project_id\}\//;

function resolve(parameter: SpecParameter): SpecParameter {
  const ref = parameter.$ref?.replace("#/components/parameters/", "");
  return ref ? (document.components?.parameters?.[ref] ?? parameter) : parameter;
}

function queryParam(p: SpecParameter): QueryParam {
  const schema = p.schema ?? {};
  const type: QueryParam["type"] = p.content
    ? "json"
    : schema.type === "integer" ||
        schema.type === "number" ||
        schema.type === "boolean" ||
        schema.type === "array"
      ? schema.type
      : "string";
  return {
    name: p.name!,
    type,
    required: p.required === true,
    ...(schema.enum ? { enum: schema.enum } : {}),
    ...(schema.minimum !== undefined ? { minimum: schema.minimum } : {}),
    description: (p.description ?? "").split(/(?<=\.)\s/)[0] ?? "",
  };
}

let table: ListOperation[] | undefined;

export function listOperations(): ListOperation[] {
  if (table) return table;
  table = [];
  for (const [path, methods] of Object.entries(
    operations as Record<string, { get?: OperationMeta }>,
  )) {
    const meta = methods.get;
    if (!meta?.pagination || !PREFIX.test(path)) continue;
    const entry = document.paths[path];
    const parameters = [...(entry?.parameters ?? []), ...(entry?.get?.parameters ?? [])].map(
      resolve,
    );
    table.push({
      path,
      name: path.replace(PREFIX, "").replace(/\/$/, ""),
      deprecated: entry?.get?.deprecated === true,
      pathParams: Object.keys(meta.pathParams).filter((name) => name !== "project_id"),
      // `format` is the export's own choice (it reads JSON pages); the output format is --format.
      query: parameters.filter((p) => p.in === "query" && p.name !== "format").map(queryParam),
      meta,
    });
  }
  table.sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : Number(a.deprecated) - Number(b.deprecated),
  );
  return table;
}

/**
 * The operation a name or path means, with the path parameters it fills in: `persons`,
 * `persons/123/activity`, `/api/projects/{project_id}/persons/` or `/api/projects/42/persons/`. A name
 * prefers the family that is not deprecated.
 */
export function findOperation(
  input: string,
): { operation: ListOperation; pathParams: Record<string, string> } | undefined {
  const full = input.startsWith("/api/");
  const wanted = input.replace(/^\/+|\/+$/g, "").split("/");
  for (const operation of listOperations()
    .filter((op) => !op.deprecated)
    .concat(listOperations().filter((op) => op.deprecated))) {
    const template = (full ? operation.path : operation.name).replace(/^\/+|\/+$/g, "").split("/");
    if (template.length !== wanted.length) continue;
    const pathParams: Record<string, string> = {};
    const matches = template.every((segment, i) => {
      const param = /^\{(.+)\}$/.exec(segment)?.[1];
      if (!param) return segment === wanted[i];
      if (wanted[i] !== segment) pathParams[param] = decodeURIComponent(wanted[i]!);
      return true;
    });
    if (matches) return { operation, pathParams };
  }
  return undefined;
}
