// How generated/operations.ts writes its table. The table is in the runtime bundle, so its value is
// written compactly, as text the module decodes once, at import (FORMAT says how, and goes into the
// module as a comment; DECODER is the code that reads it). Its precise literal type, which
// src/types.ts reads, is written out as a type: that costs nothing at run time.
import { readFileSync } from "node:fs";
import { ENVIRONMENTS, PROJECTS } from "./families.js";

/** What the client knows of one operation (an OperationMeta), keys in the order written. */
export type Meta = Record<string, unknown>;
/** Per path, in the spec's order, per method, its meta. */
export type Table = Record<string, Record<string, Meta>>;

const FORMAT = `How the table is written: TABLE, read once, at import, by decodeOperations() below.
- One line per path, in the spec's order: the path, then one word per method, \`method:fields\`.
- A path without its leading "/" is under ${ENVIRONMENTS} and stands for two
  entries: that path, then its ${PROJECTS} twin, whose operations are the same
  without \`x\`.
- {name:i} in a path: the parameter's rules are RULES[i], for every method unless its \`r\` field
  says otherwise.
- fields: comma-separated, the operation's keys in order, each a letter and an index:
  FIELDS[letter] is the key and the list of its values. An index 0 is not written: \`{id}\` is
  \`{id:0}\`, \`k\` is \`k0\`. The one other field is \`r\` and dot-separated indices into RULES,
  one per path parameter.
- The table's type, Operations, is written out in full: src/types.ts reads its literal types.`;

/** The letter of each key of a meta but pathParams, whose rules are written apart. */
const LETTERS: Record<string, string> = {
  query: "q",
  csv: "v",
  csvCap: "c",
  personalApiKey: "k",
  pagination: "p",
  neverSucceeds: "n",
  throttle: "t",
  scopes: "s",
  environmentsRouteRemoved: "x",
};

/** The `{parameter}` names of a path, in order. */
const placeholders = (path: string) => [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!);

/** An index as the table writes it: 0 as nothing. */
const indexText = (n: number) => (n === 0 ? "" : String(n));

/** Distinct values numbered in order of first use: the encoding refers to them by index. */
class Indexed {
  readonly values: unknown[] = [];
  private readonly numbers = new Map<string, number>();

  indexOf(value: unknown): number {
    const key = JSON.stringify(value);
    let n = this.numbers.get(key);
    if (n === undefined) {
      n = this.values.push(value) - 1;
      this.numbers.set(key, n);
    }
    return n;
  }
}

/** Encodes operations, filling RULES and the lists of FIELDS as it goes. */
class Encoder {
  readonly rules = new Indexed();
  readonly fields = new Map<string, Indexed>();

  /** The RULES indices of an operation's path parameters, whose names must be its path's. */
  ruleIndices(where: string, path: string, meta: Meta): number[] {
    const params = meta.pathParams as Record<string, unknown>;
    const names = Object.keys(params);
    if (JSON.stringify(names) !== JSON.stringify(placeholders(path)))
      throw new Error(`${where}: path parameters must be the path's, in its order, not ${names}`);
    return Object.values(params).map((rules) => this.rules.indexOf(rules));
  }

  /** One operation's word, `method:fields`, in a path whose parameters' rules are `pathRules`. */
  operation(path: string, method: string, meta: Meta, pathRules: number[]): string {
    const where = `${method.toUpperCase()} ${path}`;
    const [first, ...keys] = Object.keys(meta);
    if (first !== "pathParams") throw new Error(`${where}: pathParams must come first`);
    // The decoder copies the projects twin's meta when it reads x, so nothing may follow it.
    if ("environmentsRouteRemoved" in meta && keys.at(-1) !== "environmentsRouteRemoved")
      throw new Error(`${where}: environmentsRouteRemoved must come last`);
    const fields: string[] = [];
    const rules = this.ruleIndices(where, path, meta);
    if (rules.join() !== pathRules.join()) fields.push(`r${rules.join(".")}`);
    for (const key of keys) {
      const letter = LETTERS[key];
      if (letter === undefined) throw new Error(`${where}: the table has no letter for ${key}`);
      if (!this.fields.has(letter)) this.fields.set(letter, new Indexed());
      fields.push(letter + indexText(this.fields.get(letter)!.indexOf(meta[key])));
    }
    return [method, fields.join(",")].filter(Boolean).join(":");
  }
}

const withoutRouteRemoved = (methods: Record<string, Meta>) =>
  Object.fromEntries(
    Object.entries(methods).map(([method, { environmentsRouteRemoved: _, ...meta }]) => [
      method,
      meta,
    ]),
  );

/**
 * The table's entries as written: an environments path by its name under ENVIRONMENTS, standing
 * for its projects twin too, which scripts/families.ts puts right after it, with the same
 * operations but for `environmentsRouteRemoved`.
 */
function foldTwins(table: Table): [path: string, name: string, methods: Record<string, Meta>][] {
  const entries = Object.entries(table);
  const out: [string, string, Record<string, Meta>][] = [];
  for (let i = 0; i < entries.length; i++) {
    const [path, methods] = entries[i]!;
    // Spaces, colons and braces mean something in the table; backquotes, $ and \ in a template.
    if (!/^\/([^\s:`$\\{}]|\{[^\s:`$\\{}/]+\})*$/.test(path))
      throw new Error(`${path}: the table cannot write this path`);
    if (!path.startsWith(ENVIRONMENTS)) {
      out.push([path, path, methods]);
      continue;
    }
    const name = path.slice(ENVIRONMENTS.length);
    const [twinPath, twin] = entries[i + 1] ?? [];
    if (
      twinPath !== PROJECTS + name ||
      JSON.stringify(twin) !== JSON.stringify(withoutRouteRemoved(methods))
    ) {
      throw new Error(`${path}: its projects twin must follow it, with the same operations`);
    }
    out.push([path, name, methods]);
    i++;
  }
  return out;
}

