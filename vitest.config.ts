import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    environment: "node",
    include: ["test/**/*.test.ts"],
    setupFiles: ["test/setup.ts"],
    // The project's one type check. Vitest runs `tsc --noEmit -p tsconfig.json`, so it checks every
    // file tsconfig.json includes (src, test, generated, examples), not only the type tests: an error
    // in a *.test-d.ts fails that test, which counts in the report, and an error anywhere else is a
    // "source error" that fails the run. `npm test` therefore runs no separate tsc. The check runs
    // whenever the files selected include a *.test-d.ts (`vitest run test/client` skips it; `npm
    // run typecheck` runs tsc alone).
    typecheck: {
      enabled: true,
      include: ["test/**/*.test-d.ts"],
      tsconfig: "./tsconfig.json",
      ignoreSourceErrors: false,
    },
    // The JSON report is what .ci/run reads for its closing "N passed, N failed" line.
    reporters: ["default", ["json", { outputFile: ".vitest-report.json" }]],
    // Limits against hangs only, never a measure of speed: on this project's 2-core machines, shared
    // with other suites, a test that runs tsc, npm, Prism or a child process can take a minute.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
