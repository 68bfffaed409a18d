// Writes the README's operation table (between its "operations" markers) from generated/openapi.json:
// one row per operation with its method, path, operationId, scopes and notes. `npm run docs`.
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const START = "<!-- operations:start (written by npm run docs) -->";
const END = "<!-- operations:end -->";
const METHODS = ["get", "put", "post", "patch", "delete"];

function notes(op) {
  const out = [];
  if (op["x-personal-api-key"] === false) out.push("personal API keys refused");
  if (op["x-never-succeeds"]) out.push("always 405: soft-delete with PATCH");
  if (op["x-pagination"]) out.push(`paginate (${op["x-pagination"]})`);
  const csv = Object.values(op.responses).some((r) => r.content?.["text/csv"]);
  if (csv) out.push("CSV");
  if (/Differs from the docs/.test(op.description ?? "")) out.push("corrected");
  return out.join("; ");
}

export function operationsTable(doc) {
  const rows = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      const scopes = (op.security ?? []).flatMap((s) => Object.values(s).flat());
      rows.push({ tag: op.tags[0], path, method, op, scopes });
    }
  }
  rows.sort(
    (a, b) =>
      a.tag.localeCompare(b.tag) ||
      a.path.localeCompare(b.path) ||
      METHODS.indexOf(a.method) - METHODS.indexOf(b.method),
  );
  const lines = [
    "| method | path | operationId | scopes | notes |",
    "| --- | --- | --- | --- | --- |",
    ...rows.map(
      ({ path, method, op, scopes }) =>
        `| ${method.toUpperCase()} | \`${path}\` | \`${op.operationId}\` | ${scopes.map((s) => `\`${s}\``).join(", ") || "none"} | ${notes(op)} |`,
    ),
  ];
  return lines.join("\n");
}

/** The README with its table replaced by a fresh one. */
export function withOperationsTable(readme, doc) {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md lacks the ${START} ... ${END} markers`);
  return `${readme.slice(0, start + START.length)}\n${operationsTable(doc)}\n${readme.slice(end)}`;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const doc = JSON.parse(readFileSync(join(root, "generated/openapi.json"), "utf8"));
  const path = join(root, "README.md");
  writeFileSync(path, withOperationsTable(readFileSync(path, "utf8"), doc));
  console.log("README.md: operation table written");
}
