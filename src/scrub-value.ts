// Keys scrubbed out of a JSON-like value: an error's body. Only errors need it, so it loads with
// the code that builds them.
import type { SecretSet } from "./redact.js";

/**
 * The value (strings, arrays, plain objects, keys included) with the client's keys scrubbed out:
 * a copy when there are any. Iterative, so a deeply nested body cannot overflow the stack.
 */
export function scrubValue<T>(value: T, secrets: SecretSet): T {
  if (secrets.empty) return value;
  return mapStrings(value, (text) => secrets.text(text));
}

/** The value with every string in it (keys included) replaced, walked without recursion. */
function mapStrings<T>(value: T, scrubText: (text: string) => string): T {
  const scrub = (v: unknown): unknown => (typeof v === "string" ? scrubText(v) : v);
  const plain = (v: unknown): v is object =>
    !!v &&
    typeof v === "object" &&
    (Array.isArray(v) || Object.getPrototypeOf(v) === Object.prototype);
  if (!plain(value)) return scrub(value) as T;
  const copy = (v: object): object => (Array.isArray(v) ? [...v] : { ...v });
  const root = copy(value);
  const stack: object[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as Record<string, unknown>;
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        const v = node[i];
        if (plain(v)) stack.push((node[i] = copy(v)));
        else node[i] = scrub(v);
      }
      continue;
    }
    for (const key of Object.keys(node)) {
      const v = node[key];
      const next = plain(v) ? copy(v) : scrub(v);
      if (plain(next)) stack.push(next);
      const clean = scrubText(key);
      if (clean !== key) delete node[key];
      node[clean] = next;
    }
  }
  return root as T;
}
