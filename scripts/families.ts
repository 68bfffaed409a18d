// Both route families from one spec. PostHog registers each of these viewsets under
// /api/environments/{project_id}/ and under /api/projects/{project_id}/ (posthog/api/__init__.py), and
// its schema marks every environments operation deprecated. The spec describes each operation once,
// keyed by its environments path; this emits its projects twin (operationId without the
// `environments_` prefix, as PostHog's are) and marks the environments one deprecated with PostHog's
// text. Paths keyed /api/projects/{project_id}/ in the spec exist only there and get no twin.
import { METHODS, type Json } from "./lib/openapi.js";

export const ENVIRONMENTS = "/api/environments/{project_id}/";
export const PROJECTS = "/api/projects/{project_id}/";
/** PostHog's words on its environments routes (the `environment_id` parameter of its schema). */
export const DEPRECATION = "Deprecated. Use /api/projects/{project_id}/ instead.";
export const ROUTE_REMOVED = "x-environments-route-removed";

const append = (description: string | undefined, text: string) =>
  [description, text].filter(Boolean).join("\n\n");

/** The document with both families' paths: each environments path followed by its projects twin. */
export function withRouteFamilies(doc: Json): Json {
  const paths: Record<string, Json> = {};
  for (const [path, item] of Object.entries<Json>(doc.paths)) {
    if (!path.startsWith(ENVIRONMENTS)) {
      paths[path] = item;
      continue;
    }
    const twinPath = PROJECTS + path.slice(ENVIRONMENTS.length);
    if (doc.paths[twinPath]) {
      throw new Error(
        `${twinPath} is in the spec, but it is the twin of ${path}: describe it once`,
      );
    }
    const environments = structuredClone(item);
    const projects = structuredClone(item);
    for (const method of METHODS) {
      const op = environments[method];
      if (!op) continue;
      if (!op.operationId?.startsWith("environments_")) {
        throw new Error(
          `${method.toUpperCase()} ${path}: operationId must start with environments_`,
        );
      }
      op.deprecated = true;
      let note = DEPRECATION;
      if (op[ROUTE_REMOVED]) {
        note += ` Newer servers no longer route this under /api/environments/, so a call there can 404: ${op[ROUTE_REMOVED]}`;
      }
      op.description = append(op.description, note);
      const twin = projects[method];
      twin.operationId = op.operationId.slice("environments_".length);
      delete twin[ROUTE_REMOVED];
    }
    paths[path] = environments;
    paths[twinPath] = projects;
  }
  return { ...doc, paths };
}
