// The `export` command as users run it: --help, usage errors, API errors (exit codes and messages),
// a complete export, and its progress on a pipe and on a pseudo-terminal.
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { KEY, startFakePostHog, type FakePostHog } from "../export/fake-posthog.js";
import { main } from "../../src/cli/main.js";
import { runCli } from "./run-cli.js";

const ESC = String.fromCharCode(27);

async function inProcess(args: string[], environment: Record<string, string>) {
  let stdout = "";
  let stderr = "";
  const sink = (add: (s: string) => void) =>
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        add(chunk.toString());
        done();
      },
    });
  const code = await main(args, {
    stdout: sink((s) => (stdout += s)),
    stderr: sink((s) => (stderr += s)),
    env: environment,
  });
  return { code, stdout, stderr };
}

let fake: FakePostHog;
let dir: string;
let env: Record<string, string>;
beforeAll(async () => {
  fake = await startFakePostHog({ persons: 300, events: 300 });
  dir = await mkdtemp(join(tmpdir(), "cli-test-"));
  env = { POSTHOG_PERSONAL_API_KEY: KEY, POSTHOG_HOST: fake.origin, POSTHOG_PROJECT_ID: "1" };
});
afterAll(async () => {
  await fake.close();
  await rm(dir, { recursive: true, force: true });
});

describe("posthog-environments-client export", () => {
  it("--help lists the operations, the flags and the exit codes", async () => {
    const { code, stdout } = await runCli(["export", "--help"]);
    expect(code).toBe(0);
    expect(stdout).toContain("Usage: posthog-environments-client export <operation> [flags]");
    expect(stdout).toMatch(/^ {2}persons$/m);
    expect(stdout).toMatch(/^ {2}events$/m);
    expect(stdout).toContain("130  interrupted by Ctrl-C");
    const events = await runCli(["export", "events", "--help"]);
    expect(events.code).toBe(0);
    expect(events.stdout).toContain("--event STRING");
  });

  it("refuses an unknown flag with exit code 2, before any request", async () => {
    const unknown = await runCli(["export", "persons", "--serach", "@acme.com"], env);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("Unknown option '--serach'");
    expect(unknown.stderr).toContain("--help");
    expect(fake.counts.persons).toBe(0);
  });

  it("refuses bad values, unknown operations and a missing key or project (in process)", async () => {
    const cases: [string[], Record<string, string>, string][] = [
      [
        ["export", "persons", "--limit", "lots"],
        env,
        '--limit must be a whole number >= 1; got "lots"',
      ],
      [["export", "dashboards/42"], env, '"dashboards/42" is not a list operation'],
      [["export", "persons", "--format", "xlsx"], env, "--format must be csv or jsonl"],
      [["export", "persons/{id}/activity"], env, "persons/{id}/activity needs --id"],
      [["export", "persons", "--resume"], env, "--resume needs --out FILE"],
      [["export", "persons"], { ...env, POSTHOG_PERSONAL_API_KEY: "" }, "POSTHOG_PERSONAL_API_KEY"],
      [["export", "persons"], { ...env, POSTHOG_PROJECT_ID: "" }, "POSTHOG_PROJECT_ID"],
      [["import", "persons"], env, 'unknown command "import"'],
    ];
    for (const [args, environment, message] of cases) {
      const { code, stderr } = await inProcess(args, environment);
      expect({ args, code, stderr }).toMatchObject({
        code: 2,
        stderr: expect.stringContaining(message),
      });
    }
    expect(fake.counts.persons).toBe(0);
  });

  it("takes an operation by its full path, filled in or as a template (in process)", async () => {
    for (const target of ["/api/projects/1/persons/", "/api/environments/{project_id}/persons/"]) {
      const out = join(dir, "by-path.jsonl");
      const { code, stderr } = await inProcess(
        ["export", target, "--limit", "100", "--format", "jsonl", "-o", out, "-q"],
        env,
      );
      expect({ code, stderr }).toMatchObject({
        code: 0,
        stderr: expect.stringContaining("Exported 300 items (4 pages)"),
      });
      expect((await readFile(out, "utf8")).trimEnd().split("\n")).toHaveLength(300);
    }
  });

  it("reports an API error with exit code 1 and PostHog's message, never the key", async () => {
    const { code, stderr } = await runCli(["export", "persons", "--out", join(dir, "denied.csv")], {
      ...env,
      POSTHOG_PROJECT_ID: "2",
    });
    expect(code).toBe(1);
    expect(stderr).toContain(
      "failed with 403 (permission_denied): You don't have access to the project.",
    );
    expect(stderr).not.toContain(KEY);
  });

  it("exports persons to a file, with plain progress lines on a pipe", async () => {
    const out = join(dir, "persons.csv");
    const { code, stderr } = await runCli(
      ["export", "persons", "--search", "@acme.com", "--format", "csv", "--out", out],
      { ...env, POSTHOG_EXPORT_PROGRESS_MS: "0" },
    );
    expect(code).toBe(0);
    const rows = parse(await readFile(out, "utf8"), { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(100);
    expect(rows.every((row) => row["properties.email"]!.endsWith("@acme.com"))).toBe(true);
    expect(stderr).not.toContain("\r");
    expect(stderr).not.toContain(ESC);
    expect(stderr).toContain("persons: 100 items, 1 pages,");
    expect(stderr).toContain("persons: 100 items, 2 pages,");
    expect(stderr).toMatch(/, done\n/);
    expect(stderr).toContain(`Exported 100 items (2 pages) to ${out} as csv.`);
  });

  it("draws a progress bar on a terminal", async () => {
    const out = join(dir, "events.jsonl");
    const { code, stdout } = await runCli(
      [
        "export",
        "events",
        "--event",
        "$pageview",
        "--after",
        "-7d",
        "--limit",
        "100",
        "--format",
        "jsonl",
        "-o",
        out,
      ],
      env,
      { pty: true },
    );
    expect(code).toBe(0);
    // The terminal's transcript: the bar redrawn in place, then the summary.
    expect(stdout).toMatch(
      new RegExp(`\r${ESC}\\[2K\\[[#-]{24}\\] events: \\d+ items, \\d+ pages, [\\d,]+ items/s`),
    );
    expect(stdout).toContain(`Exported 240 items (3 pages) to ${out} as jsonl.`);
    const lines = (await readFile(out, "utf8")).trimEnd().split("\n");
    expect(lines).toHaveLength(240);
    expect(
      lines.every((line) => (JSON.parse(line) as { event: string }).event === "$pageview"),
    ).toBe(true);
  });

  it("writes to stdout when there is no --out, with progress lines beside it", async () => {
    const { code, stdout, stderr } = await runCli(
      ["export", "events", "--limit", "100", "--format", "jsonl"],
      env,
    );
    expect(code).toBe(0);
    expect(stdout.trimEnd().split("\n")).toHaveLength(300);
    expect(stderr).toContain("Exported 300 items (3 pages) to stdout as jsonl.");
  });
});
