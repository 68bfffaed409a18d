// The defaults, from the spec's throttle table: on PostHog Cloud, the 241st insights request of a
// minute waits (clickhouse_burst, 240/minute), the 181st persons request too (persons_burst,
// 180/minute); dashboards draw from burst (480/minute), a budget of their own. A self-hosted host
// is not paced. Answers come from an in-memory fetch: nothing leaves the process.
import { describe, expect, it } from "vitest";
import { createPostHogClient } from "../../src/index.js";

const KEY = "phx_defaults_test_key_0123456789";

function counting(host: string, rateLimit?: false | object) {
  const sent: string[] = [];
  const posthog = createPostHogClient({
    host,
    apiKey: KEY,
    projectId: 1,
    ...(rateLimit === undefined ? {} : { rateLimit }),
    fetch: async (request) => {
      sent.push(new URL(request.url).pathname);
      return new Response(JSON.stringify({ count: 0, next: null, previous: null, results: [] }), {
        headers: { "Content-Type": "application/json" },
      });
    },
  });
  return { posthog, sent };
}

/** Sends `count` GETs at once, waits until `expected` of them were sent (and a little longer, for
 * any extra one to show), then aborts those still waiting for budget. */
async function burst(
  posthog: ReturnType<typeof counting>["posthog"],
  path: string,
  count: number,
  expected: number,
  sent: string[],
) {
  const controller = new AbortController();
  const before = sent.length;
  const calls = Array.from({ length: count }, () =>
    posthog.GET(path as "/api/projects/{project_id}/insights/", { signal: controller.signal }),
  );
  const settled = Promise.allSettled(calls);
  while (sent.length - before < expected) await new Promise((resolve) => setTimeout(resolve, 5));
  await new Promise((resolve) => setTimeout(resolve, 50));
  controller.abort(new Error("stop"));
  const outcomes = await settled;
  return {
    sent: sent.length - before,
    aborted: outcomes.filter((o) => o.status === "rejected").length,
  };
}

describe("default rates", () => {
  it("on PostHog Cloud, paces each operation by its scopes", async () => {
    const { posthog, sent } = counting("eu");
    expect(await burst(posthog, "/api/projects/{project_id}/insights/", 245, 240, sent)).toEqual({
      sent: 240,
      aborted: 5,
    });
    // The persons list draws from clickhouse_burst too: its 240 are spent.
    expect(await burst(posthog, "/api/projects/{project_id}/persons/", 3, 0, sent)).toEqual({
      sent: 0,
      aborted: 3,
    });
    // Dashboards draw from burst and sustained, untouched so far.
    expect(await burst(posthog, "/api/projects/{project_id}/dashboards/", 3, 3, sent)).toEqual({
      sent: 3,
      aborted: 0,
    });
  });

  it("persons_burst holds at 180 a minute", async () => {
    const { posthog, sent } = counting("us");
    expect(await burst(posthog, "/api/environments/{project_id}/persons/", 185, 180, sent)).toEqual(
      {
        sent: 180,
        aborted: 5,
      },
    );
  });

  it("a self-hosted host is not paced, unless rateLimit is set", async () => {
    const plain = counting("https://posthog.example.com");
    expect(
      await burst(plain.posthog, "/api/projects/{project_id}/persons/", 185, 185, plain.sent),
    ).toEqual({ sent: 185, aborted: 0 });
    const paced = counting("https://posthog.example.com", {});
    expect(
      await burst(paced.posthog, "/api/projects/{project_id}/persons/", 185, 180, paced.sent),
    ).toEqual({ sent: 180, aborted: 5 });
  });
});
