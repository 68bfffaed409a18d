// Contract tests: every operation, through the client, against Stoplight Prism mocking
// generated/openapi.json with --errors. Prism refuses any request that breaks the spec (422, or 401
// without the key an operation's security asks for) and turns any answer that breaks it into a 500,
// and it reports every violation, of any severity, in an `sl-violations` header; so each call checks
// that the request passed, that the answer came back without a violation, and that `data` parsed into
// the shape the spec promises.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startPrism, type PrismServer } from "../../scripts/prism.js";
import { PostHogApiError, PostHogPaginationError } from "../../src/index.js";
import { calls, contractClient, type ContractClient, type Exchange } from "./calls.js";
import { callCase, specCases, wirePath } from "./spec-cases.js";

const root = new URL("../../", import.meta.url);
const bundled = JSON.parse(readFileSync(new URL("generated/openapi.json", root), "utf8")) as {
  paths: Record<string, Record<string, SpecOperation>>;
};

interface SpecOperation {
  operationId?: string;
  responses?: Record<string, { content?: Record<string, { example?: unknown }> }>;
}

/** spec/operations.tsv. */
const listed = readFileSync(new URL("spec/operations.tsv", root), "utf8")
  .trim()
  .split("\n")
  .slice(1)
  .map((line) => {
    const [method, path, , , operationId] = line.split("\t");
    return { method: method!, path: path!, operationId: operationId! };
  });
const listedKeys = new Set(listed.map((op) => `${op.method} ${op.path}`));
/** The environments operations, and the projects-only ones (no environments twin). */
const documented = listed.filter(
  (op) =>
    op.path.startsWith("/api/environments/") ||
    !listedKeys.has(`${op.method} ${op.path.replace("/api/projects/", "/api/environments/")}`),
);

/** The CSV example the spec gives for an operation's 200 answer. */
function csvExample(method: string, path: string): string {
  const example =
    bundled.paths[path]?.[method.toLowerCase()]?.responses?.["200"]?.content?.["text/csv"]?.example;
  if (typeof example !== "string") throw new Error(`no text/csv example for ${method} ${path}`);
  return example;
}

let prism: PrismServer;
let posthog: ContractClient;
const exchanges: Exchange[] = [];

/** What Prism said, for a failure message: the exchanges, and its log since it started listening. */
function diagnostics(): string {
  const log = prism.log().split("\n");
  const listening = log.map((line) => line.includes("Prism is listening")).lastIndexOf(true);
  const recent = log.slice(listening + 1).slice(-25);
  return `exchanges: ${JSON.stringify(exchanges, null, 2)}\nPrism log:\n${recent.join("\n")}`;
}

beforeAll(async () => {
  prism = await startPrism();
  posthog = contractClient(prism.origin, exchanges);
}, 60_000);

afterAll(async () => {
  await prism?.stop();
});

beforeEach(() => {
  exchanges.length = 0;
});

describe("the calls cover the spec", () => {
  it("has one call for each environments operation, named as the spec names it", () => {
    const key = (op: { method: string; path: string; operationId: string }) =>
      `${op.method} ${op.path} ${op.operationId}`;
    expect(documented.length).toBeGreaterThan(0);
    expect(calls.map(key).sort()).toEqual(documented.map(key).sort());
    for (const call of calls) {
      expect(bundled.paths[call.path]?.[call.method.toLowerCase()]?.operationId).toBe(
        call.operationId,
      );
    }
  });
});

