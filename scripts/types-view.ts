// The view of the bundled spec that openapi-typescript compiles. It differs in two ways, both about
// what callers may pass as query parameters (the client encodes them):
// - a parameter described with `content: application/json` (sent JSON-encoded, the standard OpenAPI
//   way) is shown with that content's schema, so its type is the decoded value (an array, an
//   object) rather than the `string` openapi-typescript would give it;
// - a parameter that takes a time (`format: date-time` or `date`, or `x-date: true` where relative
//   dates such as `-7d` are allowed too) is marked DATE_PARAM, and typed `string | Date`.
import type { Json } from "./lib/openapi.js";

export const DATE_PARAM = "x-client-accepts-date";

export function typesView(doc: Json): Json {
  const view = structuredClone(doc);
  const fix = (param: Json) => {
    if (!param || param.$ref || param.in !== "query") return;
    const media = param.content?.["application/json"];
    if (media) {
      param.schema = media.schema;
      delete param.content;
    }
    const schema = param.schema;
    if (schema && (schema["x-date"] || schema.format === "date-time" || schema.format === "date")) {
      param.schema = { ...schema, [DATE_PARAM]: true };
    }
  };
  for (const param of Object.values<Json>(view.components?.parameters ?? {})) fix(param);
  for (const item of Object.values<Json>(view.paths ?? {})) {
    for (const param of item.parameters ?? []) fix(param);
    for (const op of Object.values<Json>(item)) {
      if (op && typeof op === "object" && Array.isArray(op.parameters)) op.parameters.forEach(fix);
    }
  }
  return view;
}
