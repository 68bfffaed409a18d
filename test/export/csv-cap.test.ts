// csvRows over PostHog's capped CSV answers: every row the answer held, then PostHogCsvCapError
// naming the cap and pointing to the complete export; an answer under its cap ends quietly.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkCsvCap, rowCap } from "../../src/export/csv-cap.js";
import { createPostHogClient, PostHogCsvCapError } from "../../src/index.js";
import {
  startFakePostHog,
  KEY,
  PERSONS_CAP,
  EVENTS_CAP,
  type FakePostHog,
} from "./fake-posthog.js";

const PERSONS = "/api/environments/{project_id}/persons/" as const;
const EVENTS = "/api/environments/{project_id}/events/" as const;
const personsCap = PERSONS_CAP.kind === "fixed" ? PERSONS_CAP.rows : 0;
const eventsCap = EVENTS_CAP.kind === "limit" ? EVENTS_CAP.defaultLimit : 0;

let fake: FakePostHog;
beforeAll(async () => {
  fake = await startFakePostHog({
    persons: personsCap + 10,
    events: eventsCap + 10,
    csvColumns: ["id"],
  });
});
afterAll(() => fake.close());

const client = () =>
  createPostHogClient({ apiKey: KEY, host: fake.origin, projectId: 1, retry: false });

async function drain(rows: AsyncIterable<unknown>): Promise<{ count: number; error: unknown }> {
  let count = 0;
  try {
    for await (const _ of rows) count++;
  } catch (error) {
    return { count, error };
  }
  return { count, error: undefined };
}

describe("csvRows and PostHog's CSV caps", () => {
  it("yields the persons export's rows, then says it stopped at the CSV export limit", async () => {
    const { count, error } = await drain(client().csvRows(PERSONS));
    expect(count).toBe(personsCap);
    expect(error).toBeInstanceOf(PostHogCsvCapError);
    const capError = error as PostHogCsvCapError;
    expect(capError).toMatchObject({
      kind: "fixed",
      cap: personsCap,
      rows: personsCap,
      path: PERSONS,
    });
    expect(capError.message).toContain(`CSV export limit of ${personsCap} rows`);
    expect(capError.message).toContain("exportList()");
    expect(capError.message).toContain("npx posthog-environments-client export");
  });

  it("yields the events export's rows, then names the limit it reached", async () => {
    const { count, error } = await drain(
      client().csvRows(EVENTS, { params: { query: { limit: 250 } } }),
    );
    expect(count).toBe(250);
    expect(error).toMatchObject({ name: "PostHogCsvCapError", kind: "limit", cap: 250, rows: 250 });
    const byDefault = await drain(client().csvRows(EVENTS));
    expect(byDefault.count).toBe(eventsCap);
    expect((byDefault.error as PostHogCsvCapError).cap).toBe(eventsCap);
  });

  it("ends quietly when the answer is under its cap", async () => {
    const small = await startFakePostHog({ persons: 30, events: 30 });
    try {
      const posthog = createPostHogClient({
        apiKey: KEY,
        host: small.origin,
        projectId: 1,
        retry: false,
      });
      const persons = await drain(
        posthog.csvRows(PERSONS, { params: { query: { search: "@acme.com" } } }),
      );
      expect(persons).toEqual({ count: 10, error: undefined });
      const events = await drain(posthog.csvRows(EVENTS));
      expect(events).toEqual({ count: 30, error: undefined });
    } finally {
      await small.close();
    }
  });

  it("caps a limit at the server's maximum, and the insights list's wide row at its page", async () => {
    expect(rowCap({ kind: "limit", defaultLimit: 1000, maxLimit: 1000 }, { limit: 5000 })).toBe(
      1000,
    );
    expect(rowCap({ kind: "limit", defaultLimit: 1000, maxLimit: 1000 }, { limit: "20" })).toBe(20);
    async function* one(row: Record<string, string>) {
      yield row;
    }
    const wide = (next: string) =>
      drain(
        checkCsvCap(
          one({ count: "250", next, "results.0.id": "1" }),
          { kind: "page" },
          "/p/",
          "/p/",
          {},
        ),
      );
    expect(await wide("")).toEqual({ count: 1, error: undefined });
    const more = await wide("https://us.posthog.com/api/environments/1/insights/?offset=100");
    expect(more.count).toBe(1);
    expect(more.error).toMatchObject({ name: "PostHogCsvCapError", kind: "page", cap: 1, rows: 1 });
  });
});
