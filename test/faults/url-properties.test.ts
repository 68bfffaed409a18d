// Property-based tests (fast-check) of what the client puts in a URL, thousands of cases each:
// - path parameter values can never produce a request outside the operation's path;
// - query serialization round-trips through URLSearchParams and never drops a value silently;
// - next-link validation never follows a link with another origin, user info or path.
// Pure functions are tested directly (fast), then the same claims through the client with a custom
// `fetch` that records what would go on the wire.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { operations, type PathParamRule, type QueryEncoding } from "../../generated/operations.js";
import {
  createPostHogClient,
  PostHogPaginationError,
  PostHogParameterError,
  type PaginationStopReason,
} from "../../src/index.js";
import { checkNextUrl } from "../../src/pagination/next-url.js";
import { checkPathParams } from "../../src/path-params.js";
import { LONE_SURROGATE, serializeQuery } from "../../src/query.js";
import { urlishString } from "./arbitraries.js";

const ORIGIN = "http://127.0.0.1:8010";
const PARAM = /\{([^{}]+)\}/g;

type Method = "GET" | "POST" | "PATCH" | "DELETE";
interface Operation {
  path: string;
  method: Method;
  names: string[];
  rules: Readonly<Record<string, readonly PathParamRule[]>>;
}

const OPERATIONS: Operation[] = Object.entries(operations).flatMap(([path, methods]) =>
  Object.entries(methods as Record<string, { pathParams: Operation["rules"] }>).map(
    ([method, meta]) => ({
      path,
      method: method.toUpperCase() as Method,
      names: [...path.matchAll(PARAM)].map((m) => m[1]!),
      rules: meta.pathParams,
    }),
  ),
);

const recorded = () => {
  const requests: Request[] = [];
  const fetch = async (request: Request) => {
    requests.push(request);
    return new Response("{}", { status: 200, headers: { "content-type": "application/json" } });
  };
  return { requests, fetch };
};

// ---------------------------------------------------------------------------------------------
// Path parameters
// ---------------------------------------------------------------------------------------------

const pathValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: urlishString() },
  { weight: 2, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.uuid() },
  {
    weight: 1,
    arbitrary: fc.constantFrom<unknown>(
      "@current",
      "@me",
      "12",
      "0012",
      " 12",
      0,
      -1,
      1.5,
      NaN,
      Infinity,
      2 ** 53,
      null,
      undefined,
      true,
      {},
      ["a", "b"],
      "00000000-0000-0000-0000-000000000000/..",
    ),
  },
);

const pathCase = fc.constantFrom(...OPERATIONS).chain((operation) =>
  fc.record({
    operation: fc.constant(operation),
    values: fc.tuple(...operation.names.map(() => pathValue)),
    /** With the spec's rules, or only the safety checks (a path outside the spec). */
    withRules: fc.boolean(),
    defaultProjectId: fc.constantFrom(undefined, "1", "@current"),
  }),
);

/**
 * The request stays on the operation's path: same number of segments once the URL parser has
 * normalized it, the template's fixed segments unchanged, each parameter segment decoding to exactly
 * the value, no query or fragment, same origin.
 */
function expectWithinPath(url: URL, template: string, values: Record<string, string | number>) {
  expect(url.origin).toBe(ORIGIN);
  expect(url.search).toBe("");
  expect(url.hash).toBe("");
  const want = template.split("/");
  const got = url.pathname.split("/");
  expect(got).toHaveLength(want.length);
  want.forEach((segment, i) => {
    const name = /^\{([^{}]+)\}$/.exec(segment)?.[1];
    if (name === undefined) expect(got[i]).toBe(segment);
    else expect(decodeURIComponent(got[i]!)).toBe(String(values[name]));
  });
}

