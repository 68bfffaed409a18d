// The checkpoint of a resumable export, rewritten after each page: which export it is, what was
// written (rows, pages, and the data file's length then), and where to continue (the query of the
// server's next link, without origin or path, so a resumed export only ever goes to the configured
// host). It never holds a key: the client's key is not passed here, and a query parameter named like
// a credential is refused before the first page.
import { readFile, rename, writeFile } from "node:fs/promises";
import { PostHogParameterError } from "../errors/parameter-error.js";

export interface Checkpoint {
  version: 1;
  /** The operation's path template, its path parameters and its query as first asked. */
  path: string;
  pathParams: Record<string, string>;
  query: Record<string, unknown>;
  format: "csv" | "jsonl";
  host: string;
  rows: number;
  pages: number;
  /** Bytes of the data file (the output for JSON Lines, the spool for CSV) after the last page. */
  bytes: number;
  /** The query string to continue from, or null when every page was read. */
  next: string | null;
  /** CSV: the columns seen so far (the header is their sorted union). */
  columns?: string[];
  /** Offset lists: the total the server reported first, to notice rows added or deleted. */
  count?: number;
  /** Ids of the last page's items, to notice items shifted into the next page. */
  lastIds?: string[];
  updatedAt: string;
}

const CREDENTIAL =
  /^(personal_api_key|api_key|apikey|token|access_token|sharing_access_token|password|secret)$/i;

/** Refuses a query that would put a credential into the checkpoint file. */
export function checkCheckpointQuery(query: Record<string, unknown>): void {
  for (const name of Object.keys(query)) {
    if (CREDENTIAL.test(name)) {
      throw new PostHogParameterError(
        name,
        "query",
        `params.query.${name} looks like a credential; a resumable export would write it into its checkpoint file. Pass the key as the client's apiKey.`,
      );
    }
  }
}

/** Removes credential-like parameters from a next link's query before it is stored. */
export function storableNext(search: string): string {
  const params = new URLSearchParams(search);
  for (const name of [...new Set(params.keys())]) if (CREDENTIAL.test(name)) params.delete(name);
  return params.toString();
}

export async function readCheckpoint(file: string): Promise<Checkpoint | undefined> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
  const checkpoint = JSON.parse(text) as Checkpoint;
  if (checkpoint?.version !== 1) throw new Error(`${file} is not an export checkpoint.`);
  return checkpoint;
}

/** Written whole or not at all: a kill mid-write leaves the previous checkpoint. */
export async function writeCheckpoint(file: string, checkpoint: Checkpoint): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, JSON.stringify(checkpoint, null, 1) + "\n");
  await rename(temporary, file);
}
