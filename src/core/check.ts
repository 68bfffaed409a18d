// The check step: everything about a call that can be refused before anything is sent (path and
// query parameters, the CSV switch, per-call options), with any key scrubbed from the message.
import type { OperationMeta } from "../../generated/operations.js";
import { PostHogConfigError } from "../errors/config-error.js";
import { PostHogParameterError } from "../errors/parameter-error.js";
import { checkPathParams } from "../path-params.js";
import { serializeQuery } from "../query.js";
import type { SecretSet } from "../redact.js";
import type { SendInit } from "../send.js";

export interface Checked {
  /** The path with its parameters in place. */
  pathname: string;
  /** The query string, without its "?". */
  search: string;
  csv: boolean;
  /** The path parameters sent, project_id defaulted. */
  pathParams: Record<string, string | number>;
}

/** A path template split once: literal parts around its parameter names. */
interface Template {
  parts: string[];
  names: string[];
}
const templates = new Map<string, Template>();

function template(path: string): Template {
  let parsed = templates.get(path);
  if (!parsed) {
    const pieces = path.split(/\{([^{}]+)\}/);
    parsed = {
      parts: pieces.filter((_, i) => i % 2 === 0),
      names: pieces.filter((_, i) => i % 2 === 1),
    };
    if (templates.size < 1000) templates.set(path, parsed);
  }
  return parsed;
}

function fillPath(path: string, params: Record<string, string | number>): string {
  const { parts, names } = template(path);
  let filled = parts[0]!;
  for (let i = 0; i < names.length; i++) {
    filled += encodeURIComponent(String(params[names[i]!])) + parts[i + 1]!;
  }
  return filled;
}

export function checkCall(
  method: string,
  path: string,
  init: SendInit,
  meta: OperationMeta | undefined,
  defaultProjectId: string | undefined,
  secrets: SecretSet,
): Checked {
  const params = init.params ?? {};
  const pathParams = scrubbed(secrets, () =>
    checkPathParams(path, params.path, defaultProjectId, meta?.pathParams),
  );
  const csv = params.query?.format === "csv";
  if (csv && meta && !meta.csv) {
    throw new PostHogParameterError(
      "format",
      "query",
      `${method} ${path} cannot answer CSV. format: "csv" works on the events, persons and insights lists and on insights/trend.`,
    );
  }
  const search =
    init.rawQuery ?? scrubbed(secrets, () => serializeQuery(params.query, meta?.query));
  return { pathname: fillPath(path, pathParams), search, csv, pathParams };
}

/** A per-call timeoutMs: like the client's, a positive number of milliseconds. */
export function checkTimeout(value: unknown, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== "number" || !Number.isFinite(value) || value <= 0) {
    throw new PostHogConfigError(
      "timeoutMs",
      `timeoutMs must be a positive number of milliseconds; got ${typeof value === "number" ? value : typeof value}.`,
    );
  }
  return value;
}

/** Runs a check, rethrowing its PostHogParameterError with any key scrubbed from the message. */
function scrubbed<T>(secrets: SecretSet, check: () => T): T {
  try {
    return check();
  } catch (error) {
    if (!(error instanceof PostHogParameterError)) throw error;
    throw new PostHogParameterError(error.parameter, error.location, secrets.text(error.message));
  }
}
