// The code that reads generated/operations.ts's TABLE back (how it is written: FORMAT in
// ../operations-encoding.ts). A module of its own so that it is type-checked and linted as code;
// the generator copies the text between the markers into the generated module, which must not
// import scripts/ at run time.
import type { OperationMeta, PathParamRule } from "../../src/operation-meta.js";

// decoder:start
/** A key of OperationMeta and the values it takes. */
type Field = {
  [K in keyof OperationMeta]-?: readonly [K, readonly Exclude<OperationMeta[K], undefined>[]];
}[keyof OperationMeta];
type Table = Record<string, Partial<Record<string, OperationMeta>>>;
type Methods = Record<string, Record<string, unknown>>;

/**
 * The table from its text: its type says what it holds (the tests check it is the spec's). It runs
 * at import, so it is written for speed: the operations of a path share its pathParams object, and
 * a projects twin shares its environments operations, but for those with an x (always last). Loops
 * index their arrays: destructuring and for-of are slower before the code warms up.
 */
function decodeOperations<T extends Table>(
  text: string,
  ruleTable: readonly (readonly PathParamRule[])[],
  fieldTable: Readonly<Record<string, Field>>,
  environments: string,
  projects: string,
): T {
  const table: Record<string, Methods> = {};
  const lines = text.trim().split("\n");
  for (let l = 0; l < lines.length; l++) {
    const words = lines[l]!.split(" ");
    const folded = words[0]![0] !== "/";
    // The path, with its parameters' names and ruleTable indices ("" for 0) taken out of {name:i}.
    const parts = (folded ? environments + words[0] : words[0]!).split("{");
    let path = parts[0]!;
    const names: string[] = [];
    const rules: string[] = [];
    for (let i = 1; i < parts.length; i++) {
      const part = parts[i]!;
      const end = part.indexOf("}");
      const colon = part.indexOf(":");
      names.push(part.slice(0, colon < 0 ? end : colon));
      rules.push(colon < 0 ? "" : part.slice(colon + 1, end));
      path += "{" + names[i - 1] + part.slice(end);
    }
    const paramsOf = (indices: string[]) => {
      const params: Record<string, unknown> = {};
      for (let i = 0; i < names.length; i++) params[names[i]!] = ruleTable[+indices[i]!];
      return params;
    };
    const pathParams = paramsOf(rules);
    const methods: Methods = (table[path] = {});
    const twins: Methods = {};
    for (let w = 1; w < words.length; w++) {
      const word = words[w]!.split(":");
      const fields = word[1] ? word[1].split(",") : [];
      const meta: Record<string, unknown> = { pathParams };
      let twin = meta;
      for (let f = 0; f < fields.length; f++) {
        const field = fields[f]!;
        const index = field.slice(1);
        if (field[0] === "r") meta.pathParams = paramsOf(index.split("."));
        else {
          if (field[0] === "x") twin = { ...meta };
          const entry = fieldTable[field[0]!]!;
          meta[entry[0]] = entry[1][+index];
        }
      }
      methods[word[0]!] = meta;
      twins[word[0]!] = twin;
    }
    if (folded) table[projects + path.slice(environments.length)] = twins;
  }
  return table as unknown as T;
}
// decoder:end

export { decodeOperations, type Field };
