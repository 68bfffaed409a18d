// --help: the command, the operations it can export, and, for one operation, its flags.
import type { ListOperation } from "./list-operations.js";

const BIN = "posthog-environments-client";

export function mainHelp(operations: ListOperation[]): string {
  const names = [...new Set(operations.map((op) => op.name))];
  return `Usage: ${BIN} export <operation> [flags]

Exports every item of a list operation through PostHog's JSON pages (no CSV cap), as PostHog's CSV
or as JSON Lines, with a checkpoint after each page so an interrupted export can resume.

Operations (a name, or a path such as /api/projects/{project_id}/persons/ or persons/123/activity):
${names.map((name) => `  ${name}`).join("\n")}

Flags:
  --format csv|jsonl     csv: PostHog's CSV renderer's format (default); jsonl: one JSON item per line
  -o, --out FILE         write to FILE (resumable; the CSV is spooled beside it); default: stdout
  --resume               continue from FILE.checkpoint.json if it exists
  --checkpoint FILE      where the checkpoint goes (default: FILE.checkpoint.json)
  --concurrency N        pages fetched at once, for offset lists that report a count (default 1)
  --project-id ID        the project (default: POSTHOG_PROJECT_ID)
  --host HOST            us, eu or an origin (default: POSTHOG_HOST, else us)
  --progress MODE        auto (a bar on a terminal, lines otherwise), bar, lines or none
  -q, --quiet            no progress (warnings still show)
  -h, --help             this help; with an operation, its query flags

Environment: POSTHOG_PERSONAL_API_KEY (required), POSTHOG_HOST, POSTHOG_PROJECT_ID.

Exit codes:
  0    every row was written
  1    PostHog or the network failed (the checkpoint is kept: --resume continues)
  2    usage error: unknown flag or operation, bad value, missing key or project
  3    finished, but rows may be missing: the server's count changed, a page ended on tied
       timestamps, or a resume re-read a relative --after/--before
  130  interrupted by Ctrl-C (143: SIGTERM); the checkpoint is kept: --resume continues

Examples:
  ${BIN} export persons --search @acme.com --format csv --out persons.csv
  ${BIN} export events --event '$pageview' --after -7d --format jsonl --out events.jsonl
  ${BIN} export events --event '$pageview' --after -7d --format jsonl --out events.jsonl --resume
`;
}

export function operationHelp(operation: ListOperation): string {
  const flags = operation.query.map((p) => {
    const value =
      p.type === "boolean"
        ? ""
        : p.enum
          ? ` ${p.enum.join("|")}`
          : p.type === "json"
            ? " JSON"
            : ` ${p.type.toUpperCase()}`;
    const repeat = p.type === "array" ? " (repeatable)" : "";
    return `  --${p.name}${value}${p.required ? " (required)" : ""}${repeat}\n      ${p.description}`;
  });
  const pathFlags = operation.pathParams.map(
    (name) => `  --${name} VALUE (required, or in the path)`,
  );
  return `Usage: ${BIN} export ${operation.name} [flags]

GET ${operation.path}${operation.deprecated ? " (deprecated family)" : ""}, paged by ${operation.meta.pagination}.

${[...pathFlags, ...flags].join("\n") || "  (no query flags)"}

Every command flag of \`${BIN} export --help\` applies too.
`;
}
