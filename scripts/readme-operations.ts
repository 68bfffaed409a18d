// Writes the README's coverage summary and operation table (between their markers) from
// generated/openapi.json, so both stay true as the spec grows. `npm run docs`.
// The table has one row per operation as the spec describes it: its /api/projects/{project_id}/
// route and operationId, and its deprecated /api/environments/{project_id}/ twin where there is one.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { ENVIRONMENTS, PROJECTS, ROUTE_REMOVED } from "./families.js";
import { deref, METHODS, operationsOf, repoRoot as root, type Json } from "./lib/openapi.js";

/** Marks an operation that newer servers no longer route under either prefix: "<why, source>". */
export const REMOVED = "x-removed-on-newer-servers";

const TABLE = ["<!-- operations:start (written by npm run docs) -->", "<!-- operations:end -->"];
const COVERAGE = ["<!-- coverage:start (written by npm run docs) -->", "<!-- coverage:end -->"];

const code = (text: string) => `\`${text}\``;
const list = (items: string[]) =>
  items.length <= 1
    ? (items[0] ?? "")
    : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;

function notes(doc: Json, op: Json): string {
  const out: string[] = [];
  if (op["x-personal-api-key"] === false) out.push("personal API keys refused");
  if (op["x-never-succeeds"]) out.push("always 405: soft-delete with PATCH");
  if (op["x-pagination"]) out.push(`paginate (${op["x-pagination"]})`);
  const csv = Object.values(op.responses as Record<string, Json>).some(
    (r) => deref(doc, r).content?.["text/csv"],
  );
  if (csv) out.push("CSV");
  if (op[REMOVED]) out.push("removed on newer servers");
  if (/Differs from the docs/.test(op.description ?? "")) out.push("corrected");
  return out.join("; ");
}

interface Row {
  tag: string;
  method: string;
  /** The path under /api/projects/{project_id}/. */
  rest: string;
  op: Json;
  /** The environments twin's operationId, when the operation has one. */
  environments?: string;
  routeRemoved: boolean;
}

/** One row per operation described once: the projects route, with its environments twin. */
function rows(doc: Json): Row[] {
  const out: Row[] = [];
  for (const { path, method, op } of operationsOf(doc)) {
    if (!path.startsWith(PROJECTS)) continue;
    const rest = path.slice(PROJECTS.length);
    const twin = doc.paths[ENVIRONMENTS + rest]?.[method];
    out.push({
      tag: op.tags[0],
      method,
      rest,
      op,
      ...(twin ? { environments: twin.operationId as string } : {}),
      routeRemoved: Boolean(twin?.[ROUTE_REMOVED]),
    });
  }
  const order = (m: string) => METHODS.indexOf(m as (typeof METHODS)[number]);
  return out.sort(
    (a, b) =>
      a.tag.localeCompare(b.tag) ||
      a.rest.localeCompare(b.rest) ||
      order(a.method) - order(b.method),
  );
}

export function operationsTable(doc: Json): string {
  const lines = [
    "| method | path under `/api/projects/{project_id}/` | operationId | `/api/environments/{project_id}/` twin | scopes | notes |",
    "| --- | --- | --- | --- | --- | --- |",
  ];
  for (const { method, rest, op, environments, routeRemoved } of rows(doc)) {
    const scopes = (op.security ?? []).flatMap((s: Json) => Object.values(s).flat()) as string[];
    const twin = environments
      ? `${code(environments)}${routeRemoved ? " (404 on newer servers)" : ""}`
      : "none: projects only";
    lines.push(
      `| ${method.toUpperCase()} | ${code(rest)} | ${code(op.operationId)} | ${twin} | ${scopes.map(code).join(", ") || "none"} | ${notes(doc, op)} |`,
    );
  }
  return lines.join("\n");
}

/** What the client covers, in words: counts per family and per resource, and what servers dropped. */
export function coverageSummary(doc: Json): string {
  const all = rows(doc);
  const withTwin = all.filter((r) => r.environments);
  const projectsOnly = all.filter((r) => !r.environments);
  const perTag = new Map<string, number>();
  for (const r of all) perTag.set(r.tag, (perTag.get(r.tag) ?? 0) + 1);
  const operationCount = operationsOf(doc).length;
  const name = (r: Row) => code(`${r.method.toUpperCase()} ${r.rest}`);
  const paragraphs = [
    `The client covers **${all.length} operations**, each described once in \`spec/\` and callable ` +
      `under \`/api/projects/{project_id}/\`, PostHog's canonical routes; ` +
      `${withTwin.length === all.length ? "every one" : `${withTwin.length} of them`} also under ` +
      `\`/api/environments/{project_id}/\`, which PostHog deprecates (operationIds with the ` +
      `\`environments_\` prefix, marked deprecated in the types): ${operationCount} operations in ` +
      `\`generated/openapi.json\` in all. By resource: ` +
      `${list([...perTag].map(([tag, n]) => `${tag} ${n}`))}.`,
  ];
  if (projectsOnly.length > 0) {
    paragraphs.push(
      `Only under \`/api/projects/{project_id}/\` (PostHog routes them nowhere else): ` +
        `${list(projectsOnly.map(name))}.`,
    );
  }
  const routeRemoved = withTwin.filter((r) => r.routeRemoved);
  if (routeRemoved.length > 0) {
    paragraphs.push(
      `Newer servers no longer route ${routeRemoved.length === 1 ? "this one" : `these ${routeRemoved.length}`} ` +
        `under \`/api/environments/\`, so a call there can 404 (each one's description in the ` +
        `spec says why, and whether the projects route remains): ` +
        `${list(routeRemoved.map(name))}.`,
    );
  }
  const removed = all.filter((r) => r.op[REMOVED]);
  if (removed.length > 0) {
    paragraphs.push(
      `Kept from PostHog's documentation although newer servers dropped them (older servers still ` +
        `answer them; the spec says why): ${list(removed.map(name))}.`,
    );
  }
  return paragraphs.join("\n\n");
}

function between(text: string, [start, end]: string[], content: string): string {
  const from = text.indexOf(start!);
  const to = text.indexOf(end!);
  if (from < 0 || to < from) throw new Error(`README.md lacks the ${start} ... ${end} markers`);
  return `${text.slice(0, from + start!.length)}\n${content}\n${text.slice(to)}`;
}

/** The README with its coverage summary and operation table replaced by fresh ones. */
export function withOperationsTable(readme: string, doc: Json): string {
  return between(between(readme, COVERAGE, coverageSummary(doc)), TABLE, operationsTable(doc));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const doc = JSON.parse(readFileSync(join(root, "generated/openapi.json"), "utf8"));
  const path = join(root, "README.md");
  writeFileSync(path, withOperationsTable(readFileSync(path, "utf8"), doc));
  console.log("README.md: coverage summary and operation table written");
}