describe("path parameters can never move a request off the operation's path", () => {
  it("checkPathParams + encodeURIComponent + the URL parser (2000 runs)", () => {
    fc.assert(
      fc.property(pathCase, ({ operation, values, withRules, defaultProjectId }) => {
        const given = Object.fromEntries(operation.names.map((name, i) => [name, values[i]]));
        let checked: Record<string, string | number>;
        try {
          checked = checkPathParams(
            operation.path,
            given,
            defaultProjectId,
            withRules ? operation.rules : undefined,
          );
        } catch (error) {
          expect(error).toBeInstanceOf(PostHogParameterError);
          expect(error).toMatchObject({ location: "path" });
          return;
        }
        // Built as the client (and openapi-fetch) build it.
        const filled = operation.path.replace(PARAM, (_, name: string) =>
          encodeURIComponent(String(checked[name])),
        );
        expectWithinPath(new URL(ORIGIN + filled), operation.path, checked);
        for (const name of operation.names) {
          if (given[name] !== undefined) expect(checked[name]).toBe(given[name]);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("through the client: the URL handed to fetch (1000 runs)", async () => {
    await fc.assert(
      fc.asyncProperty(pathCase, async ({ operation, values, defaultProjectId }) => {
        const { requests, fetch } = recorded();
        const posthog = createPostHogClient({
          apiKey: "phx_path_key",
          host: ORIGIN,
          projectId: defaultProjectId,
          retry: false,
          fetch,
        });
        const given = Object.fromEntries(operation.names.map((name, i) => [name, values[i]]));
        const call = posthog[operation.method] as (path: string, init: object) => Promise<unknown>;
        try {
          await call(operation.path, { params: { path: given } });
        } catch (error) {
          expect(error).toBeInstanceOf(PostHogParameterError);
          expect(requests).toHaveLength(0);
          return;
        }
        expect(requests).toHaveLength(1);
        const sent = {
          ...given,
          project_id: given.project_id ?? defaultProjectId,
        } as unknown as Record<string, string | number>;
        expectWithinPath(new URL(requests[0]!.url), operation.path, sent);
      }),
      { numRuns: 1000 },
    );
  });

  // Bug: a lone surrogate passes checkPathParams, then encodeURIComponent throws a bare URIError. No
  // request leaves (the path property holds), but the error is untyped, where the README promises a
  // PostHogParameterError for "a path or query value that cannot be sent".
  it("a value with a lone surrogate is refused with PostHogParameterError", async () => {
    const { requests, fetch } = recorded();
    const posthog = createPostHogClient({ apiKey: "phx_k", host: ORIGIN, projectId: 1, fetch });
    const error = await posthog
      .DELETE(
        "/api/environments/{project_id}/insights/{insight_id}/sharing/passwords/{password_id}/",
        {
          params: { path: { insight_id: 1, password_id: "pw\ud800" } },
        },
      )
      .catch((e: unknown) => e);
    expect(requests).toHaveLength(0);
    expect(error).toBeInstanceOf(PostHogParameterError);
  });
});

// ---------------------------------------------------------------------------------------------
// Query serialization
// ---------------------------------------------------------------------------------------------

type Expected = { entries: [string, string][] } | { refused: string };

const isDate = (v: unknown): v is Date => v instanceof Date;

/** What the README promises, written independently of src/query.ts. */
function modelScalar(value: unknown): string | undefined {
  if (typeof value === "string") return LONE_SURROGATE.test(value) ? undefined : value;
  if (typeof value === "boolean" || typeof value === "bigint") return String(value);
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : undefined;
  if (isDate(value)) return Number.isNaN(value.getTime()) ? undefined : value.toISOString();
  return undefined; // null, objects, arrays, functions, symbols, undefined inside an array
}

function modelQuery(
  query: Record<string, unknown>,
  encodings: Record<string, QueryEncoding>,
): Expected {
  const entries: [string, string][] = [];
  for (const [name, value] of Object.entries(query)) {
    if (LONE_SURROGATE.test(name)) return { refused: name };
    if (value === undefined) continue;
    const encoding = encodings[name];
    if (encoding === "json") {
      if (typeof value === "string") {
        if (LONE_SURROGATE.test(value)) return { refused: name };
        entries.push([name, value]);
      } else {
        let text: string | undefined;
        try {
          // Non-finite numbers and invalid Dates have no JSON form (JSON.stringify would write null).
          text =
            value === null
              ? undefined
              : JSON.stringify(value, function (this: Record<string, unknown>, key, v: unknown) {
                  const original = this[key];
                  if (typeof v === "number" && !Number.isFinite(v)) throw new Error("no JSON form");
                  if (original instanceof Date && Number.isNaN(original.getTime()))
                    throw new Error("no JSON form");
                  // Values JSON.stringify would drop or write as null or {} are refused too.
                  if (typeof v === "function" || typeof v === "symbol") throw new Error("dropped");
                  if (v === undefined && Array.isArray(this)) throw new Error("would be null");
                  if (v instanceof Map || v instanceof Set) throw new Error("would be {}");
                  return v;
                });
        } catch {
          text = undefined;
        }
        if (text === undefined || LONE_SURROGATE.test(text)) return { refused: name };
        entries.push([name, text]);
      }
    } else if (encoding === "comma") {
      const items = (Array.isArray(value) ? value : [value]).map(modelScalar);
      if (items.some((item) => item === undefined || item.includes(","))) return { refused: name };
      if (items.length > 0) entries.push([name, items.join(",")]);
    } else if (Array.isArray(value)) {
      const items = value.map(modelScalar);
      if (items.some((item) => item === undefined)) return { refused: name };
      for (const item of items) entries.push([name, item!]);
    } else {
      const item = modelScalar(value);
      if (item === undefined) return { refused: name };
      entries.push([name, item]);
    }
  }
  return { entries };
}

const circular: Record<string, unknown> = {};
circular.self = circular;

const goodScalar = fc.oneof(
  { weight: 5, arbitrary: urlishString() },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.bigInt() },
  { weight: 1, arbitrary: fc.date({ noInvalidDate: true }) },
);
const badScalar = fc.constantFrom<unknown>(
  null,
  NaN,
  Infinity,
  -Infinity,
  new Date(Number.NaN),
  {},
  { a: 1 },
  [1],
  () => 1,
  Symbol("s"),
  undefined, // refused inside an array, skipped on its own
);
const scalarOrBad = fc.oneof(
  { weight: 9, arbitrary: goodScalar },
  { weight: 1, arbitrary: badScalar },
);
const plainValue = fc.oneof(
  { weight: 4, arbitrary: scalarOrBad },
  { weight: 3, arbitrary: fc.array(scalarOrBad, { maxLength: 4 }) },
  { weight: 1, arbitrary: fc.constant(undefined) },
);
// JSON parameters: JSON values (round-trip exactly), strings (sent as they are), and values that
// cannot be JSON (refused).
const jsonValue = fc.oneof(
  { weight: 5, arbitrary: fc.jsonValue() },
  { weight: 2, arbitrary: urlishString() },
  {
    weight: 1,
    arbitrary: fc.constantFrom<unknown>(undefined, null, () => 1, Symbol("s"), 10n, [1n], circular),
  },
);

const queryCase = fc
  .uniqueArray(
    fc.oneof(
      fc.tuple(urlishString(3), fc.constant<QueryEncoding | undefined>(undefined), plainValue),
      fc.tuple(urlishString(3), fc.constant<QueryEncoding | undefined>("comma"), plainValue),
      fc.tuple(urlishString(3), fc.constant<QueryEncoding | undefined>("json"), jsonValue),
    ),
    { selector: (entry) => entry[0], maxLength: 6 },
  )
  .map((entries) => ({
    query: Object.fromEntries(entries.map(([name, , value]) => [name, value])),
    encodings: Object.fromEntries(
      entries.flatMap(([name, encoding]) => (encoding ? [[name, encoding]] : [])),
    ) as Record<string, QueryEncoding>,
  }));

describe("query serialization", () => {
  it("round-trips through URLSearchParams, or refuses the parameter by name (3000 runs)", () => {
    fc.assert(
      fc.property(queryCase, ({ query, encodings }) => {
        const expected = modelQuery(query, encodings);
        let search: string;
        try {
          search = serializeQuery(query, encodings);
        } catch (error) {
          expect(error).toBeInstanceOf(PostHogParameterError);
          const { parameter, location, message } = error as PostHogParameterError;
          expect(location).toBe("query");
          expect(message).toContain(`params.query.${parameter}`);
          expect(expected).toEqual({ refused: parameter });
          return;
        }
        const parsed = [...new URLSearchParams(search)];
        expect({ entries: parsed }).toEqual(expected);
        // JSON parameters decode back to the value given.
        for (const [name, text] of parsed) {
          const value = query[name];
          if (encodings[name] === "json" && typeof value !== "string") {
            expect(JSON.stringify(JSON.parse(text))).toBe(JSON.stringify(value));
          }
        }
      }),
      { numRuns: 3000 },
    );
  });

  it("through the client: the query handed to fetch is the serialized one (1000 runs)", async () => {
    // hog_functions has a comma parameter (`type`); events has JSON ones (`properties`, `where`...).
    const paths = [
      ["/api/environments/{project_id}/hog_functions/", { type: "comma" }],
      ["/api/environments/{project_id}/events/", { properties: "json", where: "json" }],
    ] as const;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...paths),
        fc.uniqueArray(
          fc.tuple(fc.constantFrom("type", "properties", "where", "search", "x&y=z"), plainValue),
          { selector: (e) => e[0], maxLength: 4 },
        ),
        async ([path, encodings], entries) => {
          const query = Object.fromEntries(entries);
          if (query.format !== undefined) return;
          const expected = modelQuery(query, encodings as Record<string, QueryEncoding>);
          const { requests, fetch } = recorded();
          const posthog = createPostHogClient({
            apiKey: "phx_k",
            host: ORIGIN,
            projectId: 1,
            fetch,
          });
          try {
            await posthog.GET(path, { params: { query } as never });
          } catch (error) {
            expect(error).toBeInstanceOf(PostHogParameterError);
            expect(expected).toEqual({ refused: (error as PostHogParameterError).parameter });
            expect(requests).toHaveLength(0);
            return;
          }
          expect(requests).toHaveLength(1);
          expect({ entries: [...new URL(requests[0]!.url).searchParams] }).toEqual(expected);
        },
      ),
      { numRuns: 1000 },
    );
  });

  // Bug: JSON.stringify turns NaN and ±Infinity into null, and the client sends that: `created_by:
  // NaN` goes out as `created_by=null`, `[1, NaN]` as `[1,null]`. The README says NaN is refused with
  // a PostHogParameterError, never dropped; in a JSON parameter it is silently replaced.
  it("NaN or Infinity in a JSON parameter is refused, not sent as null", () => {
    for (const value of [NaN, Infinity, [1, NaN], { id: -Infinity }]) {
      expect(() => serializeQuery({ created_by: value }, { created_by: "json" })).toThrow(
        PostHogParameterError,
      );
    }
  });

  // Bug: a lone surrogate is sent as U+FFFD (URLSearchParams converts to a well-formed string), so
  // the server receives another value than the one given, with no error.
  it("a value with a lone surrogate is refused, not altered", () => {
    let search: string | undefined;
    try {
      search = serializeQuery({ search: "ab\ud800cd" });
    } catch (error) {
      expect(error).toBeInstanceOf(PostHogParameterError);
      return;
    }
    expect(new URLSearchParams(search).get("search")).toBe("ab\ud800cd");
  });
});

// ---------------------------------------------------------------------------------------------
// next links
// ---------------------------------------------------------------------------------------------

const PATH = "/api/environments/1/insights/";
const PORT = new URL(ORIGIN).port;

const nextLink = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .record({
        scheme: fc.constantFrom("http", "HTTP", "https", "ws", "ftp", "file"),
        userInfo: fc.constantFrom(
          "",
          "",
          "",
          "u@",
          "u:p@",
          ":p@",
          "@",
          "u:@",
          "%40@",
          `127.0.0.1:${PORT}@`,
        ),
        host: fc.constantFrom(
          "127.0.0.1",
          "127.0.0.1",
          "2130706433",
          "0x7f.0.0.1",
          "127.1",
          "localhost",
          "[::1]",
          "127.0.0.2",
          "evil.example",
          "127.0.0.1.",
        ),
        port: fc.constantFrom(`:${PORT}`, `:${PORT}`, `:0${PORT}`, "", ":80", ":8011"),
        path: fc.oneof(
          fc.constantFrom(
            PATH,
            PATH,
            PATH,
            "/api/environments/1/insights",
            "/api/environments/2/insights/",
            "/api/environments/1/insights/../../2/insights/",
            "/api/environments/1/insights/%2e%2e/",
            "/api/environments/1/%69nsights/",
            "/api/environments/1/insights%2F",
            "/API/environments/1/insights/",
            "//api/environments/1/insights/",
            "/api/environments/1/insights/./",
            "\\api\\environments\\1\\insights\\",
          ),
          urlishString().map((s) => `/${s}`),
        ),
        query: fc.oneof(
          fc.constantFrom("?limit=1&offset=1", "?offset=100", "", "?"),
          urlishString().map((s) => `?${s}`),
        ),
        hash: fc.constantFrom("", "", "#x"),
      })
      .map((p) => `${p.scheme}://${p.userInfo}${p.host}${p.port}${p.path}${p.query}${p.hash}`),
  },
  { weight: 1, arbitrary: urlishString().map((s) => `/${s}`) },
  { weight: 1, arbitrary: urlishString().map((s) => `//${s}`) },
  { weight: 1, arbitrary: urlishString().map((s) => `?${s}`) },
  { weight: 1, arbitrary: urlishString() },
);

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/** Why a link must not be followed (all of the reasons that apply), per the README. */
function violations(next: string): Set<PaginationStopReason> {
  let url: URL;
  try {
    url = new URL(next, ORIGIN);
  } catch {
    return new Set(["unreadable"]);
  }
  const out = new Set<PaginationStopReason>();
  if (url.username !== "" || url.password !== "") out.add("user-info");
  if (url.origin !== ORIGIN) out.add("other-origin");
  // The path the server would route: percent-decoded, after the URL parser removed dot segments.
  if (safeDecode(url.pathname) !== safeDecode(PATH)) out.add("other-path");
  return out;
}

