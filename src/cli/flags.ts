// The command's flags: its own (--format, --out, --resume, ...) and one per query parameter of the
// operation (`--search`, `--event`, `--distinct_id` or `--distinct-id`), read with util.parseArgs in
// strict mode so an unknown flag is a usage error. Values are typed from the spec, then checked by
// the client's own query serializer.
import { parseArgs, type ParseArgsConfig } from "node:util";
import { PostHogParameterError } from "../errors/parameter-error.js";
import { serializeQuery } from "../query.js";
import type { ListOperation, QueryParam } from "./list-operations.js";
import { UsageError } from "./usage-error.js";

export const COMMAND_FLAGS = {
  format: { type: "string" },
  out: { type: "string", short: "o" },
  resume: { type: "boolean" },
  checkpoint: { type: "string" },
  concurrency: { type: "string" },
  "project-id": { type: "string" },
  host: { type: "string" },
  progress: { type: "string" },
  quiet: { type: "boolean", short: "q" },
  help: { type: "boolean", short: "h" },
} as const satisfies ParseArgsConfig["options"];

export interface CommandFlags {
  format: "csv" | "jsonl";
  out: string | undefined;
  resume: boolean;
  checkpoint: string | undefined;
  concurrency: number | undefined;
  projectId: string | undefined;
  host: string | undefined;
  progress: "auto" | "bar" | "lines" | "none";
  quiet: boolean;
  help: boolean;
}

const kebab = (name: string) => name.replaceAll("_", "-");

/** Reads argv (after `export <operation>`) for one operation. */
export function readFlags(
  args: string[],
  operation: ListOperation | undefined,
): { flags: CommandFlags; query: Record<string, unknown>; pathParams: Record<string, string> } {
  const options: NonNullable<ParseArgsConfig["options"]> = { ...COMMAND_FLAGS };
  const byFlag = new Map<string, QueryParam | string>();
  for (const param of operation?.query ?? []) {
    for (const flag of new Set([param.name, kebab(param.name)])) {
      if (flag in COMMAND_FLAGS) continue;
      options[flag] = {
        type: param.type === "boolean" ? "boolean" : "string",
        multiple: param.type === "array",
      };
      byFlag.set(flag, param);
    }
  }
  for (const name of operation?.pathParams ?? []) {
    for (const flag of new Set([name, kebab(name)])) {
      if (flag in options) continue;
      options[flag] = { type: "string" };
      byFlag.set(flag, name);
    }
  }
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: joinValues(args, options),
      options,
      strict: true,
      allowPositionals: false,
    });
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/\. To specify a positional.*$/s, "."));
  }
  const values = parsed.values as Record<string, string | boolean | string[] | undefined>;
  const flags = commandFlags(values);
  const query: Record<string, unknown> = {};
  const pathParams: Record<string, string> = {};
  for (const [flag, value] of Object.entries(values)) {
    const target = byFlag.get(flag);
    if (value === undefined || target === undefined) continue;
    if (typeof target === "string") pathParams[target] = String(value);
    else query[target.name] = typed(target, flag, value);
  }
  for (const param of operation?.query ?? []) {
    if (param.required && query[param.name] === undefined && !flags.help) {
      throw new UsageError(`--${param.name} is required for ${operation!.name}.`);
    }
  }
  if (operation) {
    try {
      serializeQuery(query, operation.meta.query);
    } catch (error) {
      if (error instanceof PostHogParameterError)
        throw new UsageError(`--${error.parameter}: ${error.message}`);
      throw error;
    }
  }
  return { flags, query, pathParams };
}

/** `--after -7d` as `--after=-7d`: a string flag takes the next word even when it starts with "-". */
function joinValues(args: string[], options: NonNullable<ParseArgsConfig["options"]>): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const long = /^--([^=]+)$/.exec(arg)?.[1];
    const short = /^-([a-z])$/i.exec(arg)?.[1];
    const name = long ?? Object.keys(options).find((key) => short && options[key]!.short === short);
    if (name && options[name]?.type === "string" && i + 1 < args.length)
      out.push(`--${name}=${args[++i]}`);
    else out.push(arg);
  }
  return out;
}

function typed(param: QueryParam, flag: string, value: string | boolean | string[]): unknown {
  if (param.type === "boolean" || param.type === "array" || param.type === "json") return value;
  const text = String(value);
  if (param.enum && !param.enum.includes(text)) {
    throw new UsageError(
      `--${flag} must be one of ${param.enum.join(", ")}; got ${JSON.stringify(text)}.`,
    );
  }
  if (param.type === "integer" || param.type === "number") {
    const number = Number(text);
    const ok =
      text.trim() !== "" &&
      (param.type === "integer" ? Number.isSafeInteger(number) : Number.isFinite(number));
    if (!ok || (param.minimum !== undefined && number < param.minimum)) {
      throw new UsageError(
        `--${flag} must be ${param.type === "integer" ? "a whole number" : "a number"}${param.minimum !== undefined ? ` >= ${param.minimum}` : ""}; got ${JSON.stringify(text)}.`,
      );
    }
    return number;
  }
  return text;
}

function commandFlags(
  values: Record<string, string | boolean | string[] | undefined>,
): CommandFlags {
  const format = (values.format as string | undefined) ?? "csv";
  if (format !== "csv" && format !== "jsonl") {
    throw new UsageError(`--format must be csv or jsonl; got ${JSON.stringify(format)}.`);
  }
  const progress = (values.progress as string | undefined) ?? "auto";
  if (!["auto", "bar", "lines", "none"].includes(progress)) {
    throw new UsageError(
      `--progress must be auto, bar, lines or none; got ${JSON.stringify(progress)}.`,
    );
  }
  const concurrencyText = values.concurrency as string | undefined;
  const concurrency = concurrencyText === undefined ? undefined : Number(concurrencyText);
  if (
    concurrency !== undefined &&
    !(Number.isSafeInteger(concurrency) && concurrency >= 1 && concurrency <= 16)
  ) {
    throw new UsageError(
      `--concurrency must be a whole number from 1 to 16; got ${JSON.stringify(concurrencyText)}.`,
    );
  }
  return {
    format,
    out: values.out as string | undefined,
    resume: values.resume === true,
    checkpoint: values.checkpoint as string | undefined,
    concurrency,
    projectId: values["project-id"] as string | undefined,
    host: values.host as string | undefined,
    progress: progress as CommandFlags["progress"],
    quiet: values.quiet === true,
    help: values.help === true,
  };
}
