// Progress on stderr: a bar redrawn in place on a terminal, plain lines every few seconds elsewhere
// (a pipe, a log file), and a summary line at the end either way.
import type { ExportProgress } from "../export/progress.js";

export type ProgressMode = "bar" | "lines" | "none";

export interface ProgressView {
  update(progress: ExportProgress): void;
  note(text: string): void;
  /** Ends the bar's line, if one is drawn. */
  close(): void;
}

const number = (n: number) => Math.round(n).toLocaleString("en-US");

export function describeProgress(label: string, p: ExportProgress): string {
  const of = p.total !== undefined ? ` of ${number(p.total)}` : "";
  const percent = p.total ? ` (${Math.min(100, Math.floor((p.items * 100) / p.total))}%)` : "";
  const waits = p.rateLimitWaits
    ? `, waited ${(p.rateLimitWaitMs / 1000).toFixed(1)}s for the rate limit`
    : "";
  return `${label}: ${number(p.items)}${of} items${percent}, ${number(p.pages)} pages, ${number(p.rate)} items/s${waits}`;
}

export function progressView(
  mode: ProgressMode,
  label: string,
  write: (text: string) => void,
  intervalMs: number,
): ProgressView {
  let last = -Infinity;
  let drawn = false;
  const bar = (p: ExportProgress) => {
    const width = 24;
    const filled = p.total
      ? Math.min(width, Math.round((p.items / p.total) * width))
      : (p.pages % width) + 1;
    const track = p.total
      ? "#".repeat(filled) + "-".repeat(width - filled)
      : "-".repeat(filled - 1) + "#" + "-".repeat(width - filled);
    return `\r\x1b[2K[${track}] ${describeProgress(label, p)}`;
  };
  return {
    update(p) {
      if (mode === "none") return;
      const now = Date.now();
      if (!p.done && now - last < intervalMs) return;
      last = now;
      if (mode === "bar") {
        write(bar(p) + (p.done ? "\n" : ""));
        drawn = !p.done;
      } else {
        write(`${describeProgress(label, p)}${p.done ? ", done" : ""}\n`);
      }
    },
    note(text) {
      if (drawn) write("\r\x1b[2K");
      write(text + "\n");
      drawn = false;
    },
    close() {
      if (drawn) write("\n");
      drawn = false;
    },
  };
}
