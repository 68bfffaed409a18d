// Offset-paged lists can shift while an export runs: a row added ahead of the cursor pushes one from
// the page just read into the next (read twice), a row deleted pulls one back (never read). This
// notices what the server lets it notice: items of the previous page seen again (dropped, and
// reported), and a change in the server's count (reported: rows may be missing). Timestamp cursors
// (events) do not shift, but rows sharing the boundary timestamp may be skipped by the server.
import type { PaginationStyle } from "../../generated/operations.js";
import { behaviourOf } from "../pagination/styles.js";

export interface ExportWarning {
  kind: "offset-paging" | "shifted" | "count-changed" | "timestamp-tie" | "relative-window";
  message: string;
}

/** Lists whose pages are numbered positions (offsets, page numbers): rows can shift under them. */
export const isOffsetPaged = (style: PaginationStyle): boolean =>
  behaviourOf(style).advance?.by === "increase";

const idOf = (item: unknown): string | undefined => {
  if (!item || typeof item !== "object") return undefined;
  const { id, uuid } = item as { id?: unknown; uuid?: unknown };
  const value = id ?? uuid;
  return value === undefined || value === null ? undefined : String(value);
};

export class ShiftWatch {
  private previous: Set<string>;
  constructor(
    private readonly style: PaginationStyle,
    private count: number | undefined,
    lastIds: readonly string[] = [],
  ) {
    this.previous = new Set(lastIds);
  }

  /** The page's items minus those already read; warnings for what moved. */
  check(
    items: unknown[],
    count: number | undefined,
    hasNext: boolean,
    atItem: number,
  ): { items: unknown[]; warnings: ExportWarning[] } {
    const warnings: ExportWarning[] = [];
    if (this.style === "events") {
      const last = items.at(-1) as { timestamp?: unknown } | undefined;
      const before = items.at(-2) as { timestamp?: unknown } | undefined;
      if (hasNext && last?.timestamp !== undefined && last.timestamp === before?.timestamp) {
        warnings.push({
          kind: "timestamp-tie",
          message: `The page ending at item ${atItem + items.length} ends with several events at ${String(last.timestamp)}; the server continues strictly before it, so other events at that instant may be skipped. Use a smaller window (--after/--before) or a larger limit around it.`,
        });
      }
      return { items, warnings };
    }
    if (!isOffsetPaged(this.style)) return { items, warnings };
    const kept = this.previous.size
      ? items.filter((item) => !this.previous.has(idOf(item) ?? ""))
      : items;
    if (kept.length < items.length) {
      warnings.push({
        kind: "shifted",
        message: `${items.length - kept.length} item(s) of the page after item ${atItem} were already read on the previous page (rows were added while exporting) and were not written again.`,
      });
    }
    if (count !== undefined && this.count !== undefined && count !== this.count) {
      warnings.push({
        kind: "count-changed",
        message: `The server's count went from ${this.count} to ${count} after item ${atItem}: rows were added or deleted while exporting, so some may be missing. Export again for an exact copy.`,
      });
    }
    if (count !== undefined) this.count = count;
    this.previous = new Set(items.map(idOf).filter((id): id is string => id !== undefined));
    return { items: kept, warnings };
  }

  get state(): { count: number | undefined; lastIds: string[] } {
    return { count: this.count, lastIds: [...this.previous] };
  }
}
