// Every list shape these operations answer, read as { results, count, next }.
import type { PaginationStyle } from "../../generated/operations.js";

export interface NormalizedPage<Item> {
  results: Item[];
  /** The total, where the server says it (`count`, or `total_count` for activity pages). */
  count: number | undefined;
  next: string | null;
}

export function normalizePage<Item>(
  style: PaginationStyle,
  data: unknown,
): NormalizedPage<Item> | undefined {
  if (style === "array")
    return Array.isArray(data) ? { results: data, count: data.length, next: null } : undefined;
  if (!data || typeof data !== "object" || !Array.isArray((data as { results?: unknown }).results))
    return undefined;
  const page = data as { results: Item[]; next?: unknown; count?: unknown; total_count?: unknown };
  const count = style === "activity" ? page.total_count : page.count;
  return {
    results: page.results,
    count: typeof count === "number" ? count : undefined,
    next: typeof page.next === "string" && page.next !== "" ? page.next : null,
  };
}
