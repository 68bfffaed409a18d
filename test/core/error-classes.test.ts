// A non-2xx answer throws the subclass of PostHogApiError for its status, as the OpenAI and Stripe
// SDKs do, with a message that fits the request that was actually sent.
import { describe, expect, it } from "vitest";
import {
  createPostHogClient,
  PostHogApiError,
  PostHogAuthenticationError,
  PostHogError,
  PostHogNotFoundError,
  PostHogPermissionError,
  PostHogRateLimitError,
  PostHogServerError,
  PostHogValidationError,
} from "../../src/index.js";
import { hintFor } from "../../src/error-body.js";

const INSIGHTS = "/api/environments/{project_id}/insights/" as const;

const answering = (status: number, body: unknown = { detail: "x" }) =>
  createPostHogClient({
    apiKey: "phx_k",
    projectId: 1,
    retry: false,
    throwOnError: true,
    fetch: async () => Response.json(body, { status }),
  });

describe("status classes", () => {
  it.each([
    [400, PostHogValidationError],
    [409, PostHogValidationError],
    [422, PostHogValidationError],
    [401, PostHogAuthenticationError],
    [403, PostHogPermissionError],
    [404, PostHogNotFoundError],
    [429, PostHogRateLimitError],
    [500, PostHogServerError],
    [503, PostHogServerError],
    [405, PostHogApiError],
  ] as const)("%i throws %o", async (status, type) => {
    const error = await answering(status)
      .GET(INSIGHTS)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(type);
    expect(error).toBeInstanceOf(PostHogApiError);
    expect(error).toBeInstanceOf(PostHogError);
    expect((error as PostHogApiError).name).toBe(type.name);
    expect((error as PostHogApiError).status).toBe(status);
  });
});

describe("messages that fit the request", () => {
  it("the tile stream's 401 does not point at a key it never sent", async () => {
    let authorization: string | null = "unset";
    const posthog = createPostHogClient({
      apiKey: "phx_k",
      projectId: 1,
      retry: false,
      fetch: async (request) => {
        authorization = request.headers.get("authorization");
        return Response.json(
          { detail: "Authentication credentials were not provided." },
          { status: 401 },
        );
      },
    });
    const error = await (async () => {
      for await (const message of posthog.streamDashboardTiles(7)) void message;
    })().catch((e: unknown) => e);
    expect(authorization).toBeNull();
    expect(error).toBeInstanceOf(PostHogAuthenticationError);
    expect((error as Error).message).not.toContain("Check the personal API key");
    expect((error as Error).message).toContain("refuses personal API keys, so none was sent");
  });

  it("a CSV request refused for a scope says which scope, as a JSON one does", async () => {
    // PostHog answers CSV errors on events and persons with the status and an empty body.
    const posthog = createPostHogClient({
      apiKey: "phx_k",
      projectId: 1,
      retry: false,
      fetch: async () => new Response("", { status: 403 }),
    });
    const error = await (async () => {
      for await (const row of posthog.csvRows("/api/environments/{project_id}/events/")) void row;
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PostHogPermissionError);
    expect((error as Error).message).toContain("this operation needs the scope 'query:read'");
    const direct = await posthog
      .GET("/api/environments/{project_id}/persons/", {
        params: { query: { format: "csv" } },
        throwOnError: true,
      })
      .catch((e: unknown) => e);
    expect((direct as Error).message).toContain("needs the scope 'person:read'");
  });

  it("a 403 with no detail (a CSV answer) names the scopes the operation needs", () => {
    expect(hintFor(403, {}, { scopes: ["insight:read"] })).toContain(
      "needs the scope 'insight:read'",
    );
    expect(
      hintFor(
        403,
        { detail: "API key missing required scope 'insight:read'" },
        { scopes: ["insight:read"] },
      ),
    ).toMatch(/^Add that scope/);
  });
});
