// A next link is followed only on the configured origin and the same path, with no user info, and
// never twice. Each refusal is proven by an interceptor for the refused target that stays unused.
import nock from "nock";
import { describe, expect, it } from "vitest";
import { createPostHogClient, PostHogPaginationError } from "../../src/index.js";

const host = "https://us.posthog.com";
const base = "/api/environments/1";
const posthog = createPostHogClient({ apiKey: "phx_k", projectId: 1, retry: false });
const insight = (id: number) => ({ id, short_id: `s${id}` });

/**
 * Serves the first page with the given next link, then registers `traps` (interceptors that must stay
 * unused; nock matches in order, so they come after), runs the pagination to its end, and returns
 * the items seen and the error it ended with.
 */
async function drain(next: string, traps: () => void = () => {}, firstResults = [insight(1)]) {
  nock(host)
    .get(`${base}/insights/`)
    .reply(200, { count: 10, next, previous: null, results: firstResults });
  traps();
  const seen: number[] = [];
  let error: unknown;
  try {
    for await (const item of posthog.paginate("/api/environments/{project_id}/insights/"))
      seen.push(item.id);
  } catch (e) {
    error = e;
  }
  return { seen, error: error as PostHogPaginationError };
}

describe("unsafe next links end the loop with PostHogPaginationError and are never requested", () => {
  it("another origin", async () => {
    const evil = nock("https://evil.example.com")
      .get(/.*/)
      .reply(200, { count: 0, next: null, results: [] });
    const { seen, error } = await drain(
      `https://evil.example.com${base}/insights/?limit=1&offset=1`,
    );
    expect(seen).toEqual([1]);
    expect(error).toBeInstanceOf(PostHogPaginationError);
    expect(error.reason).toBe("other-origin");
    expect(error.message).toMatch(/another origin.*Nothing was sent to it/);
    expect(evil.isDone()).toBe(false);
  });

  it("the same host over plain http", async () => {
    const plain = nock("http://us.posthog.com").get(/.*/).reply(200, {});
    const { error } = await drain(`http://us.posthog.com${base}/insights/?limit=1&offset=1`);
    expect(error.reason).toBe("other-origin");
    expect(plain.isDone()).toBe(false);
  });

  it("the same host on another port", async () => {
    const port = nock("https://us.posthog.com:8443").get(/.*/).reply(200, {});
    const { error } = await drain(`https://us.posthog.com:8443${base}/insights/?limit=1&offset=1`);
    expect(error.reason).toBe("other-origin");
    expect(port.isDone()).toBe(false);
  });

  it("user info, even on the right host (and it is not shown)", async () => {
    let sneaky!: nock.Scope;
    const { error } = await drain(
      `https://attacker:s3cret@us.posthog.com${base}/insights/?limit=1&offset=1`,
      () => {
        sneaky = nock(host).get(`${base}/insights/`).query(true).reply(200, {});
      },
    );
    expect(error.reason).toBe("user-info");
    expect(error.message).not.toContain("s3cret");
    expect(error.url).not.toContain("s3cret");
    expect(sneaky.isDone()).toBe(false);
  });

  it("another path on the right host", async () => {
    let other!: nock.Scope;
    const { error } = await drain(`${host}/api/environments/2/insights/?limit=1&offset=1`, () => {
      other = nock(host).get(/.*/).reply(200, {});
    });
    expect(error.reason).toBe("other-path");
    expect(other.isDone()).toBe(false);
  });

  it("a path escaping through dot segments", async () => {
    let other!: nock.Scope;
    const { error } = await drain(`${host}${base}/insights/../../2/insights/?offset=1`, () => {
      other = nock(host).get(/.*/).reply(200, {});
    });
    expect(error.reason).toBe("other-path");
    expect(other.isDone()).toBe(false);
  });

  it("a link seen before", async () => {
    const again = `${host}${base}/insights/?limit=1&offset=1`;
    let extra!: nock.Scope;
    const { seen, error } = await drain(again, () => {
      nock(host)
        .get(`${base}/insights/`)
        .query({ limit: "1", offset: "1" })
        .reply(200, { count: 10, next: again, previous: null, results: [insight(2)] });
      extra = nock(host).get(`${base}/insights/`).query(true).reply(200, {});
    });
    expect(seen).toEqual([1, 2]);
    expect(error.reason).toBe("repeated");
    expect(extra.isDone()).toBe(false);
  });

  it("a page that makes no progress (no items, but a next link)", async () => {
    let extra!: nock.Scope;
    const { seen, error } = await drain(
      `${host}${base}/insights/?limit=1&offset=1`,
      () => (extra = nock(host).get(`${base}/insights/`).query(true).reply(200, {})),
      [],
    );
    expect(seen).toEqual([]);
    expect(error.reason).toBe("no-progress");
    expect(extra.isDone()).toBe(false);
  });
});

describe("safe next links", () => {
  it("a link whose query itself starts with ? is followed byte for byte (fast-check found it dropped)", async () => {
    const urls: string[] = [];
    const recording = createPostHogClient({
      apiKey: "phx_k",
      projectId: 1,
      retry: false,
      fetch: async (request) => {
        urls.push(request.url);
        const first = urls.length === 1;
        return Response.json({
          count: 2,
          next: first ? `${host}${base}/insights/??x=1&offset=1` : null,
          previous: null,
          results: [insight(urls.length)],
        });
      },
    });
    expect(
      (await recording.paginate("/api/environments/{project_id}/insights/").toArray()).map(
        (i) => i.id,
      ),
    ).toEqual([1, 2]);
    expect(urls).toEqual([`${host}${base}/insights/`, `${host}${base}/insights/??x=1&offset=1`]);
  });

  it("a relative link on the same path is followed", async () => {
    nock(host)
      .get(`${base}/insights/`)
      .reply(200, {
        count: 2,
        next: `${base}/insights/?limit=1&offset=1`,
        previous: null,
        results: [insight(1)],
      })
      .get(`${base}/insights/`)
      .query({ limit: "1", offset: "1" })
      .reply(200, { count: 2, next: null, previous: null, results: [insight(2)] });
    expect(
      (await posthog.paginate("/api/environments/{project_id}/insights/").toArray()).map(
        (i) => i.id,
      ),
    ).toEqual([1, 2]);
  });

  it("a link spelling @current unencoded is the same path (the request keeps the client's encoding)", async () => {
    nock(host)
      .get("/api/environments/%40current/insights/")
      .reply(200, {
        count: 2,
        next: `${host}/api/environments/@current/insights/?limit=1&offset=1`,
        previous: null,
        results: [insight(1)],
      })
      .get("/api/environments/%40current/insights/")
      .query({ limit: "1", offset: "1" })
      .reply(200, { count: 2, next: null, previous: null, results: [insight(2)] });
    const current = createPostHogClient({ apiKey: "phx_k", projectId: "@current", retry: false });
    expect(
      (await current.paginate("/api/environments/{project_id}/insights/").toArray()).map(
        (i) => i.id,
      ),
    ).toEqual([1, 2]);
  });
});
