#!/usr/bin/env node
// The package's command: `npx posthog-environments-client export ...` (see src/cli/main.ts).
import { main } from "./main.js";

main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  signals: process,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${String(error)}\n`);
    process.exitCode = 1;
  },
);
