// A streamed helper's size limit (csvRows' maxRecordChars, the tile stream's maxMessageBytes): a
// whole number >= 1, or undefined for the default.
import { PostHogConfigError } from "./errors/config-error.js";

export function checkStreamLimit(
  value: unknown,
  fallback: number,
  where: { helper: string; option: string; unit: string },
): number {
  if (value === undefined) return fallback;
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 1) {
    throw new PostHogConfigError(
      where.option,
      `${where.helper}' ${where.option} must be a whole number of ${where.unit} >= 1; got ${typeof value === "number" ? value : typeof value}.`,
    );
  }
  return value;
}
