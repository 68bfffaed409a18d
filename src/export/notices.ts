// What an export says before its first page: that an offset-paged list can shift while it runs, and
// that a resume re-reads a relative time window from the resume's now.
import type { PaginationStyle } from "../../generated/operations.js";
import { isOffsetPaged, type ExportWarning } from "./shifts.js";

const TIME_PARAMS = /^(after|before|date_from|date_to)$/;

export function startNotices(
  style: PaginationStyle,
  path: string,
  query: Record<string, unknown>,
  resumed: boolean,
): ExportWarning[] {
  const notices: ExportWarning[] = [];
  if (isOffsetPaged(style)) {
    notices.push({
      kind: "offset-paging",
      message: `${path} is paged by offset: rows added or deleted while the export runs shift the pages. Items read twice are dropped and a changed count is reported${style === "persons" ? " (the persons list reports a count only with include_total)" : ""}.`,
    });
  }
  const relative = Object.entries(query).filter(
    ([name, value]) => TIME_PARAMS.test(name) && /^-\d/.test(String(value)),
  );
  if (resumed && relative.length) {
    notices.push({
      kind: "relative-window",
      message: `Resumed with a relative time (${relative.map(([n, v]) => `${n}=${String(v)}`).join(", ")}), which the server reads again from now: rows that have left the window since the first run are not read. Give absolute times to resume an export exactly.`,
    });
  }
  return notices;
}
