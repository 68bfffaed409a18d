// paginate(): every item of a list operation, page after page, through the client. The options
// are checked now, so a mistake throws where paginate() is called; the reading itself
// (./read-pages.ts) loads on the first page asked for, keeping it out of what an import loads.
import { PostHogParameterError } from "../errors/parameter-error.js";
import type { Page, PaginateContext, Paginator } from "./types.js";

export type { PaginateOptions, Page, Paginator } from "./types.js";

const loadReadPages = () => import("./read-pages.js");

function checkOptions({ maxItems, maxPages, concurrency }: PaginateContext["options"]): void {
  for (const [name, value] of Object.entries({ maxItems, maxPages, concurrency })) {
    if (value !== undefined && !(Number.isSafeInteger(value) && value >= 1)) {
      throw new PostHogParameterError(
        name,
        "query",
        `paginate's ${name} must be a whole number >= 1; got ${value}.`,
      );
    }
  }
}

export function paginate<Item>(context: PaginateContext): Paginator<Item> {
  checkOptions(context.options);
  if (context.init.params?.query?.format === "csv") {
    throw new PostHogParameterError(
      "format",
      "query",
      'paginate reads JSON pages; use csvRows() for format: "csv".',
    );
  }
  const pages = () => readPagesLazily<Item>(context);
  return {
    pages,
    async *[Symbol.asyncIterator]() {
      for await (const page of pages()) yield* page.results;
    },
    async toArray() {
      const items: Item[] = [];
      for await (const page of pages()) items.push(...page.results);
      return items;
    },
  };
}

async function* readPagesLazily<Item>(context: PaginateContext): AsyncIterableIterator<Page<Item>> {
  const { readPages } = await loadReadPages();
  yield* readPages<Item>(context);
}
