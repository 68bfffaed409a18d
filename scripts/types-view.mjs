// The view of the bundled spec that openapi-typescript compiles. It differs in one way: a query
// parameter described with `content: application/json` (sent JSON-encoded, the standard OpenAPI way)
// is shown with that content's schema, so its type is the decoded value (an array, an object) that
// callers pass and the client encodes, rather than the `string` openapi-typescript would give it.
export function typesView(doc) {
  const view = structuredClone(doc);
  const fix = (param) => {
    const media = param?.content?.["application/json"];
    if (!media) return;
    param.schema = media.schema;
    delete param.content;
  };
  for (const param of Object.values(view.components?.parameters ?? {})) fix(param);
  for (const item of Object.values(view.paths ?? {})) {
    for (const param of item.parameters ?? []) fix(param);
    for (const op of Object.values(item)) {
      if (op && typeof op === "object" && Array.isArray(op.parameters)) op.parameters.forEach(fix);
    }
  }
  return view;
}
