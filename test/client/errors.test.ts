// Errors are read from every body shape PostHog (or a proxy in front of it) sends; no SyntaxError leaks.
import nock from "nock";
import { describe, expect, it } from "vitest";
import {
  createPostHogClient,
  PostHogApiError,
  PostHogError,
  PostHogResponseError,
} from "../../src/index.js";

const host = "https://us.posthog.com";
const path = "/api/environments/1/insights/";
const insights = "/api/environments/{project_id}/insights/" as const;
// Error shapes alone: with Cloud's default rate limiter, the 429 below would pause the key's insights
// budget for its 13 s Retry-After, and every later call here would wait it out (test/rate-limit).
const posthog = createPostHogClient({
  apiKey: "phx_k",
  projectId: 1,
  retry: false,
  rateLimit: false,
});

async function thrown(reply: (scope: nock.Interceptor) => nock.Scope): Promise<PostHogApiError> {
  reply(nock(host).get(path));
  const error = await posthog.GET(insights, { throwOnError: true }).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PostHogApiError);
  expect(error).toBeInstanceOf(PostHogError);
  return error as PostHogApiError;
}

describe("PostHogApiError reads", () => {
  it("the standard {type, code, detail, attr} shape", async () => {
    const error = await thrown((i) =>
      i.reply(400, {
        type: "validation_error",
        code: "invalid_input",
        detail: "Filters must be a dictionary",
        attr: "filters__date_from",
      }),
    );
    expect(error).toMatchObject({
      status: 400,
      type: "validation_error",
      code: "invalid_input",
      detail: "Filters must be a dictionary",
      attr: "filters__date_from",
      method: "GET",
      path,
      attempts: 1,
    });
    expect(error.body).toEqual({
      type: "validation_error",
      code: "invalid_input",
      detail: "Filters must be a dictionary",
      attr: "filters__date_from",
    });
    expect(error.message).toBe(
      `GET ${path} failed with 400 (invalid_input): Filters must be a dictionary.`,
    );
  });

  it('the {"error": "..."} shape', async () => {
    const error = await thrown((i) =>
      i.reply(409, { error: "Unlisted dashboard with tag 'llm-analytics' already exists" }),
    );
    expect(error.detail).toBe("Unlisted dashboard with tag 'llm-analytics' already exists");
    expect(error.code).toBeUndefined();
    expect(error.message).toContain("409");
  });

  it("the shape with code and detail swapped", async () => {
    const error = await thrown((i) =>
      i.reply(400, {
        attr: "value",
        code: "This field is required.",
        detail: "required",
        type: "validation_error",
      }),
    );
    expect(error.code).toBe("required");
    expect(error.detail).toBe("This field is required.");
    expect(error.attr).toBe("value");
  });

  it('the {"success": false, "detail": ...} shape', async () => {
    const error = await thrown((i) =>
      i.reply(400, { success: false, detail: "Unable to delete property" }),
    );
    expect(error.detail).toBe("Unable to delete property");
  });

  it("an empty body", async () => {
    const error = await thrown((i) => i.reply(500, ""));
    expect(error.status).toBe(500);
    expect(error.detail).toBeUndefined();
    expect(error.message).toMatch(
      /failed with 500: .+\. PostHog could not handle the request; retry later\./,
    );
  });

  it("an HTML page from a load balancer", async () => {
    const html =
      "<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center></body></html>";
    const error = await thrown((i) => i.reply(502, html, { "Content-Type": "text/html" }));
    expect(error.status).toBe(502);
    expect(error.body).toBe(html);
    expect(error.detail).toBe('an HTML page titled "502 Bad Gateway"');
    expect(error.message).toContain("A proxy or load balancer answered instead of PostHog");
  });

  it("plain text", async () => {
    const error = await thrown((i) =>
      i.reply(503, "upstream connect error", { "Content-Type": "text/plain" }),
    );
    expect(error.detail).toBe("upstream connect error");
  });

  it("a body that claims JSON but is not", async () => {
    const error = await thrown((i) =>
      i.reply(500, "{not json", { "Content-Type": "application/json" }),
    );
    expect(error.detail).toBe("{not json");
  });
});

