// Every operation of generated/openapi.json, both route families, called through the client over
// nock, built from the spec alone (test/contract/spec-cases.ts). Each call checks the method, the
// exact path, the Authorization header (sent, or absent where personal API keys are refused), the
// required query parameters and body sent, and the parsed body. The files beside this one test
// each operation in depth; this one makes sure none is left out, on either family.
import nock from "nock";
import { describe, expect, it } from "vitest";
import { createPostHogClient, type CsvRow } from "../../src/index.js";
import { callCase, PROJECT, specCases, wirePath } from "../contract/spec-cases.js";
import { bundledSpec as doc, operationsOf, type Json } from "../helpers/spec.js";

const HOST = "https://us.posthog.com";
const KEY = "phx_every_operation";
const posthog = createPostHogClient({ apiKey: KEY, projectId: PROJECT, retry: false });

describe("every operation of both families", () => {
  it("covers both families", () => {
    expect(specCases.some((c) => c.path.startsWith("/api/projects/"))).toBe(true);
    expect(specCases.some((c) => c.path.startsWith("/api/environments/"))).toBe(true);
    expect(specCases.length).toBe(operationsOf(doc).length);
  });

  it.each(specCases.map((c) => [c.label, c] as const))("%s", async (_, c) => {
    const path = wirePath(c);
    const refusesKey = c.op["x-personal-api-key"] === false;
    let sent: { body: unknown; url: string } | undefined;
    const scope = nock(
      HOST,
      refusesKey
        ? { badheaders: ["authorization"] }
        : { reqheaders: { authorization: `Bearer ${KEY}` } },
    )
      .intercept(path, c.method.toUpperCase(), (body: unknown) => {
        sent = { body, url: "" };
        return true;
      })
      .query(true)
      .reply(function (uri) {
        sent = { body: sent?.body, url: uri };
        const headers: Record<string, string> = {};
        if (c.reply.contentType) headers["Content-Type"] = c.reply.contentType;
        if (c.reply.body === undefined)
          return [c.status, "", { ...headers, "Content-Length": "0" }];
        const text =
          typeof c.reply.body === "string" && c.reply.contentType !== "application/json"
            ? c.reply.body
            : JSON.stringify(c.reply.body);
        return [c.status, text, headers];
      });

    const { data, error, response } = await callCase(posthog, c);

    scope.done();
    expect(response.status).toBe(c.status);
    const url = new URL(sent!.url, HOST);
    expect(url.pathname).toBe(path);
    for (const name of Object.keys(c.query)) expect(url.searchParams.has(name), name).toBe(true);
    if (c.body !== undefined) expect(sent!.body).toEqual(c.body);
    if (c.status >= 300) {
      expect(error).toEqual(c.reply.body);
      return;
    }
    expect(error).toBeUndefined();
    expect(data).toEqual(c.reply.body);
  });
});

describe("the helpers on the projects family", () => {
  const page = (results: Json[], next: string | null) => ({ results, next, previous: null });

  it("paginate follows a persons list under /api/projects/{project_id}/", async () => {
    const base = `/api/projects/${PROJECT}/persons/`;
    const scope = nock(HOST, { reqheaders: { authorization: `Bearer ${KEY}` } })
      .get(base)
      .query({ limit: "1" })
      .reply(200, page([{ id: "a" }], `${HOST}${base}?limit=1&offset=1`))
      .get(base)
      .query({ limit: "1", offset: "1" })
      .reply(200, page([{ id: "b" }], null));

    const items = await posthog
      .paginate("/api/projects/{project_id}/persons/", { params: { query: { limit: 1 } } })
      .toArray();

    scope.done();
    expect(items.map((p) => (p as { id: string }).id)).toEqual(["a", "b"]);
  });

  it("csvRows streams a persons export under /api/projects/{project_id}/", async () => {
    const scope = nock(HOST, {
      reqheaders: { authorization: `Bearer ${KEY}`, accept: "text/csv" },
    })
      .get(`/api/projects/${PROJECT}/persons/`)
      .query({ format: "csv" })
      .reply(200, "id,name\r\n1,ada\r\n2,grace\r\n", { "Content-Type": "text/csv; charset=utf-8" });

    const rows: CsvRow[] = [];
    for await (const row of posthog.csvRows("/api/projects/{project_id}/persons/")) rows.push(row);

    scope.done();
    expect(rows).toEqual([
      { id: "1", name: "ada" },
      { id: "2", name: "grace" },
    ]);
  });
});
