// `posthog-environments-client export <operation> [flags]`: the complete export from the command line,
// configured from the client's environment variables, with progress on stderr, a checkpoint after
// each page, and Ctrl-C ending cleanly with the checkpoint kept.
import { existsSync } from "node:fs";
import type { Writable } from "node:stream";
import { createPostHogClient } from "../client.js";
import { PostHogConfigError } from "../errors/config-error.js";
import { PostHogError } from "../errors/posthog-error.js";
import { PostHogParameterError } from "../errors/parameter-error.js";
import { exportList } from "../export/export.js";
import { createWaitFeed } from "../export/wait-feed.js";
import type { ExportWarning } from "../export/shifts.js";
import { EXIT } from "./exit-codes.js";
import { readFlags } from "./flags.js";
import { mainHelp, operationHelp } from "./help.js";
import { findOperation, listOperations } from "./list-operations.js";
import { progressView, type ProgressMode } from "./progress-view.js";
import { UsageError } from "./usage-error.js";

export interface CliIo {
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable & { isTTY?: boolean };
  env: Record<string, string | undefined>;
  /** Where SIGINT and SIGTERM are heard (the process). */
  signals?: {
    on(signal: NodeJS.Signals, f: () => void): unknown;
    off(signal: NodeJS.Signals, f: () => void): unknown;
  };
}

class Interrupted extends Error {
  constructor(readonly signal: "SIGINT" | "SIGTERM") {
    super(`interrupted by ${signal}`);
  }
}

const RISKY: ReadonlySet<ExportWarning["kind"]> = new Set([
  "count-changed",
  "timestamp-tie",
  "relative-window",
]);

export async function main(argv: string[], io: CliIo): Promise<number> {
  const err = (text: string) => io.stderr.write(text.endsWith("\n") ? text : `${text}\n`);
  try {
    return await run(argv, io, err);
  } catch (error) {
    if (
      error instanceof UsageError ||
      error instanceof PostHogParameterError ||
      error instanceof PostHogConfigError
    ) {
      err(`error: ${error.message}\nRun \`posthog-environments-client export --help\` for usage.`);
      return EXIT.usage;
    }
    err(`error: ${error instanceof Error ? error.message : String(error)}`);
    return EXIT.api;
  }
}

