import { defineConfig } from "tsup";

// ESM and CommonJS builds of src/index.ts, each with its declarations. The CommonJS build inlines
// openapi-fetch: its own CJS build exposes createClient only as `exports.default`, which a bundled
// `require("openapi-fetch")` would call as the module itself (toolchain gotcha 12).
const shared = {
  entry: ["src/index.ts"],
  dts: true,
  sourcemap: true,
  target: "node20",
  platform: "node",
} as const;

// The command (package.json `bin`): one ESM file, dist/cli.js, with its shebang.
const cli = {
  entry: { cli: "src/cli/bin.ts" },
  sourcemap: true,
  target: "node20",
  platform: "node",
} as const;

export default defineConfig([
  { ...shared, format: "esm", clean: true },
  { ...shared, format: "cjs", noExternal: ["openapi-fetch"] },
  { ...cli, format: "esm" },
]);
