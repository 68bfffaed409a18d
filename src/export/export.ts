// exportList(): every item of a list operation, read through the client's paginate (so auth,
// retries, timeouts, the rate limiter and `concurrency` apply), written as CSV exactly as PostHog's
// renderer would write it, or as JSON Lines, to a file or a stream, in flat memory. With a file it
// checkpoints after each page and can resume without duplicating or skipping rows.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Writable } from "node:stream";
import { operations, type OperationMeta } from "../../generated/operations.js";
import { PostHogParameterError } from "../errors/parameter-error.js";
import type { PaginateOptions, Paginator } from "../pagination/types.js";
import { checkNextUrl } from "../pagination/next-url.js";
import type { SendInit } from "../send.js";
import {
  checkCheckpointQuery,
  readCheckpoint,
  storableNext,
  writeCheckpoint,
  type Checkpoint,
} from "./checkpoint.js";
import { DataFile } from "./data-file.js";
import { flattenItem } from "./flatten.js";
import { ProgressTracker, type ExportProgress } from "./progress.js";
import { datetimeFieldsFor } from "./renderings.js";
import { startNotices } from "./notices.js";
import { ShiftWatch, type ExportWarning } from "./shifts.js";
import { ColumnSet, finishCsv, spoolLine, writeToStream } from "./spool.js";
import { sameExport } from "./same-export.js";

/** What exportList needs of a client: createPostHogClient's result has it. */
export interface ExportClient {
  readonly host: string;
  paginate(path: never, init?: never, options?: never): unknown;
}

export interface ExportOptions {
  /** "csv" (PostHog's CSV, default) or "jsonl" (one JSON item per line, as the server sent it). */
  format?: "csv" | "jsonl";
  /** A file path (resumable), or a stream to write to. */
  out: string | Writable;
  /** The checkpoint file (default `<out>.checkpoint.json` when `out` is a path); false for none. */
  checkpoint?: string | false;
  /** Continue from the checkpoint when there is one. */
  resume?: boolean;
  params?: { path?: Record<string, string | number>; query?: Record<string, unknown> };
  signal?: AbortSignal;
  /** Pages fetched at once, for offset lists that report a count (see paginate). */
  concurrency?: number;
  /** Called after each page, and once more when done. */
  onProgress?: (progress: ExportProgress) => void;
  /** Rows that may have shifted, counts that changed, and other things worth saying. */
  onWarning?: (warning: ExportWarning) => void;
  /** Subscribes to the rate limiter's waits (ms each), for the progress reports. */
  rateLimitWaits?: (listener: (ms: number) => void) => (() => void) | void;
  /** Top-level fields the server renders as Python datetimes in CSV (default: per operation). */
  datetimeFields?: readonly string[];
}

export interface ExportResult {
  items: number;
  pages: number;
  format: "csv" | "jsonl";
  /** Where this run continued an earlier one. */
  resumedAt: { items: number; pages: number } | undefined;
  warnings: ExportWarning[];
}

