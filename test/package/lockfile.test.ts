// A fresh clone installs with `npm ci` and leaves package-lock.json as committed. Checked offline,
// against an empty npm cache: `npm ci --dry-run` refuses a lockfile out of step with package.json
// (the EUSAGE "Missing: ... from lock file" a clone once hit) without fetching anything, and
// `npm install --package-lock-only` rewrites nothing when the lockfile is complete. (.ci/run also
// checks that the real `npm ci` changes no tracked file.)
import { execFile } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { projectRoot } from "../helpers/spec.js";

const OFFLINE = ["--offline", "--ignore-scripts", "--no-audit", "--no-fund"];

/** A directory holding a copy of package.json and package-lock.json, and an empty npm cache. */
function copyManifests(): string {
  const dir = mkdtempSync(join(tmpdir(), "lockfile-"));
  for (const name of ["package.json", "package-lock.json"]) {
    copyFileSync(join(projectRoot, name), join(dir, name));
  }
  return dir;
}

function npm(dir: string, args: string[]): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    execFile(
      "npm",
      [...args, ...OFFLINE, "--cache", join(dir, ".npm-cache")],
      { cwd: dir, env: { ...process.env, npm_config_loglevel: "error" } },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
        resolve({ code, output: stdout + stderr });
      },
    );
  });
}

describe("package-lock.json", () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it("is what npm ci installs, with nothing to fetch to check it", async () => {
    const dir = copyManifests();
    dirs.push(dir);
    const result = await npm(dir, ["ci", "--dry-run"]);
    expect(result.output).not.toMatch(/EUSAGE|Missing:/);
    expect(result.code).toBe(0);
  });

  it("is left byte for byte as committed by npm install --package-lock-only", async () => {
    const dir = copyManifests();
    dirs.push(dir);
    const committed = readFileSync(join(dir, "package-lock.json"), "utf8");
    const result = await npm(dir, ["install", "--package-lock-only"]);
    expect(result.code, result.output).toBe(0);
    expect(readFileSync(join(dir, "package-lock.json"), "utf8")).toBe(committed);
  });

  it("is refused by the check when an entry is missing, as the incomplete lockfile was", async () => {
    const dir = copyManifests();
    dirs.push(dir);
    const lock = JSON.parse(readFileSync(join(dir, "package-lock.json"), "utf8")) as {
      packages: Record<string, { optional?: boolean }>;
    };
    const optional = Object.keys(lock.packages).find(
      (key) => key.startsWith("node_modules/@rollup/rollup-") && lock.packages[key]!.optional,
    );
    expect(optional).toBeDefined();
    delete lock.packages[optional!];
    writeFileSync(join(dir, "package-lock.json"), JSON.stringify(lock, null, 2) + "\n");
    const result = await npm(dir, ["ci", "--dry-run"]);
    expect(result.code).not.toBe(0);
    expect(result.output).toContain(`Missing: ${optional!.slice("node_modules/".length)}`);
  });
});
