// `npm run demo`: runs examples/quickstart.ts against a local Prism mock of the API, offline.
// Starts Prism, runs the example with tsx (resolving "posthog-environments-client" to src/ through
// examples/tsconfig.json), stops Prism, and exits with the example's exit code.
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { resolve } from "node:path";
import { repoRoot as ROOT } from "./lib/openapi.js";
import { startPrism } from "./prism.js";

const TSX = resolve(ROOT, "node_modules/.bin/tsx");

let example: ChildProcess | undefined;
let interrupted: NodeJS.Signals | undefined;
const starting = startPrism();

// Ctrl-C or a kill, even while Prism starts: stop the example and Prism, then leave.
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, async () => {
    interrupted = signal;
    const server = await starting.catch(() => undefined);
    if (example && example.exitCode === null && example.signalCode === null) {
      example.kill(signal);
      await Promise.race([once(example, "exit"), new Promise((done) => setTimeout(done, 3_000))]);
    }
    await server?.stop();
    process.exit(signal === "SIGINT" ? 130 : 143);
  });
}

const prism = await starting.catch((error) => {
  console.error(`Could not start Prism: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
// A signal during the start: its handler stops Prism and exits; start nothing more.
if (interrupted) await new Promise(() => {});

console.log(`Prism is mocking the API at ${prism.origin}\n`);

let code: number;
try {
  example = spawn(
    TSX,
    [
      "--tsconfig",
      resolve(ROOT, "examples/tsconfig.json"),
      resolve(ROOT, "examples/quickstart.ts"),
    ],
    {
      cwd: ROOT,
      stdio: "inherit",
      env: {
        ...process.env,
        POSTHOG_HOST: prism.origin,
        POSTHOG_PERSONAL_API_KEY: "phx_demo",
        POSTHOG_PROJECT_ID: "12345",
      },
    },
  );
  const [exitCode, signal] = await once(example, "exit");
  code = exitCode ?? (signal ? 1 : 0);
} catch (error) {
  console.error(`Could not run the example: ${error instanceof Error ? error.message : error}`);
  code = 1;
}

if (code !== 0 && !interrupted) {
  // What Prism saw last, to tell a refused request from a failing example.
  const log = prism.log().split("\n");
  const listening = log.map((line) => line.includes("Prism is listening")).lastIndexOf(true);
  console.error(`\nThe example failed (exit code ${code}). Prism's log since it started:\n`);
  console.error(
    log
      .slice(listening + 1)
      .slice(-40)
      .join("\n"),
  );
}
await prism.stop();
process.exitCode = code;
