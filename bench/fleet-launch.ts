// Starts a fleet of worker processes (fleet-worker.ts), starts them together, and collects their
// reports. The worker is bundled once per fleet with esbuild (a fraction of a second), so each
// process starts as plain node, without compiling TypeScript itself.
import { build } from "esbuild";
import { fork } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { WorkerReport, WorkerTask } from "./fleet-worker.js";

const WORKER = fileURLToPath(new URL("./fleet-worker.ts", import.meta.url));

export interface Fleet {
  /** Starts `size` workers on `task`, together, and resolves with their reports. */
  run(size: number, task: WorkerTask): Promise<WorkerReport[]>;
  /** Removes the bundle. */
  dispose(): Promise<void>;
}

export async function prepareFleet(): Promise<Fleet> {
  const dir = await mkdtemp(join(tmpdir(), "posthog-fleet-"));
  const bundle = join(dir, "worker.mjs");
  try {
    await build({
      entryPoints: [WORKER],
      outfile: bundle,
      bundle: true,
      platform: "node",
      format: "esm",
      target: "node20",
      logLevel: "silent",
      // ioredis is CommonJS: give the bundle a require of its own.
      banner: {
        js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
      },
    });
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    run: (size, task) => launch(size, bundle, task),
    dispose: () => rm(dir, { recursive: true, force: true }),
  };
}

async function launch(size: number, bundle: string, task: WorkerTask): Promise<WorkerReport[]> {
  const workers = Array.from({ length: size }, () =>
    fork(bundle, [JSON.stringify(task)], { stdio: "inherit" }),
  );
  try {
    const ready = workers.map(
      (worker) =>
        new Promise<void>((resolve, reject) => {
          worker.once("message", () => resolve());
          worker.once("exit", (code) =>
            reject(new Error(`a fleet worker exited (${code}) before it was ready`)),
          );
        }),
    );
    const reports = workers.map(
      (worker) =>
        new Promise<WorkerReport>((resolve, reject) => {
          worker.on("message", (message) => {
            if (message !== "ready") resolve(message as WorkerReport);
          });
          worker.once("exit", (code) =>
            reject(new Error(`a fleet worker exited (${code}) before reporting`)),
          );
          worker.once("error", reject);
        }),
    );
    // A worker that fails before it is ready fails `ready`; its report is not waited for then.
    for (const report of reports) report.catch(() => {});
    await Promise.all(ready);
    for (const worker of workers) worker.send("go");
    return await Promise.all(reports);
  } finally {
    for (const worker of workers) if (worker.exitCode === null) worker.kill();
  }
}