export async function exportList(
  client: ExportClient,
  path: string,
  options: ExportOptions,
): Promise<ExportResult> {
  const meta = (operations as Record<string, { get?: OperationMeta }>)[path]?.get;
  const style = meta?.pagination;
  if (!style) {
    throw new PostHogParameterError(
      "path",
      "path",
      `${path} is not a list operation: exportList takes list paths.`,
    );
  }
  const format = options.format ?? "csv";
  if (format !== "csv" && format !== "jsonl") {
    throw new PostHogParameterError(
      "format",
      "query",
      `exportList writes "csv" or "jsonl"; got ${String(format)}.`,
    );
  }
  const outFile = typeof options.out === "string" ? options.out : undefined;
  const checkpointFile =
    options.checkpoint === false
      ? undefined
      : (options.checkpoint ?? (outFile && `${outFile}.checkpoint.json`));
  const query = { ...options.params?.query };
  if (query.format !== undefined) {
    throw new PostHogParameterError(
      "format",
      "query",
      "exportList reads JSON pages; choose the output with its `format` option.",
    );
  }
  const pathParams = Object.fromEntries(
    Object.entries(options.params?.path ?? {}).map(([k, v]) => [k, String(v)]),
  );
  if (options.resume && !checkpointFile) {
    throw new PostHogParameterError(
      "resume",
      "query",
      "resume needs a checkpoint file: write to a file path, or pass `checkpoint`.",
    );
  }
  if (checkpointFile) checkCheckpointQuery(query);
  const host = client.host;
  const saved = options.resume && checkpointFile ? await readCheckpoint(checkpointFile) : undefined;
  if (saved) sameExport(saved, { path, pathParams, query, format, host }, checkpointFile!);

  const warnings: ExportWarning[] = [];
  const warn = (warning: ExportWarning) => {
    warnings.push(warning);
    options.onWarning?.(warning);
  };
  for (const notice of startNotices(style, path, query, saved !== undefined)) warn(notice);

  // Where rows go page by page: the output itself (JSON Lines), or the spool (CSV).
  let scratch: string | undefined;
  let dataPath: string | undefined;
  if (format === "csv") {
    if (outFile) dataPath = `${outFile}.spool`;
    else
      dataPath = join((scratch = await mkdtemp(join(tmpdir(), "posthog-export-"))), "rows.spool");
  } else {
    dataPath = outFile;
  }
  const data = dataPath ? await DataFile.open(dataPath, saved?.bytes) : undefined;
  const stream = typeof options.out === "string" ? undefined : options.out;
  const columns = new ColumnSet(saved?.columns);
  const tracker = new ProgressTracker(
    saved ? { items: saved.rows, pages: saved.pages } : undefined,
  );
  const unsubscribe = options.rateLimitWaits?.(tracker.noteWait);
  const shifts = new ShiftWatch(style, saved?.count, saved?.lastIds);
  const datetimeFields = options.datetimeFields ?? datetimeFieldsFor(path);

  const init: SendInit = { params: { path: pathParams, query } };
  if (saved?.next) init.rawQuery = saved.next;
  const paginateOptions: PaginateOptions = {};
  if (options.signal) paginateOptions.signal = options.signal;
  if (options.concurrency !== undefined) paginateOptions.concurrency = options.concurrency;
  const paginator = (
    client as unknown as {
      paginate(p: string, i: SendInit, o: PaginateOptions): Paginator<unknown>;
    }
  ).paginate(path, init, paginateOptions);

  try {
    if (saved?.next !== null || !saved) {
      for await (const page of paginator.pages()) {
        const pathname = new URL(page.response.url || host).pathname;
        // Checked like paginate checks it, before anything of this page is kept.
        const next =
          page.next === null
            ? null
            : storableNext(checkNextUrl(page.next, host, pathname, style).search);
        const checked = shifts.check(page.results, page.count, next !== null, tracker.items);
        for (const warning of checked.warnings) warn(warning);
        let text = "";
        for (const item of checked.items) {
          if (format === "jsonl") text += JSON.stringify(item) + "\n";
          else {
            const row = flattenItem(item, { datetimeFields });
            columns.add(row);
            text += spoolLine(row);
          }
        }
        if (data) await data.write(text);
        else await writeToStream(stream!, text);
        tracker.page(checked.items.length, page.count);
        if (checkpointFile && data) {
          await data.sync();
          const checkpoint: Checkpoint = {
            version: 1,
            path,
            pathParams,
            query,
            format,
            host,
            rows: tracker.items,
            pages: tracker.pages,
            bytes: data.bytes,
            next,
            ...(format === "csv" ? { columns: [...columns.columns] } : {}),
            ...shifts.state,
            updatedAt: new Date().toISOString(),
          };
          await writeCheckpoint(checkpointFile, checkpoint);
        }
        options.onProgress?.(tracker.snapshot());
      }
    }
    await data?.close();
    if (format === "csv") await finishCsv(dataPath!, columns, outFile, stream);
    // The checkpoint goes before the spool: a kill between the two leaves a spare file, not a
    // checkpoint whose spool is gone.
    if (checkpointFile) await rm(checkpointFile, { force: true });
    if (format === "csv" && outFile) await rm(dataPath!, { force: true });
    options.onProgress?.(tracker.snapshot(true));
    return {
      items: tracker.items,
      pages: tracker.pages,
      format,
      resumedAt: tracker.resumedAt,
      warnings,
    };
  } finally {
    await data?.close().catch(() => {});
    if (typeof unsubscribe === "function") unsubscribe();
    if (scratch) await rm(scratch, { recursive: true, force: true });
  }
}
