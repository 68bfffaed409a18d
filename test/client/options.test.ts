// Bad options fail at creation with a PostHogConfigError naming the option; good ones shape requests.
import nock from "nock";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createPostHogClient, PostHogConfigError } from "../../src/index.js";
import { VERSION } from "../../src/version.js";
import packageJson from "../../package.json" with { type: "json" };

const insights = "/api/environments/{project_id}/insights/" as const;
const page = { count: 0, next: null, previous: null, results: [] };

function configError(make: () => unknown): PostHogConfigError {
  try {
    make();
  } catch (error) {
    expect(error).toBeInstanceOf(PostHogConfigError);
    return error as PostHogConfigError;
  }
  throw new Error("expected a PostHogConfigError");
}

afterEach(() => vi.unstubAllEnvs());

describe("the API key", () => {
  it("is required: no option and no POSTHOG_PERSONAL_API_KEY is an error naming both", () => {
    vi.stubEnv("POSTHOG_PERSONAL_API_KEY", undefined);
    const error = configError(() => createPostHogClient({}));
    expect(error.option).toBe("apiKey");
    expect(error.message).toMatch(/apiKey/);
    expect(error.message).toMatch(/POSTHOG_PERSONAL_API_KEY/);
  });

  it("defaults to POSTHOG_PERSONAL_API_KEY", async () => {
    vi.stubEnv("POSTHOG_PERSONAL_API_KEY", "phx_from_env");
    const scope = nock("https://us.posthog.com", {
      reqheaders: { authorization: "Bearer phx_from_env" },
    })
      .get("/api/environments/1/insights/")
      .reply(200, page);
    const posthog = createPostHogClient({ projectId: 1 });
    expect((await posthog.GET(insights)).data).toEqual(page);
    scope.done();
  });

  it("refuses keys with whitespace or line breaks, without echoing them", () => {
    const error = configError(() => createPostHogClient({ apiKey: "phx_secret\nInjected: 1" }));
    expect(error.option).toBe("apiKey");
    expect(error.message).not.toContain("phx_secret");
  });

  it("checks a key provider's answer at call time", async () => {
    const posthog = createPostHogClient({ apiKey: () => "", projectId: 1 });
    await expect(posthog.GET(insights)).rejects.toBeInstanceOf(PostHogConfigError);
  });
});

describe("the host", () => {
  it.each([
    ["not a url", /is not a URL/],
    ["ftp://posthog.example.com", /must use https/],
    ["https://user:pw@posthog.example.com", /user name or password/],
    ["https://posthog.example.com/api", /origin only/],
    ["https://posthog.example.com/?x=1", /origin only/],
    ["https://posthog.example.com/#top", /origin only/],
    ["http://posthog.example.com", /allowInsecureHttp/],
  ])("refuses %s", (host, message) => {
    const error = configError(() => createPostHogClient({ apiKey: "phx_k", host }));
    expect(error.option).toBe("host");
    expect(error.message).toMatch(message);
    expect(error.message).not.toContain("pw");
  });

  it.each([
    [undefined, "https://us.posthog.com"],
    ["us", "https://us.posthog.com"],
    ["eu", "https://eu.posthog.com"],
    ["https://posthog.example.com/", "https://posthog.example.com"],
    ["http://127.0.0.1:8000", "http://127.0.0.1:8000"],
    ["http://localhost:8000", "http://localhost:8000"],
  ])("takes %s as %s", (host, origin) => {
    expect(createPostHogClient({ apiKey: "phx_k", host }).host).toBe(origin);
  });

  it("takes plain http on another host only with allowInsecureHttp", () => {
    const posthog = createPostHogClient({
      apiKey: "phx_k",
      host: "http://posthog.internal",
      allowInsecureHttp: true,
    });
    expect(posthog.host).toBe("http://posthog.internal");
  });

  it("sends requests to the eu host", async () => {
    const scope = nock("https://eu.posthog.com")
      .get("/api/environments/7/insights/")
      .reply(200, page);
    const posthog = createPostHogClient({ apiKey: "phx_k", host: "eu", projectId: 7 });
    await posthog.GET(insights);
    scope.done();
  });
});

describe("projectId", () => {
  it.each([0, -3, 1.5, "abc", "12a", "", "@me", {}])("refuses %j", (projectId) => {
    const error = configError(() =>
      createPostHogClient({ apiKey: "phx_k", projectId: projectId as never }),
    );
    expect(error.option).toBe("projectId");
    expect(error.message).toMatch(/projectId must be/);
  });

  it.each([
    [12345, "12345"],
    ["12345", "12345"],
    ["@current", "%40current"], // Django decodes it back to @current
  ])("takes %j", async (projectId, sent) => {
    const scope = nock("https://us.posthog.com")
      .get(`/api/environments/${sent}/insights/`)
      .reply(200, page);
    const posthog = createPostHogClient({ apiKey: "phx_k", projectId });
    await posthog.GET(insights);
    scope.done();
  });
});

