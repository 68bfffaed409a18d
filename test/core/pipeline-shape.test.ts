// The call path's shape: no side tables carry facts between its layers (issue 10).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";

const SRC = join(import.meta.dirname, "../../src");
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)],
  );

it("has no WeakMap: the facts of a call travel explicitly", () => {
  const offenders = files(SRC).filter((file) => /\bWeakMap\b/.test(readFileSync(file, "utf8")));
  expect(offenders).toEqual([]);
});

it("runs no openapi-fetch code: only its types are imported", () => {
  const offenders = files(SRC).filter((file) =>
    /^import (?!type )[^;]*from "openapi-fetch"/m.test(readFileSync(file, "utf8")),
  );
  expect(offenders).toEqual([]);
});
