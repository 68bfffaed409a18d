// openapi-fetch middleware keeps working: it sees each call once and may change requests and answers.
import nock from "nock";
import { expect, it } from "vitest";
import { createPostHogClient } from "../../src/index.js";

const insights = "/api/environments/{project_id}/insights/" as const;
const page = { count: 1, next: null, previous: null, results: [{ id: 1, short_id: "a" }] };

it("runs client middleware (from options and use()) and per-call middleware, in order", async () => {
  const order: string[] = [];
  const scope = nock("https://us.posthog.com", { reqheaders: { "x-trace": "abc" } })
    .get("/api/environments/1/insights/")
    .reply(200, page);
  const posthog = createPostHogClient({
    apiKey: "phx_k",
    projectId: 1,
    middleware: [{ onRequest: () => void order.push("options") }],
  });
  posthog.use({
    onRequest: ({ request }) => {
      order.push("use");
      request.headers.set("x-trace", "abc");
      return request;
    },
    onResponse: ({ response, schemaPath }) => {
      order.push(`response ${schemaPath} ${response.status}`);
    },
  });
  const { data } = await posthog.GET(insights, {
    middleware: [{ onRequest: () => void order.push("call") }],
  });
  expect(data).toEqual(page);
  expect(order).toEqual([
    "options",
    "use",
    "call",
    "response /api/environments/{project_id}/insights/ 200",
  ]);
  scope.done();
});

it("can answer without a request (short-circuit) and can be ejected", async () => {
  const posthog = createPostHogClient({ apiKey: "phx_k", projectId: 1 });
  const cache = { onRequest: () => Response.json(page) };
  posthog.use(cache);
  expect((await posthog.GET(insights)).data).toEqual(page);
  posthog.eject(cache);
  nock("https://us.posthog.com")
    .get("/api/environments/1/insights/")
    .reply(200, { ...page, count: 2 });
  expect((await posthog.GET(insights)).data?.count).toBe(2);
});