describe("next-link validation", () => {
  it("checkNextUrl refuses exactly the links with another origin, user info or path (3000 runs)", () => {
    fc.assert(
      fc.property(
        nextLink,
        fc.constantFrom("offset", "events") as fc.Arbitrary<"offset" | "events">,
        (next, style) => {
          const reasons = violations(next);
          let url: URL;
          try {
            url = checkNextUrl(next, ORIGIN, PATH, style);
          } catch (error) {
            expect(error).toBeInstanceOf(PostHogPaginationError);
            const { reason, message, url: shown } = error as PostHogPaginationError;
            expect(reasons.has(reason), `${reason} not among ${[...reasons]}`).toBe(true);
            // The refused link is shown without its user info.
            if (reason !== "unreadable") {
              const link = new URL(next, ORIGIN);
              const userInfo = link.username + (link.password ? `:${link.password}` : "");
              if (userInfo) {
                expect(shown).not.toContain(`//${userInfo}@`);
                expect(message).not.toContain(`//${userInfo}@`);
              }
              expect(message).toContain(shown);
            }
            return;
          }
          expect([...reasons]).toEqual([]);
          expect(url.origin).toBe(ORIGIN);
          expect(url.username + url.password).toBe("");
          if (style === "events") expect(url.searchParams.has("offset")).toBe(false);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("through paginate: a refused link is never requested, a followed one stays on the path (500 runs)", async () => {
    await fc.assert(
      fc.asyncProperty(nextLink, async (next) => {
        const requests: Request[] = [];
        const posthog = createPostHogClient({
          apiKey: "phx_k",
          host: ORIGIN,
          projectId: 1,
          retry: false,
          fetch: async (request) => {
            requests.push(request);
            const page =
              requests.length === 1
                ? { count: 2, next, results: [{ id: 1 }] }
                : { count: 2, next: null, results: [{ id: 2 }] };
            return Response.json(page);
          },
        });
        const reasons = violations(next);
        let error: unknown;
        try {
          await posthog.paginate("/api/environments/{project_id}/insights/").toArray();
        } catch (e) {
          error = e;
        }
        if (next === "") {
          // An empty link means no next page.
          expect(error).toBeUndefined();
          expect(requests).toHaveLength(1);
          return;
        }
        if (reasons.size > 0) {
          expect(error).toBeInstanceOf(PostHogPaginationError);
          expect(reasons.has((error as PostHogPaginationError).reason)).toBe(true);
          expect(requests).toHaveLength(1);
          return;
        }
        // A safe link must still move the offset forward from the first page's 0.
        const offset = new URL(next, ORIGIN).searchParams.get("offset");
        if (!(offset !== null && /^\d+$/.test(offset) && Number(offset) > 0)) {
          expect(error).toBeInstanceOf(PostHogPaginationError);
          expect((error as PostHogPaginationError).reason).toBe("no-progress");
          expect(requests).toHaveLength(1);
          return;
        }
        expect(error).toBeUndefined();
        expect(requests).toHaveLength(2);
        const sent = new URL(requests[1]!.url);
        expect(sent.origin).toBe(ORIGIN);
        expect(sent.pathname).toBe(PATH);
        expect(sent.username + sent.password).toBe("");
        expect(sent.search).toBe(new URL(next, ORIGIN).search);
        expect(requests[1]!.headers.get("authorization")).toBe("Bearer phx_k");
      }),
      { numRuns: 500 },
    );
  });
});
