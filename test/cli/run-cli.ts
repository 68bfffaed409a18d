// Runs the command as a real child process (node with tsx, from the source), on pipes or, through
// util-linux `script`, on a pseudo-terminal.
import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const BIN = fileURLToPath(new URL("../../src/cli/bin.ts", import.meta.url));

export interface CliRun {
  child: ChildProcess;
  done: Promise<{
    code: number | null;
    signal: NodeJS.Signals | null;
    stdout: string;
    stderr: string;
  }>;
}

export function startCli(
  args: string[],
  env: Record<string, string>,
  options: { pty?: boolean } = {},
): CliRun {
  const base = { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/tmp", ...env };
  const node = [process.execPath, "--import", "tsx", BIN, ...args];
  const quote = (s: string) => `'${s.replaceAll("'", "'\\''")}'`;
  const child = options.pty
    ? spawn("script", ["-qec", node.map(quote).join(" "), "/dev/null"], {
        cwd: ROOT,
        env: base,
        stdio: ["ignore", "pipe", "pipe"],
      })
    : spawn(node[0]!, node.slice(1), { cwd: ROOT, env: base, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout!.setEncoding("utf8").on("data", (c: string) => (stdout += c));
  child.stderr!.setEncoding("utf8").on("data", (c: string) => (stderr += c));
  const done = new Promise<{
    code: number | null;
    signal: NodeJS.Signals | null;
    stdout: string;
    stderr: string;
  }>((resolve) => child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr })));
  return { child, done };
}

export const runCli = (
  args: string[],
  env: Record<string, string> = {},
  options: { pty?: boolean } = {},
) => startCli(args, env, options).done;
