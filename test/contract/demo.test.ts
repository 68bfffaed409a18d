// `npm run demo`: scripts/demo.ts runs examples/quickstart.ts against Prism and exits 0, printing the
// example's report, and leaves no Prism behind; and the Prism helper it shares with the contract tests.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../", import.meta.url));

function runDemo(): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/demo.ts"], {
      cwd: root,
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, NO_COLOR: "1" },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    child.once("error", reject);
    child.once("close", (code) => resolve({ code, stdout, stderr }));
  });
}

/** Whether a process with this id is still alive. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe("npm run demo", () => {
  it("runs the quickstart against Prism, prints its report and exits 0", async () => {
    const { code, stdout, stderr } = await runDemo();
    expect(code, `stdout:\n${stdout}\nstderr:\n${stderr}`).toBe(0);

    const origin = /Prism is mocking the API at (http:\/\/127\.0\.0\.1:\d+)/.exec(stdout)?.[1];
    expect(origin).toBeDefined();
    const lines = stdout.split("\n");
    // The report, from the spec's examples that Prism serves.
    expect(lines).toContain(`PostHog at ${origin}, project 12345`);
    expect(lines).toContain("Insights (first 1):");
    expect(lines).toContain("  - Weekly signups [aBcD1234]");
    expect(lines).toContain("Person: ada@example.com (2 distinct ids; properties: email, plan)");
    expect(lines).toContain("Persons CSV export, first rows: ada@example.com");
    expect(lines).toContain("Created insight variable Minimum order ({variables.minimum_order})");
    expect(lines).toContain("Deleted insight variable 0192e7c4-5a6b-7c8d-9e0f-1a2b3c4d5e6f");
    expect(stderr).not.toMatch(/error/i);

    // Prism was stopped: nothing answers at its origin any more.
    const after = await fetch(`${origin}/`).then(
      () => "answered",
      () => "refused",
    );
    expect(after).toBe("refused");
  }, 120_000);
});

describe("scripts/prism.js", () => {
  it("mocks the spec it is given, turns an answer that breaks it into a 500, and stops", async () => {
    // A spec whose only example breaks its own schema: with --errors, Prism refuses to serve it.
    const dir = mkdtempSync(join(tmpdir(), "prism-contract-"));
    const spec = join(dir, "broken.json");
    writeFileSync(
      spec,
      JSON.stringify({
        openapi: "3.1.0",
        info: { title: "broken", version: "1" },
        paths: {
          "/thing": {
            get: {
              responses: {
                "200": {
                  description: "A thing.",
                  content: {
                    "application/json": {
                      schema: {
                        type: "object",
                        properties: { id: { type: "integer" } },
                        required: ["id"],
                      },
                      example: { id: "not a number" },
                    },
                  },
                },
              },
            },
          },
        },
      }),
    );
    const { startPrism } = await import("../../scripts/prism.js");
    const prism = await startPrism({ spec });
    try {
      expect(prism.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(alive(prism.pid)).toBe(true);
      const response = await fetch(`${prism.origin}/thing`);
      expect(response.status).toBe(500);
      expect(JSON.parse(response.headers.get("sl-violations") ?? "[]")).toMatchObject([
        { location: ["response", "body", "id"], severity: "Error" },
      ]);
      await response.body?.cancel();
    } finally {
      await prism.stop();
      rmSync(dir, { recursive: true, force: true });
    }
    expect(alive(prism.pid)).toBe(false);
    await prism.stop(); // a second stop is harmless
  }, 120_000);
});
