// An export killed mid-way, as a real child process (Ctrl-C's SIGINT, and SIGKILL that leaves no
// chance to clean up), then resumed with --resume: every row once, in order, no gap.
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { KEY, makeEvent, makePerson, startFakePostHog } from "../export/fake-posthog.js";
import { runCli, startCli } from "./run-cli.js";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "kill-test-"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const envFor = (origin: string) => ({
  POSTHOG_PERSONAL_API_KEY: KEY,
  POSTHOG_HOST: origin,
  POSTHOG_PROJECT_ID: "1",
});

describe("an interrupted export resumes without duplicates or gaps", () => {
  it("after Ctrl-C (SIGINT): exit 130, the checkpoint kept, then --resume finishes the CSV", async () => {
    const fake = await startFakePostHog({ persons: 2000 });
    try {
      const out = join(dir, "persons.csv");
      const args = ["export", "persons", "--limit", "100", "--format", "csv", "--out", out];
      const sixthPage = fake.hold("persons", 6);
      const run = startCli(args, envFor(fake.origin));
      await sixthPage; // five pages written and checkpointed; the sixth is in flight
      run.child.kill("SIGINT");
      const stopped = await run.done;
      fake.release();
      expect(stopped.code).toBe(130);
      expect(stopped.stderr).toContain("Interrupted after 500 items.");
      expect(stopped.stderr).toContain(
        `The checkpoint ${out}.checkpoint.json is kept: run the same command with --resume`,
      );
      const checkpoint = JSON.parse(await readFile(`${out}.checkpoint.json`, "utf8")) as Record<
        string,
        unknown
      >;
      expect(checkpoint).toMatchObject({ rows: 500, pages: 5, next: "limit=100&offset=500" });
      expect(JSON.stringify(checkpoint)).not.toContain(KEY);

      const resumed = await runCli([...args, "--resume"], envFor(fake.origin));
      expect(resumed.code).toBe(0);
      expect(resumed.stderr).toContain(
        `Resumed at item 500 (after page 5) from ${out}.checkpoint.json.`,
      );
      const rows = parse(await readFile(out, "utf8"), { columns: true }) as { id: string }[];
      expect(rows.map((row) => row.id)).toEqual(
        Array.from({ length: 2000 }, (_, i) => makePerson(i).id),
      );
    } finally {
      await fake.close();
    }
  });

  it("after SIGKILL: the last checkpoint stands, and --resume finishes the JSON Lines", async () => {
    const fake = await startFakePostHog({ events: 1000 });
    try {
      const out = join(dir, "events.jsonl");
      const args = ["export", "events", "--limit", "100", "--format", "jsonl", "--out", out];
      const fourthPage = fake.hold("events", 4);
      const run = startCli(args, envFor(fake.origin));
      await fourthPage;
      run.child.kill("SIGKILL");
      const killed = await run.done;
      fake.release();
      expect(killed.signal).toBe("SIGKILL");
      const checkpoint = JSON.parse(await readFile(`${out}.checkpoint.json`, "utf8")) as {
        rows: number;
        next: string;
      };
      expect(checkpoint.rows).toBe(300);
      expect(checkpoint.next).toContain("before=");

      const resumed = await runCli([...args, "--resume"], envFor(fake.origin));
      expect(resumed.code).toBe(0);
      expect(resumed.stderr).toContain("Resumed at item 300 (after page 3)");
      const ids = (await readFile(out, "utf8"))
        .trimEnd()
        .split("\n")
        .map((line) => (JSON.parse(line) as { id: string }).id);
      expect(ids).toEqual(Array.from({ length: 1000 }, (_, i) => makeEvent(i).id));
    } finally {
      await fake.close();
    }
  });
});