/**
 * The rules the decoder gives a path's parameters unless an operation says otherwise: those of its
 * first operation, but RULES[0] for the family's project_id, which the name does not write.
 */
function pathRules(path: string, name: string, firstRules: number[]): number[] {
  const unwritten = placeholders(path).length - placeholders(name).length;
  return firstRules.map((rule, i) => (i < unwritten ? 0 : rule));
}

/** A name with the RULES indices of its parameters: `{id:1}`, and `{id}` for 0. */
function annotated(name: string, rules: number[]): string {
  let i = rules.length - placeholders(name).length;
  return name.replace(/\{([^}]+)\}/g, (_, param: string) => {
    const rule = rules[i++]!;
    return rule === 0 ? `{${param}}` : `{${param}:${rule}}`;
  });
}

/** TABLE's lines (see FORMAT), filling the encoder's lists. */
function tableLines(table: Table, encoder: Encoder): string[] {
  const entries = foldTwins(table).map(([path, name, methods]) => {
    const operations = Object.entries(methods);
    const [method, meta] = operations[0] ?? [];
    // The path's rules are its first operation's: the others write theirs only when they differ.
    const first = meta ? encoder.ruleIndices(`${method!.toUpperCase()} ${path}`, path, meta) : [];
    const rules = pathRules(path, name, first);
    return {
      name: annotated(name, rules),
      words: operations.map(([m, op]) => encoder.operation(path, m, op, rules)),
    };
  });
  return entries.map(({ name, words }) => [name, ...words].join(" "));
}

/** A constant's value as code: JSON, which is also TypeScript. */
const json = (value: unknown) => JSON.stringify(value, null, 2);

/** The code that reads TABLE back (see FORMAT), from scripts/lib/decode-operations.ts. */
const DECODER = (() => {
  const text = readFileSync(new URL("./lib/decode-operations.ts", import.meta.url), "utf8");
  const start = text.indexOf("// decoder:start\n") + "// decoder:start\n".length;
  return text.slice(start, text.indexOf("// decoder:end")).trim();
})();

/**
 * The run-time part of the table: RULES, FIELDS, TABLE and the decoder, declaring
 * `decodeOperations<T>(TABLE, RULES, FIELDS, environments, projects): T`. It reads `OperationMeta`
 * and `PathParamRule`.
 */
export function encodedTable(table: Table): string {
  const encoder = new Encoder();
  const lines = tableLines(table, encoder);
  // In the order of the meta's keys, the letters the table uses.
  const fields = Object.entries(LETTERS)
    .filter(([, letter]) => encoder.fields.has(letter))
    .map(([key, letter]) => `${letter}: ["${key}", ${json(encoder.fields.get(letter)!.values)}],`);
  const comment = FORMAT.split("\n").map((line) => `// ${line}`.trimEnd());
  return `/** The accepted forms of path parameters. */
const RULES: readonly (readonly PathParamRule[])[] = ${json(encoder.rules.values)};

/** Per field letter of TABLE, the meta key it sets and the values its index picks from. */
const FIELDS: Readonly<Record<string, Field>> = {
${fields.join("\n")}
};

${comment.join("\n")}
const TABLE = \`
${lines.join("\n")}
\`;

${DECODER}`;
}

/** A JSON value as the TypeScript type `as const` gives it. */
function literalType(value: unknown): string {
  if (Array.isArray(value)) return `readonly [${value.map(literalType).join(", ")}]`;
  if (value !== null && typeof value === "object") {
    const members = Object.entries(value).map(
      ([key, v]) => `readonly ${JSON.stringify(key)}: ${literalType(v)}`,
    );
    return `{ ${members.join("; ")} }`;
  }
  return JSON.stringify(value);
}

/** The type aliases of the parts operations share, by the meta key they are the value of. */
const ALIASED: Record<string, string> = {
  query: "Query",
  csvCap: "Cap",
  throttle: "Throttle",
  scopes: "Scopes",
};

/**
 * The table's type, `Operations`, as precise as `as const` made it, its shared parts (path
 * parameter rules, query encodings, caps, throttle and key scopes) named once as aliases.
 */
export function tableType(table: Table): string {
  const names = new Map<string, string>();
  const declarations: string[] = [];
  const counts: Record<string, number> = {};
  const alias = (prefix: string, value: unknown) => {
    const key = `${prefix} ${JSON.stringify(value)}`;
    let name = names.get(key);
    if (name === undefined) {
      const count = counts[prefix] ?? 0;
      counts[prefix] = count + 1;
      name = `${prefix}${count}`;
      names.set(key, name);
      declarations.push(`type ${name} = ${literalType(value)};`);
    }
    return name;
  };
  const metaType = (meta: Meta) => {
    const members = Object.entries(meta).map(([key, value]) => {
      let type: string;
      if (key === "pathParams") {
        const params = Object.entries(value as Record<string, unknown>).map(
          ([name, rules]) => `readonly ${JSON.stringify(name)}: ${alias("Rule", rules)}`,
        );
        type = `{ ${params.join("; ")} }`;
      } else if (ALIASED[key]) type = alias(ALIASED[key], value);
      else type = literalType(value);
      return `readonly ${key}: ${type}`;
    });
    return `{ ${members.join("; ")} }`;
  };
  const paths = Object.entries(table).map(([path, methods]) => {
    const members = Object.entries(methods).map(([m, meta]) => `readonly ${m}: ${metaType(meta)}`);
    return `readonly ${JSON.stringify(path)}: { ${members.join("; ")} }`;
  });
  return `${declarations.join("\n")}\n\ntype Operations = { ${paths.join(";\n")} };`;
}
