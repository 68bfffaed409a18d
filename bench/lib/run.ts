// Runs a command to its end: its wall time, exit code and both outputs (the benchmarks' child
// processes report on them).
import { spawn } from "node:child_process";
import { now } from "./stats.js";

export function run(
  command: string,
  args: string[],
  options: { cwd?: string } = {},
): Promise<{ ms: number; code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolvePromise, reject) => {
    const start = now();
    const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"], ...options });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c) => (stdout += c));
    child.stderr.on("data", (c) => (stderr += c));
    child.on("error", reject);
    child.on("close", (code) => resolvePromise({ ms: now() - start, code, stdout, stderr }));
  });
}
