// Stoplight Prism as a mock server of the bundled spec, for the contract tests and `npm run demo`.
// Prism runs with --errors: a request that breaks the spec is refused (422, or 401 without the key an
// operation's security needs), and an answer that breaks it becomes a 500, so nothing invalid passes
// quietly. Every answer that had a violation of any severity carries an `sl-violations` header.
//
// The prism binary itself is the child process (no shell in between), so its process id is Prism's
// and stop() reaches it: SIGTERM, then SIGKILL if it has not exited in time. A child still running
// when this process exits is killed on the way out.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { request } from "node:http";
import { createServer } from "node:net";
import { resolve } from "node:path";
import type { AddressInfo } from "node:net";
import { repoRoot as ROOT } from "./lib/openapi.js";

export interface PrismServer {
  /** Where Prism listens, such as "http://127.0.0.1:41234". */
  readonly origin: string;
  readonly port: number;
  /** The process id of the prism process itself. */
  readonly pid: number;
  /** Prism's log so far (the last few hundred lines), for diagnosing a refused request. */
  log(): string;
  /** SIGTERM, then SIGKILL if Prism has not exited within 3 s. Safe to call more than once. */
  stop(): Promise<void>;
}

export interface StartPrismOptions {
  /** The spec to mock (default: generated/openapi.json). */
  spec?: string;
  /** The port (default: a free one the OS picks). */
  port?: number;
}

/** A failed start; `addressInUse` when another process took the port first. */
interface StartError extends Error {
  addressInUse?: boolean;
}
const PRISM = resolve(ROOT, "node_modules/.bin/prism");
const DEFAULT_SPEC = resolve(ROOT, "generated/openapi.json");
const HOST = "127.0.0.1";
const START_TIMEOUT_MS = 30_000;
const STOP_TIMEOUT_MS = 3_000;
const LOG_LINES = 400;

/** A port the OS reports free on 127.0.0.1 (it is released again before Prism takes it). */
function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.once("error", reject);
    server.listen(0, HOST, () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolvePort(port));
    });
  });
}

/** Resolves true once Prism answers at the port (its "no path matched" for `/`), false otherwise. */
function answers(port: number): Promise<boolean> {
  return new Promise((resolveAnswer) => {
    const req = request({ host: HOST, port, path: "/", method: "GET", timeout: 1_000 }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk) => (body += chunk));
      res.once("end", () => resolveAnswer(body.includes("stoplight.io/prism")));
      res.once("error", () => resolveAnswer(false));
    });
    req.once("timeout", () => req.destroy());
    req.once("error", () => resolveAnswer(false));
    req.end();
  });
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Starts Prism once on the given port; rejects if it exits or does not answer in time. */
async function startOnce(spec: string, port: number): Promise<PrismServer> {
  const log: string[] = [];
  let partial = "";
  const collect = (chunk: Buffer) => {
    const lines = (partial + chunk.toString("utf8")).split("\n");
    partial = lines.pop() ?? "";
    // Prism colours its log when it thinks it writes to a terminal; keep the text only.
    // eslint-disable-next-line no-control-regex -- ESC (\x1b) starts the colour codes it strips
    for (const line of lines) log.push(line.replace(/\x1b\[[0-9;]*m/g, ""));
    if (log.length > LOG_LINES) log.splice(0, log.length - LOG_LINES);
  };

  const child = spawn(PRISM, ["mock", spec, "-h", HOST, "-p", String(port), "--errors"], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, FORCE_COLOR: "0" },
  });
  child.stdout.on("data", collect);
  child.stderr.on("data", collect);

  let exited: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  const exit = new Promise((resolveExit) => {
    child.once("exit", (code, signal) => {
      exited = { code, signal };
      resolveExit(exited);
    });
  });
  let spawnError: Error | undefined;
  child.once("error", (error) => {
    spawnError = error;
  });

  // Stop a Prism that would outlive this process (a test runner that exits without afterAll).
  const killOnExit = () => {
    if (!exited) child.kill("SIGKILL");
  };
  process.once("exit", killOnExit);

  const origin = `http://${HOST}:${port}`;
  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      if (!exited && child.pid !== undefined) {
        child.kill("SIGTERM");
        let timer: NodeJS.Timeout | undefined;
        const late = new Promise((done) => (timer = setTimeout(done, STOP_TIMEOUT_MS, "late")));
        const outcome = await Promise.race([exit, late]);
        clearTimeout(timer);
        if (outcome === "late" && !exited) {
          child.kill("SIGKILL");
          await exit;
        }
      }
      process.removeListener("exit", killOnExit);
    })();
    return stopping;
  };

  const deadline = Date.now() + START_TIMEOUT_MS;
  for (;;) {
    if (spawnError || exited) {
      await stop();
      const why = spawnError
        ? `could not be started (${spawnError.message})`
        : `exited with ${exited?.signal ?? `code ${exited?.code}`}`;
      const error: StartError = new Error(`Prism ${why}.\n${log.slice(-30).join("\n")}`);
      error.addressInUse = log.some((line) => line.includes("EADDRINUSE"));
      throw error;
    }
    if (await answers(port)) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(
        `Prism did not answer on ${origin} within ${START_TIMEOUT_MS / 1000} s.\n${log.slice(-30).join("\n")}`,
      );
    }
    await sleep(100);
  }

  return {
    origin,
    port,
    pid: child.pid!,
    log: () => [...log, ...(partial ? [partial] : [])].join("\n"),
    stop,
  };
}

/**
 * Starts Prism as a mock server of `spec` (default: generated/openapi.json) on 127.0.0.1 and waits
 * until it answers. `port` defaults to one the OS picks; a port taken in the meantime is retried.
 */
export async function startPrism({
  spec = DEFAULT_SPEC,
  port,
}: StartPrismOptions = {}): Promise<PrismServer> {
  if (!existsSync(PRISM)) {
    throw new Error(`Prism is not installed (${PRISM} is missing): run npm install.`);
  }
  const specPath = resolve(spec);
  if (!existsSync(specPath)) throw new Error(`No spec at ${specPath}: run npm run generate.`);
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOnce(specPath, port ?? (await freePort()));
    } catch (error) {
      if (port !== undefined || attempt >= 3 || !(error as StartError).addressInUse) throw error;
    }
  }
}
