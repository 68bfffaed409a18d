// Path parameters are checked before any request: a value the spec does not allow, or one that could
// move the request to another path (empty, ".", "..", or containing "/", which Django decodes back
// into the path), is refused with a PostHogParameterError.
import type { PathParamRule } from "../generated/operations.js";
import { PostHogParameterError } from "./errors/parameter-error.js";
import { LONE_SURROGATE } from "./query.js";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const patterns = new Map<string, RegExp>();
const compiled = (pattern: string): RegExp => {
  let re = patterns.get(pattern);
  if (!re) patterns.set(pattern, (re = new RegExp(pattern)));
  return re;
};

function matches(value: unknown, rule: PathParamRule): boolean {
  if (rule.type === "integer") {
    return (
      typeof value === "number" &&
      Number.isSafeInteger(value) &&
      value >= (rule.minimum ?? -Infinity)
    );
  }
  if (typeof value !== "string") return false;
  if (rule.const !== undefined) return value === rule.const;
  if (rule.pattern !== undefined && !compiled(rule.pattern).test(value)) return false;
  if (rule.format === "uuid" && !UUID.test(value)) return false;
  return true;
}

function describeRule(rule: PathParamRule): string {
  if (rule.type === "integer")
    return rule.minimum === undefined ? "an integer" : `an integer >= ${rule.minimum}`;
  if (rule.const !== undefined) return JSON.stringify(rule.const);
  if (rule.format === "uuid") return "a UUID string";
  if (rule.pattern !== undefined) return `a string matching ${rule.pattern}`;
  return "a string";
}

function describeValue(value: unknown): string {
  if (typeof value === "string")
    return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}...` : value);
  if (typeof value === "number" || typeof value === "boolean" || value === null)
    return String(value);
  return `a value of type ${typeof value}`;
}

/**
 * Returns the path parameters to send: the given ones, with project_id defaulted, each checked.
 * `rules` come from the spec; without them (a path outside the spec) only the safety checks apply.
 */
export function checkPathParams(
  schemaPath: string,
  given: Record<string, unknown> | undefined,
  defaultProjectId: string | undefined,
  rules: Readonly<Record<string, readonly PathParamRule[]>> | undefined,
): Record<string, string | number> {
  const names = [...schemaPath.matchAll(/\{([^{}]+)\}/g)].map((m) => m[1]!);
  const fail = (name: string, message: string) => new PostHogParameterError(name, "path", message);
  for (const name of Object.keys(given ?? {})) {
    if (!names.includes(name))
      throw fail(name, `params.path.${name} is not a parameter of ${schemaPath}.`);
  }

  const checked: Record<string, string | number> = {};
  for (const name of names) {
    let value = given?.[name];
    if (value === undefined && name === "project_id") value = defaultProjectId;
    if (value === undefined || value === null) {
      throw fail(
        name,
        name === "project_id"
          ? "params.path.project_id is required: pass it, or set projectId when creating the client."
          : `params.path.${name} is required for ${schemaPath}.`,
      );
    }
    const alternatives = rules?.[name];
    if (alternatives && !alternatives.some((rule) => matches(value, rule))) {
      const expected = alternatives.map(describeRule).join(" or ");
      throw fail(name, `params.path.${name} must be ${expected}; got ${describeValue(value)}.`);
    }
    if (typeof value === "number") {
      if (!Number.isSafeInteger(value))
        throw fail(name, `params.path.${name} must be a whole number; got ${value}.`);
    } else if (typeof value !== "string") {
      throw fail(
        name,
        `params.path.${name} must be a string or a number; got ${describeValue(value)}.`,
      );
    } else if (LONE_SURROGATE.test(value)) {
      throw fail(
        name,
        `params.path.${name} contains an unpaired UTF-16 surrogate, which cannot be sent unaltered.`,
      );
    } else if (value === "" || value === "." || value === ".." || value.includes("/")) {
      throw fail(
        name,
        `params.path.${name} ${describeValue(value)} would change the request's path: empty values, ".", ".." and values containing "/" are refused.`,
      );
    }
    checked[name] = value;
  }
  return checked;
}
