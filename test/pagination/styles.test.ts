// The pagination styles table: every style the spec names has its behaviour there, and the code reads
// pages by that behaviour alone.
import { describe, expect, it } from "vitest";
import { operations } from "../../generated/operations.js";
import { normalizePage } from "../../src/pagination/normalize-page.js";
import { positionOf, whyNoProgress } from "../../src/pagination/progress.js";
import { PAGINATION_STYLES, type PaginationBehaviour } from "../../src/pagination/styles.js";

describe("PAGINATION_STYLES", () => {
  it("describes every style a list operation names (x-pagination)", () => {
    const named = Object.values(operations).flatMap((methods) =>
      Object.values(methods as Record<string, { pagination?: string }>).flatMap((meta) =>
        meta.pagination ? [meta.pagination] : [],
      ),
    );
    expect(named.length).toBeGreaterThan(0);
    for (const style of named) expect(Object.keys(PAGINATION_STYLES)).toContain(style);
  });

  it("gives every style that follows next links a parameter that must advance", () => {
    for (const [name, behaviour] of Object.entries(PAGINATION_STYLES) as [
      string,
      PaginationBehaviour,
    ][]) {
      if (behaviour.items === "body") continue;
      expect(behaviour.advance, name).toBeDefined();
      if (behaviour.computable) expect(behaviour.advance?.by, name).toBe("increase");
    }
  });
});

describe("the cursor style (groups' DRF CursorPagination), read by its entry alone", () => {
  const cursor: PaginationBehaviour = PAGINATION_STYLES.cursor;

  it("reads its pages", () => {
    expect(normalizePage(cursor, { next: "/x?cursor=b", results: [1], count: 9 })).toEqual({
      results: [1],
      count: undefined,
      next: "/x?cursor=b",
    });
  });

  it("checks that its cursor changes", () => {
    const at = (query: string) =>
      positionOf(cursor, (param) => new URLSearchParams(query).get(param));
    expect(whyNoProgress(cursor, at(""), at("cursor=a"))).toBeUndefined();
    expect(whyNoProgress(cursor, at("cursor=a"), at("cursor=a&x=1"))).toBe("keeps the same cursor");
  });

  it("reads a total from any field it names", () => {
    const counted: PaginationBehaviour = { ...cursor, countField: "total_count" };
    expect(normalizePage(counted, { results: [], total_count: 4, next: null })?.count).toBe(4);
  });
});
