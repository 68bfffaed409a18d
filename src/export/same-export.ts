// A checkpoint continues only the export it was written for: same operation, path parameters, query,
// format and host. Anything else would mix two exports in one file.
import { isDeepStrictEqual } from "node:util";
import { PostHogParameterError } from "../errors/parameter-error.js";
import type { Checkpoint } from "./checkpoint.js";

export function sameExport(
  saved: Checkpoint,
  now: Pick<Checkpoint, "path" | "pathParams" | "query" | "format" | "host">,
  file: string,
): void {
  for (const key of ["path", "pathParams", "query", "format", "host"] as const) {
    // Compared as JSON would store them (a Date becomes its ISO string).
    const current = JSON.parse(JSON.stringify(now[key] ?? null)) as unknown;
    if (!isDeepStrictEqual(saved[key] ?? null, current)) {
      throw new PostHogParameterError(
        "resume",
        "query",
        `The checkpoint ${file} is for another export (its ${key} is ${JSON.stringify(saved[key])}, this one's is ${JSON.stringify(current)}). Resume with the same arguments, or delete the checkpoint to start again.`,
      );
    }
  }
}
