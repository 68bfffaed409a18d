// A page of any style, read as { results, count, next } by the style's behaviour.
import type { PaginationBehaviour } from "./styles.js";

export interface NormalizedPage<Item> {
  results: Item[];
  /** The total, where the server says it (in the style's count field). */
  count: number | undefined;
  next: string | null;
}

export function normalizePage<Item>(
  behaviour: PaginationBehaviour,
  data: unknown,
): NormalizedPage<Item> | undefined {
  if (behaviour.items === "body")
    return Array.isArray(data) ? { results: data, count: data.length, next: null } : undefined;
  if (!data || typeof data !== "object" || !Array.isArray((data as { results?: unknown }).results))
    return undefined;
  const page = data as Record<string, unknown> & { results: Item[] };
  const count = behaviour.countField === undefined ? undefined : page[behaviour.countField];
  return {
    results: page.results,
    count: typeof count === "number" ? count : undefined,
    next: typeof page.next === "string" && page.next !== "" ? page.next : null,
  };
}
