// #10.18: every page of a pagination used to be sent with one shared signal, and each Request made
// from it left an abort listener there until garbage collection: past 1500 pages, Node warned
// MaxListenersExceededWarning. Each page now has a signal of its own, linked to the caller's only
// while it is in flight.
import { getEventListeners } from "node:events";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createPostHogClient } from "../../src/index.js";
import { linkedSignal } from "../../src/pagination/linked-signal.js";

const PAGES = 1600;
let warnings: Error[] = [];
const onWarning = (warning: Error) => warnings.push(warning);
beforeEach(() => {
  warnings = [];
  process.on("warning", onWarning);
});
afterEach(() => {
  process.off("warning", onWarning);
});

/** An in-process insights list of PAGES one-item pages; `probe` runs as each page is answered. */
function client(probe: () => void) {
  return createPostHogClient({
    apiKey: "phx_k",
    projectId: 1,
    retry: false,
    // 1600 pages in a moment: PostHog Cloud's rates (on by default) would pace them over minutes.
    rateLimit: false,
    fetch: async (request) => {
      probe();
      const offset = Number(new URL(request.url).searchParams.get("offset") ?? 0);
      const next =
        offset + 1 < PAGES
          ? `https://us.posthog.com/api/environments/1/insights/?limit=1&offset=${offset + 1}`
          : null;
      return Response.json({ count: PAGES, next, results: [{ id: offset }] });
    },
  });
}

describe(`${PAGES} pages with the caller's signal`, () => {
  for (const concurrency of [1, 4]) {
    it(`concurrency ${concurrency}: no MaxListenersExceededWarning; the caller's signal carries one listener, removed at the end`, async () => {
      const caller = new AbortController();
      let most = 0;
      const posthog = client(() => {
        most = Math.max(most, getEventListeners(caller.signal, "abort").length);
      });
      let count = 0;
      for await (const _ of posthog.paginate(
        "/api/environments/{project_id}/insights/",
        undefined,
        {
          concurrency,
          signal: caller.signal,
        },
      ))
        count++;
      await new Promise((resolve) => setImmediate(resolve)); // warnings are emitted on the next tick
      expect(count).toBe(PAGES);
      expect(warnings.filter((w) => w.name === "MaxListenersExceededWarning")).toEqual([]);
      expect(most).toBeGreaterThan(0);
      expect(most).toBeLessThanOrEqual(1);
      expect(getEventListeners(caller.signal, "abort")).toHaveLength(0);
    });
  }
});

describe("linkedSignal", () => {
  it("follows its parents until unlinked, then leaves no listener on them", () => {
    const a = new AbortController();
    const b = new AbortController();
    const linked = linkedSignal([a.signal, undefined, b.signal]);
    expect(getEventListeners(a.signal, "abort")).toHaveLength(1);
    linked.unlink();
    expect(getEventListeners(a.signal, "abort")).toHaveLength(0);
    expect(getEventListeners(b.signal, "abort")).toHaveLength(0);
    a.abort(new Error("late"));
    expect(linked.signal.aborted).toBe(false);
  });

  it("aborts with a parent's reason and then unlinks from the others", () => {
    const a = new AbortController();
    const b = new AbortController();
    const linked = linkedSignal([a.signal, b.signal]);
    const reason = new Error("stop");
    b.abort(reason);
    expect(linked.signal.reason).toBe(reason);
    expect(getEventListeners(a.signal, "abort")).toHaveLength(0);
  });

  it("starts aborted when a parent already is, without listening", () => {
    const a = new AbortController();
    const reason = new Error("already");
    a.abort(reason);
    const other = new AbortController();
    const linked = linkedSignal([other.signal, a.signal]);
    expect(linked.signal.reason).toBe(reason);
    expect(getEventListeners(other.signal, "abort")).toHaveLength(0);
  });
});
