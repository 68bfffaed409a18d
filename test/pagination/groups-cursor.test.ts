// paginate() over the groups list: opaque `cursor` links, no count, on both route families (nock).
import nock from "nock";
import { describe, expect, it } from "vitest";
import { createPostHogClient, PostHogPaginationError } from "../../src/index.js";

const host = "https://us.posthog.com";
const posthog = createPostHogClient({ apiKey: "phx_k", projectId: 1, retry: false });
const group = (key: string) => ({
  group_type_index: 0,
  group_key: key,
  group_properties: { name: key },
  created_at: "2026-11-01T00:00:00Z",
});

describe("the groups list (cursor style)", () => {
  for (const family of ["environments", "projects"] as const) {
    it(`follows opaque cursors until next is null (${family})`, async () => {
      const base = `/api/${family}/1/groups/`;
      const scope = nock(host, { reqheaders: { authorization: "Bearer phx_k" } })
        .get(base)
        .query({ group_type_index: "0" })
        .reply(200, {
          next: `${host}${base}?cursor=eyJjIjoxfQ%3D%3D&group_type_index=0`,
          previous: null,
          results: [group("acme"), group("globex")],
        })
        .get(base)
        .query({ group_type_index: "0", cursor: "eyJjIjoxfQ==" })
        .reply(200, { next: null, previous: null, results: [group("initech")] });
      const path =
        family === "environments"
          ? ("/api/environments/{project_id}/groups/" as const)
          : ("/api/projects/{project_id}/groups/" as const);
      const keys = (
        await posthog.paginate(path, { params: { query: { group_type_index: 0 } } }).toArray()
      ).map((g) => g.group_key);
      expect(keys).toEqual(["acme", "globex", "initech"]);
      scope.done();
    });
  }

  it("ends with no-progress when a next link repeats the cursor with a junk parameter", async () => {
    const base = "/api/projects/1/groups/";
    const scope = nock(host)
      .get(base)
      .query({ group_type_index: "0", cursor: "c1" })
      .reply(200, {
        next: `${host}${base}?cursor=c1&group_type_index=0&junk=1`,
        previous: null,
        results: [group("acme")],
      });
    const read = posthog
      .paginate("/api/projects/{project_id}/groups/", {
        params: { query: { group_type_index: 0, cursor: "c1" } },
      })
      .toArray();
    await expect(read).rejects.toBeInstanceOf(PostHogPaginationError);
    await expect(read).rejects.toMatchObject({ reason: "no-progress" });
    scope.done();
  });
});
