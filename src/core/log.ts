// The client's logger: console-shaped, with a level from the `logLevel` option or the POSTHOG_LOG
// environment variable (as openai-node does). Lines carry the method, the redacted path, the status,
// the duration and the attempt, never the key.

export type LogLevel = "off" | "error" | "warn" | "info" | "debug";

/** Anything console-shaped: console itself, pino, winston... */
export interface Logger {
  error(message: string, ...rest: unknown[]): void;
  warn(message: string, ...rest: unknown[]): void;
  info(message: string, ...rest: unknown[]): void;
  debug(message: string, ...rest: unknown[]): void;
}

/** What a line is about: structured, for loggers that keep fields. */
export interface LogFields {
  method: string;
  /** Path and query, credentials masked and keys scrubbed. */
  path: string;
  attempt?: number;
  status?: number;
  durationMs?: number;
  waitMs?: number;
}

const RANK: Record<LogLevel, number> = { off: 0, error: 1, warn: 2, info: 3, debug: 4 };
export const LOG_LEVELS = Object.keys(RANK) as LogLevel[];

export function isLogLevel(value: unknown): value is LogLevel {
  return typeof value === "string" && value in RANK;
}

export type Log = (level: Exclude<LogLevel, "off">, message: string, fields: LogFields) => void;

/** The level in effect: the option, else POSTHOG_LOG, else "warn". */
export function resolveLogLevel(option: LogLevel | undefined): LogLevel {
  if (option !== undefined) return option;
  const env = process.env.POSTHOG_LOG?.trim().toLowerCase();
  return isLogLevel(env) ? env : "warn";
}

/** A log function that drops what is below the level, and scrubs every line it passes on. */
export function createLog(
  logger: Logger | undefined,
  level: LogLevel,
  scrub: (text: string) => string,
): Log | undefined {
  const rank = RANK[level];
  if (rank === 0) return undefined;
  const sink = logger ?? console;
  return (lineLevel, message, fields) => {
    if (RANK[lineLevel] > rank) return;
    sink[lineLevel](`posthog: ${scrub(message)}`, { ...fields, path: scrub(fields.path) });
  };
}