describe("messages say what to do", () => {
  it("a missing scope", async () => {
    const error = await thrown((i) =>
      i.reply(403, {
        type: "authentication_error",
        code: "permission_denied",
        detail: "API key missing required scope 'insight:read'",
        attr: null,
      }),
    );
    expect(error.message).toContain("API key missing required scope 'insight:read'");
    expect(error.message).toContain("Add that scope to the personal API key");
  });

  it("an unknown project", async () => {
    const error = await thrown((i) =>
      i.reply(404, {
        type: "invalid_request",
        code: "not_found",
        detail: "Project not found.",
        attr: null,
      }),
    );
    expect(error.message).toContain("Project not found");
    expect(error.message).toContain("Check the project id");
  });

  it("a bad key", async () => {
    const error = await thrown((i) =>
      i.reply(401, {
        type: "authentication_error",
        code: "authentication_failed",
        detail: "Personal API key found in request Authorization header is invalid.",
        attr: null,
      }),
    );
    expect(error.message).toContain("Check the personal API key");
  });

  it("throttling, with the wait from Retry-After", async () => {
    const error = await thrown((i) =>
      i.reply(
        429,
        {
          type: "throttled_error",
          code: "throttled",
          detail: "Request was throttled. Expected available in 13 seconds.",
          attr: null,
        },
        { "Retry-After": "13" },
      ),
    );
    expect(error.message).toMatch(/throttled, retry after 13 s/i);
    expect(error.retryAfterSeconds).toBe(13);
  });

  it("throttling, with the wait read from the detail when Retry-After is missing", async () => {
    const error = await thrown((i) =>
      i.reply(429, {
        type: "throttled_error",
        code: "throttled",
        detail: "Request was throttled. Expected available in 7 seconds.",
        attr: null,
      }),
    );
    expect(error.message).toMatch(/throttled, retry after 7 s/i);
  });

  it("a dashboards DELETE, which PostHog always refuses", async () => {
    nock(host).delete("/api/environments/1/dashboards/9/").reply(405);
    const error = await posthog
      .DELETE("/api/environments/{project_id}/dashboards/{id}/", {
        params: { path: { id: 9 } },
        throwOnError: true,
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PostHogApiError);
    expect((error as Error).message).toContain('soft-delete them with PATCH {"deleted": true}');
  });
});

describe("without throwOnError", () => {
  it("error is the JSON body", async () => {
    nock(host)
      .get(path)
      .reply(404, { type: "invalid_request", code: "not_found", detail: "Not found.", attr: null });
    const { data, error, response } = await posthog.GET(insights);
    expect(data).toBeUndefined();
    expect(error).toEqual({
      type: "invalid_request",
      code: "not_found",
      detail: "Not found.",
      attr: null,
    });
    expect(response.status).toBe(404);
  });

  it("error is defined even when the body is empty or HTML", async () => {
    nock(host).get(path).reply(502, "<html><title>502 Bad Gateway</title></html>");
    nock(host).get(path).reply(500);
    const first = await posthog.GET(insights);
    const second = await posthog.GET(insights);
    expect(first.error).toEqual({ detail: 'an HTML page titled "502 Bad Gateway"' });
    expect(second.error).toEqual({ detail: "Internal Server Error" });
  });

  it("a client created with throwOnError throws, and a call can opt out", async () => {
    const strict = createPostHogClient({
      apiKey: "phx_k",
      projectId: 1,
      retry: false,
      throwOnError: true,
    });
    nock(host).get(path).twice().reply(404, { detail: "Not found." });
    await expect(strict.GET(insights)).rejects.toBeInstanceOf(PostHogApiError);
    const { error } = await strict.GET(insights, { throwOnError: false });
    expect(error).toEqual({ detail: "Not found." });
  });
});

describe("successful answers that cannot be read", () => {
  it("invalid JSON with a 200 is a PostHogResponseError, never a SyntaxError", async () => {
    nock(host)
      .get(path)
      .reply(200, '{"count": 1, "results": [', { "Content-Type": "application/json" });
    const error = await posthog.GET(insights).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PostHogResponseError);
    expect(error).not.toBeInstanceOf(SyntaxError);
    expect(error).toMatchObject({
      status: 200,
      method: "GET",
      path,
      bodyPreview: '{"count": 1, "results": [',
    });
    expect((error as Error).message).toContain("not valid JSON");
  });

  it("an HTML page with a 200 is a PostHogResponseError", async () => {
    nock(host).get(path).reply(200, "<html>captive portal</html>", { "Content-Type": "text/html" });
    await expect(posthog.GET(insights)).rejects.toBeInstanceOf(PostHogResponseError);
  });

  it("an empty 200 body gives undefined data", async () => {
    nock(host).get(path).reply(200, "");
    const { data, error } = await posthog.GET(insights);
    expect(data).toBeUndefined();
    expect(error).toBeUndefined();
  });
});
