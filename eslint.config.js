// ESLint's flat config: the recommended JavaScript rules and typescript-eslint's recommended rules
// (the syntactic set, not the type-checked one: `npm test` already runs tsc, and the type-aware
// rules would make linting as slow as a second type check). Formatting is prettier's, not ESLint's.
import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["node_modules/", "dist/", "coverage/", "generated/"] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: "module", globals: globals.node },
  },
  {
    rules: {
      // A leading underscore marks a name left unused on purpose: a key dropped by rest
      // destructuring (`const { tiles: _tiles, ...rest } = t`), a loop that only drains
      // (`for await (const _ of it)`).
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_" },
      ],
      // `{}` as a type parameter's constraint or default means "any non-nullish value", which is
      // what `Paths extends {}` and `Options = {}` mean (openapi-fetch's own types say the same).
      // Empty interfaces are still reported.
      "@typescript-eslint/no-empty-object-type": ["error", { allowObjectTypes: "always" }],
      // `try { ... } catch {}` is how the code says "not parseable: fall through" (new URL(...)).
      "no-empty": ["error", { allowEmptyCatch: true }],
      // Off as eslint-config-prettier has it: prettier itself breaks `f(...)\n[Symbol.asyncIterator]()`
      // across lines, and with semicolons always written there is no ASI hazard to catch.
      "no-unexpected-multiline": "off",
    },
  },
  {
    files: ["**/*.ts"],
    rules: {
      // typescript-eslint's advice: tsc already reports undefined names, and knows the types' globals.
      "no-undef": "off",
    },
  },
  {
    files: ["**/*.cjs"],
    languageOptions: { sourceType: "commonjs" },
    // A CommonJS file is allowed its require().
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
