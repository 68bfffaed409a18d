// The client's typing claims: project_id optional with projectId, data present with throwOnError,
// wrong parameters rejected, the CSV format switch.
import { describe, expectTypeOf, it } from "vitest";
import {
  createPostHogClient,
  type CallInit,
  type CallOptions,
  type Middleware,
  type paths,
  type ErrorBody,
  type PaginatedInsightList,
  type Person,
  type PostHogClient,
} from "../../src/index.js";

const insights = "/api/environments/{project_id}/insights/" as const;

describe("project_id", () => {
  it("is optional when the client has a projectId", async () => {
    const posthog = createPostHogClient({ projectId: 12345 });
    await posthog.GET(insights);
    await posthog.GET(insights, { params: { query: { limit: 20 } } });
    await posthog.GET(insights, { params: { path: { project_id: 2 } } });
    await posthog.GET("/api/environments/{project_id}/persons/{id}/", {
      params: { path: { id: 5 } },
    });
    // Other path parameters stay required.
    // @ts-expect-error id is missing
    await posthog.GET("/api/environments/{project_id}/persons/{id}/", { params: { path: {} } });
  });

  it("is required without a projectId, or with one that may be undefined", async () => {
    const plain = createPostHogClient({});
    // @ts-expect-error params.path.project_id is required
    await plain.GET(insights);
    await plain.GET(insights, { params: { path: { project_id: 12345 } } });
    await plain.GET(insights, { params: { path: { project_id: "@current" } } });
    // Over every path of both families, not "union type too complex" (a regression).
    await plain.GET("/api/projects/{project_id}/dashboards/{id}/", {
      params: { path: { project_id: 1, id: 2 } },
    });
    await plain.PATCH("/api/environments/{project_id}/persons/{id}/", {
      params: { path: { project_id: 1, id: 2 } },
      body: { properties: { plan: "pro" } },
    });

    const fromEnv = createPostHogClient({ projectId: process.env.POSTHOG_PROJECT_ID });
    // @ts-expect-error the env var may be unset, so project_id stays required
    await fromEnv.GET(insights);
    await fromEnv.GET(insights, { params: { path: { project_id: 12345 } } });
  });

  it("from an environment variable: the documented pattern compiles with project_id optional", async () => {
    // Unset, "@current" is the key's own current project.
    const posthog = createPostHogClient({
      projectId: process.env.POSTHOG_PROJECT_ID ?? "@current",
    });
    await posthog.GET(insights);
  });
});

describe("throwOnError", () => {
  it("without it, data may be undefined and error is the error body", async () => {
    const posthog = createPostHogClient({ projectId: 1 });
    const { data, error } = await posthog.GET(insights);
    expectTypeOf(data).toEqualTypeOf<PaginatedInsightList | undefined>();
    expectTypeOf(error).toMatchTypeOf<ErrorBody | undefined>();
    expectTypeOf<ErrorBody>().toMatchTypeOf<typeof error>();
    expectTypeOf<undefined>().toMatchTypeOf<typeof error>();
  });

  it("per call, data is present", async () => {
    const posthog = createPostHogClient({ projectId: 1 });
    const { data } = await posthog.GET(insights, { throwOnError: true });
    expectTypeOf(data).toEqualTypeOf<PaginatedInsightList>();
  });

  it("on the client, data is present unless a call opts out", async () => {
    const posthog = createPostHogClient({ projectId: 1, throwOnError: true });
    expectTypeOf(posthog).toEqualTypeOf<PostHogClient<any, true>>(); // eslint-disable-line @typescript-eslint/no-explicit-any
    const { data } = await posthog.GET("/api/environments/{project_id}/persons/{id}/", {
      params: { path: { id: 5 } },
    });
    expectTypeOf(data).toEqualTypeOf<Person>();
    const optedOut = await posthog.GET(insights, { throwOnError: false });
    expectTypeOf(optedOut.data).toEqualTypeOf<PaginatedInsightList | undefined>();
  });

  it("a 202 with no body is typed as undefined data", async () => {
    const posthog = createPostHogClient({ projectId: 1, throwOnError: true });
    const { data } = await posthog.PATCH("/api/environments/{project_id}/persons/{id}/", {
      params: { path: { id: 5 } },
      body: { properties: { plan: "pro" } },
    });
    expectTypeOf(data).toEqualTypeOf<undefined>();
  });
});

