// The call pipeline's own options: logging and the response size limit.
import { PostHogConfigError } from "../errors/config-error.js";
import { isLogLevel, LOG_LEVELS, type Logger, type LogLevel } from "./log.js";

export interface PipelineOptions {
  /** Where log lines go: console-shaped (console, pino, winston...). Default: console. */
  logger?: Logger | undefined;
  /** "off", "error", "warn" (default), "info" (retries and waits) or "debug" (every attempt).
   * Defaults to the POSTHOG_LOG environment variable. */
  logLevel?: LogLevel | undefined;
  /** The most a buffered response body may hold once decoded, in bytes (default 64 MiB). A larger
   * one ends the call with PostHogResponseTooLargeError. Streamed bodies (csvRows, the tile
   * stream) are not limited by it. */
  maxResponseBytes?: number | undefined;
}

export const DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024;

export interface ResolvedPipelineOptions {
  logger: Logger | undefined;
  logLevel: LogLevel | undefined;
  maxResponseBytes: number;
}

export function resolvePipelineOptions(options: PipelineOptions = {}): ResolvedPipelineOptions {
  const { logger, logLevel, maxResponseBytes } = options;
  if (logger !== undefined) {
    const missing = (["error", "warn", "info", "debug"] as const).filter(
      (name) => typeof (logger as unknown as Record<string, unknown>)?.[name] !== "function",
    );
    if (missing.length > 0) {
      throw new PostHogConfigError(
        "logger",
        `logger must be console-shaped: it has no ${missing.join(", ")} method.`,
      );
    }
  }
  if (logLevel !== undefined && !isLogLevel(logLevel)) {
    throw new PostHogConfigError("logLevel", `logLevel must be one of ${LOG_LEVELS.join(", ")}.`);
  }
  if (
    maxResponseBytes !== undefined &&
    !(Number.isSafeInteger(maxResponseBytes) && maxResponseBytes > 0)
  ) {
    throw new PostHogConfigError(
      "maxResponseBytes",
      "maxResponseBytes must be a positive whole number of bytes.",
    );
  }
  return {
    logger,
    logLevel,
    maxResponseBytes: maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES,
  };
}
