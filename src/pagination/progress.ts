// A `next` link must advance: the style's advance parameter grows (offsets, page numbers) or changes
// (cursors) from one request to the next. A link that keeps it and changes only something else would
// page for ever, so it ends the loop instead.
import type { PaginationBehaviour } from "./styles.js";

/** Where a request stands, by its advance parameter: a number, a cursor, or undefined when unreadable. */
export type Position = number | string | undefined;

export function positionOf(
  behaviour: PaginationBehaviour,
  read: (param: string) => string | null | undefined,
): Position {
  const advance = behaviour.advance;
  if (!advance) return undefined;
  const raw = read(advance.param);
  if (advance.by === "change") return raw ?? "";
  if (raw === null || raw === undefined || raw === "") return advance.from;
  // Digits only, as the server reads them (Django's int() takes no "1e2" or "0x10").
  const value = /^\d+$/.test(raw) ? Number(raw) : NaN;
  return Number.isSafeInteger(value) ? value : undefined;
}

/** Why `next` does not advance past `previous`, or undefined when it does. */
export function whyNoProgress(
  behaviour: PaginationBehaviour,
  previous: Position,
  next: Position,
): string | undefined {
  const advance = behaviour.advance;
  if (!advance) return undefined;
  if (advance.by === "change") {
    return next === previous ? `keeps the same ${advance.param}` : undefined;
  }
  if (typeof next !== "number") return `has no readable ${advance.param}`;
  if (typeof previous === "number" && next <= previous)
    return `does not move ${advance.param} forward (${previous} to ${next})`;
  return undefined;
}