describe("parameters", () => {
  it("refuses wrong query parameter types and unknown paths", async () => {
    const posthog = createPostHogClient({ projectId: 1 });
    // @ts-expect-error limit is a number
    await posthog.GET(insights, { params: { query: { limit: "20" } } });
    // @ts-expect-error created_by is a list of user ids
    await posthog.GET(insights, { params: { query: { created_by: 42 } } });
    // @ts-expect-error refresh takes PostHog's execution modes only
    await posthog.GET(insights, { params: { query: { refresh: "sometimes" } } });
    // @ts-expect-error no such path
    await posthog.GET("/api/environments/{project_id}/nope/");
    // @ts-expect-error dashboards cannot be created here (no POST on this path)
    await posthog.POST("/api/environments/{project_id}/dashboards/{id}/", {
      params: { path: { id: 1 } },
    });
  });

  it("takes a Date for time parameters", async () => {
    const posthog = createPostHogClient({ projectId: 1 });
    await posthog.GET("/api/environments/{project_id}/events/", {
      params: { query: { after: new Date() } },
    });
    await posthog.GET("/api/environments/{project_id}/events/", {
      params: {
        query: {
          // @ts-expect-error but not where the parameter is no time
          event: new Date(),
        },
      },
    });
  });

  it("persons DELETE flags take only true", async () => {
    const posthog = createPostHogClient({ projectId: 1 });
    await posthog.DELETE("/api/environments/{project_id}/persons/{id}/", {
      params: { path: { id: 5 }, query: { delete_events: true } },
    });
    await posthog.DELETE("/api/environments/{project_id}/persons/{id}/", {
      // @ts-expect-error false would still delete events on the server
      params: { path: { id: 5 }, query: { delete_events: false } },
    });
  });

  it("types a custom fetch's argument", () => {
    createPostHogClient({
      fetch: async (request) => {
        expectTypeOf(request).toEqualTypeOf<Request>();
        return fetch(request);
      },
    });
  });
});

describe("per-call options", () => {
  it("take only what the client honours: a misspelling does not compile", async () => {
    const posthog = createPostHogClient({ projectId: 1 });
    // @ts-expect-error throwOnErorr is not an option
    await posthog.GET(insights, { throwOnErorr: true });
    // @ts-expect-error parms is not an option
    await posthog.GET(insights, { parms: { query: { limit: 1 } } });
    // @ts-expect-error qurey is not a params key
    await posthog.GET(insights, { params: { qurey: { limit: 1 } } });
    await posthog.GET(insights, {
      throwOnError: true,
      timeoutMs: 5_000,
      retry: { maxRetries: 1 },
      signal: AbortSignal.timeout(10_000),
      headers: { "X-Trace": "abc", Accept: undefined },
      middleware: [{ onRequest: () => undefined }],
      parseAs: "text",
    });
    await posthog.GET(insights, { retry: false });
  });

  it("that would bypass the pipeline are not typed", async () => {
    const posthog = createPostHogClient({ projectId: 1 });
    // @ts-expect-error a per-call fetch would skip auth, retries and limits
    await posthog.GET(insights, { fetch: globalThis.fetch });
    // @ts-expect-error the query is serialized by the spec's rules
    await posthog.GET(insights, { querySerializer: () => "" });
    // @ts-expect-error the path is checked and filled by the client
    await posthog.GET(insights, { pathSerializer: (p: string) => p });
    // @ts-expect-error the origin is the client's
    await posthog.GET(insights, { baseUrl: "https://evil.example.com" });
    // @ts-expect-error redirects are followed by the client, same origin only
    await posthog.GET(insights, { redirect: "follow" });
  });

  it("results say how many attempts they took", async () => {
    const posthog = createPostHogClient({ projectId: 1 });
    const result = await posthog.GET(insights);
    expectTypeOf(result.attempts).toEqualTypeOf<number>();
  });

  it("the per-call init and Middleware types are exported", () => {
    const middleware: Middleware = { onRequest: ({ request }) => request };
    const init: CallInit<paths[typeof insights], "get"> = {
      params: { path: { project_id: 1 } },
      timeoutMs: 1_000,
      middleware: [middleware],
    };
    expectTypeOf(init).toMatchTypeOf<CallOptions>();
  });
});

describe("format", () => {
  it('"csv" makes data a string on CSV-capable operations', async () => {
    const posthog = createPostHogClient({ projectId: 1, throwOnError: true });
    const csv = await posthog.GET(insights, { params: { query: { format: "csv" } } });
    expectTypeOf(csv.data).toEqualTypeOf<string>();
    const json = await posthog.GET(insights, { params: { query: { format: "json" } } });
    expectTypeOf(json.data).toEqualTypeOf<PaginatedInsightList>();
    const events = await posthog.GET("/api/environments/{project_id}/events/", {
      params: { query: { format: "csv" } },
    });
    expectTypeOf(events.data).toEqualTypeOf<string>();
  });

  it('a "csv" | "json" value types data as either', async () => {
    const posthog = createPostHogClient({ projectId: 1, throwOnError: true });
    const format = (Math.random() > 0.5 ? "csv" : "json") as "csv" | "json";
    const either = await posthog.GET(insights, { params: { query: { format } } });
    expectTypeOf(either.data).toEqualTypeOf<string | PaginatedInsightList>();
  });

  it('"csv" does not compile elsewhere', async () => {
    const posthog = createPostHogClient({ projectId: 1 });
    await posthog.GET("/api/environments/{project_id}/dashboards/{id}/", {
      // @ts-expect-error dashboards answer JSON only
      params: { path: { id: 1 }, query: { format: "csv" } },
    });
  });
});
