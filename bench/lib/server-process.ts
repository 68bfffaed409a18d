// Starts bench/lib/serve.ts as a child process and talks to it: its origin, then, on close, the
// counts of what it served.
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import type { BenchServer, BenchSettings, Served } from "./server.js";

const SERVE = fileURLToPath(new URL("./serve.ts", import.meta.url));

export interface ServerProcess extends Omit<BenchServer, "settings" | "served" | "close"> {
  /** Stops the server; resolves with what it served. */
  close(): Promise<Served>;
}

export async function startServerProcess(
  settings: Partial<BenchSettings> = {},
): Promise<ServerProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", SERVE, JSON.stringify(settings)], {
    stdio: ["pipe", "pipe", "inherit"],
  });
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const first = await lines.next();
  if (first.done) throw new Error("the bench server process exited before it listened");
  return {
    origin: first.value,
    close: async () => {
      child.stdin.end("close\n");
      const last = await lines.next();
      if (last.done) throw new Error("the bench server process exited without its counts");
      return JSON.parse(last.value) as Served;
    },
  };
}