async function run(argv: string[], io: CliIo, err: (text: string) => void): Promise<number> {
  const [command, target, ...rest] = argv;
  if (command === undefined || command === "--help" || command === "-h" || command === "help") {
    io.stdout.write(mainHelp(listOperations()));
    return command === undefined ? EXIT.usage : EXIT.ok;
  }
  if (command !== "export")
    throw new UsageError(`unknown command ${JSON.stringify(command)}; the command is \`export\`.`);
  if (target === undefined || target === "--help" || target === "-h") {
    io.stdout.write(mainHelp(listOperations()));
    return target === undefined ? EXIT.usage : EXIT.ok;
  }
  if (target.startsWith("-"))
    throw new UsageError("name the operation to export first, e.g. `export persons`.");
  const found = findOperation(target);
  if (!found) {
    const names = [...new Set(listOperations().map((op) => op.name))].join(", ");
    throw new UsageError(`${JSON.stringify(target)} is not a list operation. These are: ${names}.`);
  }
  const { operation } = found;
  const { flags, query, pathParams: flagParams } = readFlags(rest, operation);
  if (flags.help) {
    io.stdout.write(operationHelp(operation));
    return EXIT.ok;
  }
  const pathParams: Record<string, string> = { ...found.pathParams, ...flagParams };
  for (const name of operation.pathParams) {
    if (pathParams[name] === undefined)
      throw new UsageError(`${operation.name} needs --${name} (or the value in the path).`);
  }
  const projectId = found.pathParams.project_id ?? flags.projectId ?? io.env.POSTHOG_PROJECT_ID;
  if (!projectId) throw new UsageError("no project: set POSTHOG_PROJECT_ID or pass --project-id.");
  if (flags.resume && !flags.out && !flags.checkpoint) {
    throw new UsageError("--resume needs --out FILE (an export to stdout cannot resume).");
  }
  const host = flags.host ?? (io.env.POSTHOG_HOST || undefined);
  // The progress counts the rate limiter's waits, which the client reports through its logger;
  // its warnings and errors still reach stderr.
  const waits = createWaitFeed({
    warn: (message) => io.stderr.write(`${message}\n`),
    error: (message) => io.stderr.write(`${message}\n`),
  });
  const client = createPostHogClient({
    apiKey: io.env.POSTHOG_PERSONAL_API_KEY,
    host,
    projectId,
    logger: waits.logger,
    logLevel: "info",
  });

  const checkpoint = flags.checkpoint ?? (flags.out ? `${flags.out}.checkpoint.json` : undefined);
  if (!flags.resume && checkpoint && existsSync(checkpoint)) {
    err(`note: starting over; ${checkpoint} is from an earlier run (--resume would continue it).`);
  }
  // A bar redrawn in place would tangle with rows written to the same terminal.
  const barFits = io.stderr.isTTY && (flags.out !== undefined || !io.stdout.isTTY);
  const mode: ProgressMode = flags.quiet
    ? "none"
    : flags.progress === "auto"
      ? barFits
        ? "bar"
        : "lines"
      : flags.progress;
  const intervalMs = Number(io.env.POSTHOG_EXPORT_PROGRESS_MS ?? (mode === "bar" ? 100 : 5000));
  const view = progressView(mode, operation.name, (text) => io.stderr.write(text), intervalMs);

  const controller = new AbortController();
  const onSignal = (signal: "SIGINT" | "SIGTERM") => () => {
    // A second Ctrl-C ends at once; the checkpoint on disk is from the last whole page.
    if (controller.signal.aborted) process.exit(signal === "SIGINT" ? EXIT.sigint : EXIT.sigterm);
    controller.abort(new Interrupted(signal));
  };
  const onInt = onSignal("SIGINT");
  const onTerm = onSignal("SIGTERM");
  io.signals?.on("SIGINT", onInt);
  io.signals?.on("SIGTERM", onTerm);

  const warnings: ExportWarning[] = [];
  let items = 0;
  let toldResume = false;
  const tellResume = (at: { items: number; pages: number } | undefined) => {
    if (toldResume || !at) return;
    toldResume = true;
    view.note(
      `Resumed at item ${at.items.toLocaleString("en-US")} (after page ${at.pages}) from ${checkpoint}.`,
    );
  };
  try {
    const result = await exportList(client as never, operation.path, {
      format: flags.format,
      out: flags.out ?? io.stdout,
      ...(checkpoint ? { checkpoint } : {}),
      resume: flags.resume,
      params: { path: pathParams, query },
      signal: controller.signal,
      rateLimitWaits: waits.subscribe,
      ...(flags.concurrency ? { concurrency: flags.concurrency } : {}),
      onProgress: (p) => {
        items = p.items;
        tellResume(p.resumedAt);
        view.update(p);
      },
      onWarning: (w) => {
        warnings.push(w);
        view.note(`${RISKY.has(w.kind) ? "warning" : "note"}: ${w.message}`);
      },
    });
    tellResume(result.resumedAt);
    view.close();
    err(
      `Exported ${result.items.toLocaleString("en-US")} items (${result.pages} pages) to ${flags.out ?? "stdout"} as ${result.format}.`,
    );
    if (warnings.some((w) => RISKY.has(w.kind))) {
      err("Rows may be missing (see the warnings above): export again for an exact copy.");
      return EXIT.incomplete;
    }
    return EXIT.ok;
  } catch (error) {
    view.close();
    const reason = controller.signal.aborted ? controller.signal.reason : undefined;
    const kept =
      checkpoint && existsSync(checkpoint)
        ? ` The checkpoint ${checkpoint} is kept: run the same command with --resume to continue.`
        : "";
    if (reason instanceof Interrupted) {
      err(`Interrupted after ${items.toLocaleString("en-US")} items.${kept}`);
      return reason.signal === "SIGINT" ? EXIT.sigint : EXIT.sigterm;
    }
    if (
      error instanceof PostHogError &&
      !(error instanceof PostHogParameterError || error instanceof PostHogConfigError)
    ) {
      err(`error: ${error.message}${kept}`);
      return EXIT.api;
    }
    throw error;
  } finally {
    io.signals?.off("SIGINT", onInt);
    io.signals?.off("SIGTERM", onTerm);
  }
}
