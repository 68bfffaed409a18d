// exportList against a loopback fake of PostHog: every row once, in PostHog's CSV or as JSON Lines,
// through the client's paginate; checkpoints that hold no key; resuming where a stopped run left off.
import { readFileSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile, appendFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import {
  createPostHogClient,
  exportList,
  type ExportProgress,
  type ExportWarning,
} from "../../src/index.js";
import { KEY, makePerson, startFakePostHog, type FakePostHog } from "./fake-posthog.js";

const PERSONS = "/api/environments/{project_id}/persons/";
const EVENTS = "/api/environments/{project_id}/events/";
const N = 25_000;

let fake: FakePostHog;
let dir: string;
beforeAll(async () => {
  fake = await startFakePostHog({ persons: N, events: N });
  dir = await mkdtemp(join(tmpdir(), "export-test-"));
});
afterAll(async () => {
  await fake.close();
  await rm(dir, { recursive: true, force: true });
});

const client = (origin = fake.origin) =>
  createPostHogClient({ apiKey: KEY, host: origin, projectId: 1, retry: false });

function idsOf(csv: string, column = "id"): string[] {
  return (parse(csv, { columns: true }) as Record<string, string>[]).map((row) => row[column]!);
}

describe("exportList", () => {
  it("exports all 25,000 persons once, as PostHog's CSV, paging by offset", async () => {
    const out = join(dir, "persons.csv");
    const progress: ExportProgress[] = [];
    const before = fake.counts.persons;
    const result = await exportList(client(), PERSONS, {
      out,
      format: "csv",
      params: { query: { limit: 1000 } },
      onProgress: (p) => progress.push(p),
    });
    expect(result).toMatchObject({ items: N, pages: 26, format: "csv", resumedAt: undefined });
    expect(fake.counts.persons - before).toBe(26); // 25 full pages and an empty one
    const csv = await readFile(out, "utf8");
    const ids = idsOf(csv);
    expect(ids).toHaveLength(N);
    expect(new Set(ids).size).toBe(N);
    expect(ids[0]).toBe(makePerson(0).id);
    expect(csv.split("\r\n")[0]).toBe(
      "created_at,distinct_ids.0,id,is_identified,name,properties.email,properties.n,properties.plan,type,uuid,value_at_data_point",
    );
    expect(csv.split("\r\n")[1]).toBe(
      "2026-11-20 12:00:00+00:00,d-0,0192f1a0-0000-7000-8000-000000000000,True,user0,user0@acme.com,0,free,person,0192f1a0-0000-7000-8000-000000000000,",
    );
    expect(progress.at(-1)).toMatchObject({ items: N, pages: 26, done: true });
    expect(progress[0]).toMatchObject({ items: 1000, pages: 1, done: false });
    expect(result.warnings.map((w) => w.kind)).toEqual(["offset-paging"]);
  });

  it("exports all 25,000 events once, following timestamp cursors", async () => {
    const out = join(dir, "events.csv");
    const result = await exportList(client(), EVENTS, { out, params: { query: { limit: 1000 } } });
    expect(result).toMatchObject({ items: N, pages: 25, format: "csv" });
    const ids = idsOf(await readFile(out, "utf8"));
    expect(ids).toEqual(
      Array.from({ length: N }, (_, i) => `0192f1a1-0000-7000-8000-${String(i).padStart(12, "0")}`),
    );
    expect(result.warnings).toEqual([]);
  });

  it("writes the renderer's bytes for nested properties, lists, booleans, quotes, newlines and non-ASCII", async () => {
    const fixture = JSON.parse(
      await readFile(new URL("./fixtures/rows.json", import.meta.url), "utf8"),
    ) as {
      rows: Record<string, unknown>[];
    };
    const small = await startFakePostHog({ persons: fixture.rows });
    try {
      const stream = new PassThrough();
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      await exportList(client(small.origin), PERSONS, {
        out: stream,
        params: { query: { limit: 2 } },
      });
      const expected = await readFile(new URL("./fixtures/expected.csv", import.meta.url));
      expect(Buffer.concat(chunks).equals(expected)).toBe(true);
    } finally {
      await small.close();
    }
  });

  it("checkpoints after each page without the key, and resumes where it stopped: no duplicate, no gap", async () => {
    const out = join(dir, "resume.jsonl");
    const checkpoint = `${out}.checkpoint.json`;
    const controller = new AbortController();
    const seen: string[] = [];
    await expect(
      exportList(client(), PERSONS, {
        out,
        format: "jsonl",
        params: { query: { limit: 500 } },
        signal: controller.signal,
        onProgress: (p) => {
          if (p.pages === 3) {
            seen.push(readFileSync(checkpoint, "utf8"));
            controller.abort(new Error("stop"));
          }
        },
      }),
    ).rejects.toThrow("stop");
    const saved = JSON.parse(await readFile(checkpoint, "utf8")) as Record<string, unknown>;
    expect(saved).toMatchObject({
      rows: 1500,
      pages: 3,
      path: PERSONS,
      next: "limit=500&offset=1500",
    });
    expect(seen[0]).not.toContain(KEY);
    expect(await readFile(checkpoint, "utf8")).not.toContain(KEY);
    // A killed run may have written past its checkpoint: the resume cuts that off.
    await appendFile(out, '{"id":"half a page that was never checkpointed"}\n');
    const result = await exportList(client(), PERSONS, {
      out,
      format: "jsonl",
      resume: true,
      params: { query: { limit: 500 } },
    });
    expect(result.resumedAt).toEqual({ items: 1500, pages: 3 });
    expect(result.items).toBe(N);
    const ids = (await readFile(out, "utf8"))
      .trimEnd()
      .split("\n")
      .map((line) => (JSON.parse(line) as { id: string }).id);
    expect(ids).toEqual(Array.from({ length: N }, (_, i) => makePerson(i).id));
    await expect(readFile(checkpoint)).rejects.toThrow(); // removed once complete
  });

  it("says when a resume re-reads a relative time window", async () => {
    const small = await startFakePostHog({ events: 300 });
    try {
      const out = join(dir, "relative.jsonl");
      const options = {
        out,
        format: "jsonl" as const,
        params: { query: { after: "-7d", limit: 100 } },
      };
      const controller = new AbortController();
      await expect(
        exportList(client(small.origin), EVENTS, {
          ...options,
          signal: controller.signal,
          onProgress: () => controller.abort(new Error("stop")),
        }),
      ).rejects.toThrow("stop");
      const result = await exportList(client(small.origin), EVENTS, { ...options, resume: true });
      expect(result).toMatchObject({ items: 300, resumedAt: { items: 100, pages: 1 } });
      expect(result.warnings.map((w) => w.kind)).toEqual(["relative-window"]);
      expect(result.warnings[0]!.message).toContain("after=-7d");
    } finally {
      await small.close();
    }
  });

  it("refuses to resume another export's checkpoint", async () => {
    const out = join(dir, "other.csv");
    await writeFile(
      `${out}.checkpoint.json`,
      JSON.stringify({
        version: 1,
        path: EVENTS,
        pathParams: {},
        query: {},
        format: "csv",
        host: fake.origin,
        rows: 0,
        pages: 0,
        bytes: 0,
        next: null,
      }),
    );
    await expect(exportList(client(), PERSONS, { out, resume: true })).rejects.toThrow(
      /for another export/,
    );
  });

  it("drops items shifted into the next page and reports it", async () => {
    const small = await startFakePostHog({ persons: 30 });
    try {
      const warnings: ExportWarning[] = [];
      const out = join(dir, "shift.jsonl");
      let added = false;
      await exportList(client(small.origin), PERSONS, {
        out,
        format: "jsonl",
        params: { query: { limit: 10, include_total: true } },
        onWarning: (w) => warnings.push(w),
        onProgress: (p) => {
          if (p.pages === 1 && !added) {
            added = true;
            small.addPerson(makePerson(1000)); // lands at offset 0: page 2 starts with page 1's last item
          }
        },
      });
      const ids = (await readFile(out, "utf8"))
        .trimEnd()
        .split("\n")
        .map((l) => (JSON.parse(l) as { id: string }).id);
      expect(ids).toEqual(Array.from({ length: 30 }, (_, i) => makePerson(i).id));
      expect(warnings.map((w) => w.kind)).toEqual(["offset-paging", "shifted", "count-changed"]);
    } finally {
      await small.close();
    }
  });
});