describe("other options", () => {
  it.each([
    [{ timeoutMs: 0 }, "timeoutMs"],
    [{ timeoutMs: Number.NaN }, "timeoutMs"],
    [{ retry: "yes" }, "retry"],
    [{ fetch: "fetch" }, "fetch"],
  ])("refuses %j", (options, option) => {
    expect(
      configError(() => createPostHogClient({ apiKey: "phx_k", ...(options as object) })).option,
    ).toBe(option);
  });

  it.each([
    [{ timeoutMs: Infinity }, "timeoutMs"],
    [{ timeoutMs: 2 ** 31 }, "timeoutMs"], // setTimeout would fire at once
    [{ retry: null }, "retry"],
    [{ retry: [] }, "retry"],
    [{ retry: { maxRetrys: 3 } }, "retry.maxRetrys"],
    [{ retry: { maxRetries: -1 } }, "retry.maxRetries"],
    [{ retry: { maxRetries: 1.5 } }, "retry.maxRetries"],
    [{ retry: { maxRetries: Infinity } }, "retry.maxRetries"],
    [{ retry: { maxRetries: "3" } }, "retry.maxRetries"],
    [{ retry: { baseDelayMs: Number.NaN } }, "retry.baseDelayMs"],
    [{ retry: { maxDelayMs: -5 } }, "retry.maxDelayMs"],
    [{ retry: { maxDelayMs: Infinity } }, "retry.maxDelayMs"],
    [{ retry: { maxRetryAfterMs: Infinity } }, "retry.maxRetryAfterMs"],
    [{ retry: { maxRetryAfterMs: 2 ** 31 } }, "retry.maxRetryAfterMs"],
    [{ retry: { maxRetryAfterMs: null } }, "retry.maxRetryAfterMs"],
  ])("refuses %o (#10.11)", (options, option) => {
    const error = configError(() =>
      createPostHogClient({ apiKey: "phx_k", ...(options as object) }),
    );
    expect(error.option).toBe(option);
    expect(error.message).toContain(option);
  });

  it("takes retry values of 0 (no retries, no backoff, never wait for Retry-After)", () => {
    expect(() =>
      createPostHogClient({
        apiKey: "phx_k",
        retry: { maxRetries: 0, baseDelayMs: 0, maxDelayMs: 0, maxRetryAfterMs: 0 },
      }),
    ).not.toThrow();
  });

  const COOKIE = "sessionid=s3cr3t-session-value";
  it.each([
    [{ headers: "Cookie: x" }, "headers"],
    [{ headers: [["Cookie", "x"]] }, "headers"],
    [{ headers: { Cookie: `${COOKIE}\r\nX-Evil: 1` } }, "headers"],
    [{ headers: { Cookie: `${COOKIE}\u0100` } }, "headers"],
    [{ headers: { Cookie: `${COOKIE} ` } }, "headers"],
    [{ headers: { Cookie: 42 } }, "headers"],
    [{ headers: { [`Cookie ${COOKIE}`]: "x" } }, "headers"],
    [{ userAgent: `agent ${COOKIE}\n` }, "userAgent"],
    [{ userAgent: 7 }, "userAgent"],
  ])("refuses %o at creation without quoting the value (#10.16)", (options, option) => {
    const error = configError(() =>
      createPostHogClient({ apiKey: "phx_k", ...(options as object) }),
    );
    expect(error.option).toBe(option);
    expect(error.message).not.toContain("s3cr3t");
  });

  it("names the header whose value is bad", () => {
    const error = configError(() =>
      createPostHogClient({ apiKey: "phx_k", headers: { "X-Ok": "fine", Cookie: "a\nb" } }),
    );
    expect(error.message).toMatch(/the value of Cookie contains a line break/);
  });

  it("sends a User-Agent naming this package and the caller's prefix, and the extra headers", async () => {
    const scope = nock("https://us.posthog.com", {
      reqheaders: {
        "user-agent": `billing-sync/2.1 posthog-environments-client/${VERSION}`,
        "x-team": "billing",
        accept: "application/json",
      },
    })
      .get("/api/environments/1/insights/")
      .reply(200, page);
    const posthog = createPostHogClient({
      apiKey: "phx_k",
      projectId: 1,
      userAgent: "billing-sync/2.1",
      headers: { "X-Team": "billing" },
    });
    await posthog.GET(insights);
    scope.done();
  });

  it("uses a custom fetch for every attempt", async () => {
    const seen: string[] = [];
    const posthog = createPostHogClient({
      apiKey: "phx_k",
      projectId: 1,
      fetch: async (request) => {
        seen.push(`${request.method} ${request.url} ${request.headers.get("authorization")}`);
        return Response.json(page);
      },
    });
    expect((await posthog.GET(insights)).data).toEqual(page);
    expect(seen).toEqual(["GET https://us.posthog.com/api/environments/1/insights/ Bearer phx_k"]);
  });

  it("keeps VERSION equal to package.json's version", () => {
    expect(VERSION).toBe(packageJson.version);
  });
});
