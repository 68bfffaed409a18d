// PostHog's CSV renderer (rest_framework_csv 3.0.2, CSVRenderer.flatten_item) flattens each row to
// one level: a scalar is keyed "", a dict's or list's children are nested under their key or index
// with nest_flat_item (`key.child`, or just `key` when the child's own key is ""), so an empty
// object or list leaves no column, and a later key overwrites an earlier one that flattens to the
// same name. Cells are rendered as Python's csv.writer would (python-text.ts).
import { pythonCell, pythonDatetime } from "./python-text.js";

export type FlatRow = Record<string, string>;

export interface FlattenOptions {
  /** Top-level fields the server renders as Python datetimes (str(datetime), not ISO with a T). */
  datetimeFields?: readonly string[];
}

export function flattenItem(item: unknown, options: FlattenOptions = {}): FlatRow {
  const out: FlatRow = Object.create(null) as FlatRow;
  const datetimes = options.datetimeFields ?? [];
  const path: string[] = [];
  const leaf = (value: unknown): void => {
    // nest_flat_item applied from the innermost level out.
    let key = "";
    for (let i = path.length - 1; i >= 0; i--) key = key ? `${path[i]}.${key}` : path[i]!;
    const datetime = path.length === 1 && typeof value === "string" && datetimes.includes(key);
    out[key] = datetime ? pythonDatetime(value) : pythonCell(value);
  };
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (let index = 0; index < value.length; index++) {
        path.push(String(index));
        walk(value[index]);
        path.pop();
      }
    } else if (value !== null && typeof value === "object") {
      for (const [name, child] of Object.entries(value)) {
        path.push(name);
        walk(child);
        path.pop();
      }
    } else {
      leaf(value);
    }
  };
  walk(item);
  return out;
}
