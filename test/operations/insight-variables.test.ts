// The insight variables operations added by the second round of the spec (the full update), through
// the client and over the wire (nock): method, exact path, body bytes, auth header, parsed answer.
import nock from "nock";
import { describe, expect, it } from "vitest";
import { PostHogApiError, type InsightVariable } from "../../src/index.js";
import { recordingClient } from "../helpers/recording-client.js";

const HOST = "https://us.posthog.com";
const BASE = "/api/environments/12345";
const AUTH = { reqheaders: { authorization: "Bearer phx_testkey" } };
const VARIABLE_ID = "0192e7c4-5a6b-7c8d-9e0f-1a2b3c4d5e70";

/** Every request the client sent, as it went on the wire: the body as text, exactly. */
const { posthog, sent } = recordingClient();

const plans: InsightVariable = {
  id: VARIABLE_ID,
  name: "Plans",
  type: "List",
  default_value: ["pro", "team"],
  created_by: 42,
  created_at: "2026-11-02T09:00:00Z",
  code_name: "plans",
  values: ["free", "pro", "team"],
  is_multi: true,
  values_query: null,
  values_query_connection_id: null,
};

describe("environments_insight_variables_update", () => {
  it("PUTs the whole variable as JSON, with the key, and returns it", async () => {
    sent.length = 0;
    const body = {
      name: "Plans",
      type: "List" as const,
      values: ["free", "pro", "team"],
      is_multi: true,
      default_value: ["pro", "team"],
    };
    const scope = nock(HOST, AUTH)
      .matchHeader("content-type", /^application\/json/)
      .put(`${BASE}/insight_variables/${VARIABLE_ID}/`, body)
      .reply(200, plans);

    const { data, error, response } = await posthog.PUT(
      "/api/environments/{project_id}/insight_variables/{id}/",
      { params: { path: { id: VARIABLE_ID } }, body },
    );

    scope.done();
    expect(sent).toEqual([
      {
        method: "PUT",
        url: `${HOST}${BASE}/insight_variables/${VARIABLE_ID}/`,
        body: JSON.stringify(body),
        authorization: "Bearer phx_testkey",
      },
    ]);
    expect(error).toBeUndefined();
    expect(response.status).toBe(200);
    expect(data).toEqual(plans);
    expect(data?.is_multi).toBe(true);
  });

  it("throws a PostHogApiError for the 400 a missing type gets", async () => {
    const invalid = {
      type: "validation_error",
      code: "required",
      detail: "This field is required.",
      attr: "type",
    };
    const scope = nock(HOST, AUTH)
      .put(`${BASE}/insight_variables/${VARIABLE_ID}/`)
      .reply(400, invalid);

    const failure = await posthog
      .PUT("/api/environments/{project_id}/insight_variables/{id}/", {
        params: { path: { id: VARIABLE_ID } },
        // @ts-expect-error: a full update requires `type`
        body: { name: "Plans" },
        throwOnError: true,
      })
      .catch((e: unknown) => e);

    scope.done();
    expect(failure).toBeInstanceOf(PostHogApiError);
    expect(failure).toMatchObject({ status: 400, code: "required", attr: "type", method: "PUT" });
  });

  it("refuses an id that is not a UUID before sending anything", async () => {
    sent.length = 0;
    await expect(
      posthog.PUT("/api/environments/{project_id}/insight_variables/{id}/", {
        params: { path: { id: "plans" } },
        body: { name: "Plans", type: "List" },
      }),
    ).rejects.toThrow(/UUID/);
    expect(sent).toEqual([]);
  });
});