describe("every operation against Prism", () => {
  for (const call of calls) {
    it(`${call.operationId}: ${call.method} ${call.path}`, async () => {
      let response: Response | undefined;
      try {
        response = await call.run(posthog);
      } catch (error) {
        throw new Error(`${call.operationId} failed: ${String(error)}\n${diagnostics()}`, {
          cause: error,
        });
      }
      if (response) expect(response.ok, diagnostics()).toBe(call.status < 300);
      // One request, to the operation's path, that Prism accepted and answered within the spec.
      expect(exchanges, diagnostics()).toHaveLength(1);
      const [exchange] = exchanges;
      expect(exchange).toMatchObject({
        method: call.method,
        schemaPath: call.path,
        status: call.status,
        violations: null,
      });
      expect(new URL(exchange!.url).pathname).toMatch(/^\/api\/(?:environments|projects)\/12345\//);
    });
  }
});

// The same server, every operation of both families as generic calls built from the spec alone
// (spec-cases.ts): the request must pass Prism's validation and the answer come back within the
// spec, parsed into the example Prism serves.
describe("every operation of both families against Prism, built from the spec", () => {
  for (const c of specCases) {
    it(c.label, async () => {
      let answer;
      try {
        answer = await callCase(posthog, c);
      } catch (error) {
        // throwOnError: a non-2xx answer throws; the never-succeeding operation must.
        if (c.status < 300)
          throw new Error(`${c.label}: ${String(error)}\n${diagnostics()}`, { cause: error });
      }
      expect(exchanges, diagnostics()).toHaveLength(1);
      expect(exchanges[0], diagnostics()).toMatchObject({
        method: c.method.toUpperCase(),
        schemaPath: c.path,
        status: c.status,
        violations: null,
      });
      expect(new URL(exchanges[0]!.url).pathname).toBe(wirePath(c));
      if (c.status >= 300) return;
      if (c.reply.sampled) expect(typeof answer?.data).toBe("string");
      else expect(answer?.data ?? undefined).toEqual(c.reply.body);
    });
  }
});

describe("CSV through Prism", () => {
  const csvCalls = [
    {
      method: "GET",
      path: "/api/environments/{project_id}/events/",
      call: () =>
        posthog.GET("/api/environments/{project_id}/events/", {
          params: { query: { format: "csv", event: "$pageview", limit: 1000 } },
        }),
    },
    {
      method: "GET",
      path: "/api/environments/{project_id}/persons/",
      call: () =>
        posthog.GET("/api/environments/{project_id}/persons/", {
          params: { query: { format: "csv", search: "@example.com" } },
        }),
    },
    {
      method: "GET",
      path: "/api/environments/{project_id}/insights/",
      call: () =>
        posthog.GET("/api/environments/{project_id}/insights/", {
          params: { query: { format: "csv", limit: 100 } },
        }),
    },
    {
      method: "GET",
      path: "/api/environments/{project_id}/insights/trend/",
      call: () =>
        posthog.GET("/api/environments/{project_id}/insights/trend/", {
          params: {
            query: {
              format: "csv",
              events: [{ id: "$pageview", type: "events" }],
              date_from: "2026-11-01",
              date_to: "2026-11-02",
              interval: "day",
              export_name: "pageviews",
            },
          },
        }),
    },
    {
      method: "POST",
      path: "/api/environments/{project_id}/insights/trend/",
      call: () =>
        posthog.POST("/api/environments/{project_id}/insights/trend/", {
          params: { query: { format: "csv" } },
          body: { events: [{ id: "$pageview", type: "events" }], interval: "day" },
        }),
    },
  ] as const;

  for (const { method, path, call } of csvCalls) {
    it(`${method} ${path} with format "csv" returns the CSV text`, async () => {
      const { data, response } = await call();
      expect(response.ok).toBe(true);
      expect(typeof data).toBe("string");
      expect(data).toBe(csvExample(method, path));
      expect(exchanges).toHaveLength(1);
      expect(exchanges[0]).toMatchObject({
        method,
        schemaPath: path,
        accept: "text/csv",
        status: 200,
        violations: null,
      });
      expect(exchanges[0]?.contentType).toMatch(/^text\/csv/);
      expect(new URL(exchanges[0]!.url).searchParams.get("format")).toBe("csv");
    });
  }

  it("csvRows reads the persons export into rows keyed by the header", async () => {
    const rows = [];
    for await (const row of posthog.csvRows("/api/environments/{project_id}/persons/", {
      params: { query: { search: "@example.com" } },
    })) {
      rows.push(row);
    }
    expect(rows).toEqual([
      {
        created_at: "2026-10-01T08:00:00Z",
        "distinct_ids.0": "user-1",
        id: "0192f1a2-3b4c-7d5e-8f60-718293a4b5c6",
        is_identified: "True",
        name: "ada@example.com",
        "properties.email": "ada@example.com",
        type: "person",
        uuid: "0192f1a2-3b4c-7d5e-8f60-718293a4b5c6",
      },
    ]);
    expect(exchanges).toMatchObject([{ accept: "text/csv", status: 200, violations: null }]);
  });

  it("csvRows reads the insights list as its one wide row", async () => {
    const rows = [];
    for await (const row of posthog.csvRows("/api/environments/{project_id}/insights/")) {
      rows.push(row);
    }
    expect(rows).toEqual([
      {
        count: "1",
        next: "",
        previous: "",
        "results.0.id": "42",
        "results.0.name": "Weekly signups",
        "results.0.short_id": "aBcD1234",
      },
    ]);
  });
});

describe("the helpers and the spec's other examples through Prism", () => {
  it("paginate reads the insights list", async () => {
    const insights = await posthog
      .paginate(
        "/api/environments/{project_id}/insights/",
        { params: { query: { limit: 10 } } },
        {
          maxItems: 5,
        },
      )
      .toArray();
    expect(insights.map((insight) => insight.short_id)).toEqual(["aBcD1234"]);
    expect(exchanges).toMatchObject([{ status: 200, violations: null }]);
  });

  it("paginate refuses the persons example's next link, which points at us.posthog.com", async () => {
    const seen: string[] = [];
    const error = await (async () => {
      for await (const person of posthog.paginate("/api/environments/{project_id}/persons/")) {
        seen.push(person.uuid);
      }
    })().then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(seen).toEqual(["0192f1a2-3b4c-7d5e-8f60-718293a4b5c6"]);
    expect(error).toBeInstanceOf(PostHogPaginationError);
    expect((error as PostHogPaginationError).reason).toBe("other-origin");
    // Nothing was sent to the link.
    expect(exchanges).toHaveLength(1);
  });

  it("reads a person by UUID as well as by integer id", async () => {
    const { data } = await posthog.GET("/api/environments/{project_id}/persons/{id}/", {
      params: { path: { id: "0192f1a2-3b4c-7d5e-8f60-718293a4b5c6" } },
    });
    expect(data.id).toBe(1234567);
    expect(exchanges).toMatchObject([{ status: 200, violations: null }]);
  });

  it("reads the older servers' bare arrays of values (Prefer: example=...)", async () => {
    const events = await posthog.GET("/api/environments/{project_id}/events/values/", {
      params: { query: { key: "$browser", event_name: ["$pageview"] } },
      headers: { Prefer: "example=EventValuesArray" },
    });
    expect(events.data).toEqual([{ name: "Chrome" }, { name: "Safari" }]);
    const groups = await posthog.GET("/api/environments/{project_id}/groups/property_values/", {
      params: { query: { group_type_index: 0, key: "industry" } },
      headers: { Prefer: "example=GroupPropertyValuesArray" },
    });
    expect(groups.data).toEqual([
      { name: "Manufacturing", count: 31 },
      { name: "Software", count: 22 },
    ]);
    expect(exchanges).toMatchObject([
      { status: 200, violations: null },
      { status: 200, violations: null },
    ]);
  });

  it('takes "@current" as the project', async () => {
    const { data } = await posthog.GET("/api/environments/{project_id}/hog_functions/", {
      params: { path: { project_id: "@current" } },
    });
    expect(data.results).toHaveLength(1);
    expect(exchanges[0]?.url).toContain("/api/environments/%40current/hog_functions/");
    expect(exchanges).toMatchObject([{ status: 200, violations: null }]);
  });
});

describe("Prism does validate (so a passing call means something)", () => {
  it("refuses a request that breaks the spec with 422 and says why", async () => {
    const response = await fetch(
      `${prism.origin}/api/environments/12345/persons/1234567/?delete_events=false`,
      { method: "DELETE", headers: { Authorization: "Bearer phx_contract" } },
    );
    await response.body?.cancel();
    expect(response.status).toBe(422);
    expect(JSON.parse(response.headers.get("sl-violations") ?? "[]")).toMatchObject([
      { location: ["request", "query", "delete_events"], severity: "Error", code: "enum" },
    ]);
  });

  it("refuses a body that breaks its schema, through the client", async () => {
    const error = await posthog
      .POST("/api/environments/{project_id}/insight_variables/", {
        // @ts-expect-error: `type` is required, and Prism knows it too
        body: { name: "Minimum order" },
      })
      .then(
        () => undefined,
        (thrown: unknown) => thrown,
      );
    expect(error).toBeInstanceOf(PostHogApiError);
    expect((error as PostHogApiError).status).toBe(422);
    expect(exchanges[0]?.violations).toContain("must have required property 'type'");
  });

  it("refuses an operation that needs a personal API key when none is sent", async () => {
    const response = await fetch(`${prism.origin}/api/environments/12345/insights/`);
    await response.body?.cancel();
    expect(response.status).toBe(401);
    expect(response.headers.get("sl-violations")).toContain("Invalid security scheme used");
  });
});
