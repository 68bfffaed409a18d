// The environments operations as hand-written calls through the client, with realistic parameters
// and bodies that satisfy the spec's schemas, and checks that the answer parsed into the type the
// spec promises. Prism answers with the spec's examples, so the checks name values from
// spec/examples/. (spec-cases.ts has the generic calls of every operation of both families.)
import type { Middleware } from "openapi-fetch";
import { expect } from "vitest";
import { createPostHogClient, PostHogApiError } from "../../src/index.js";

/** What the recording middleware saw of one exchange. */
export interface Exchange {
  method: string;
  schemaPath: string;
  url: string;
  accept: string | null;
  status: number;
  contentType: string | null;
  /** Prism's `sl-violations` header: every request or response violation, of any severity. */
  violations: string | null;
}

export function contractClient(origin: string, exchanges: Exchange[]) {
  const recorder: Middleware = {
    onResponse({ request, response, schemaPath }) {
      exchanges.push({
        method: request.method,
        schemaPath,
        url: request.url,
        accept: request.headers.get("accept"),
        status: response.status,
        contentType: response.headers.get("content-type"),
        violations: response.headers.get("sl-violations"),
      });
    },
  };
  return createPostHogClient({
    apiKey: "phx_contract",
    projectId: 12345,
    host: origin,
    throwOnError: true,
    // A 5xx from Prism means an answer broke the spec (--errors): report it, do not retry it.
    retry: false,
    middleware: [recorder],
  });
}

export type ContractClient = ReturnType<typeof contractClient>;

export interface ContractCall {
  operationId: string;
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  path: string;
  /** The status Prism must answer. */
  status: number;
  /** Makes the call and checks `data`; returns the response when the call gives one. */
  run(posthog: ContractClient): Promise<Response | undefined>;
}

const ADA = "0189c7a2-1b3c-7d4e-8f5a-6b7c8d9e0f12";
const GRACE = "0189c7a2-1b3c-7d4e-8f5a-6b7c8d9e0f13";
const MEMBER_ID = "0191aa10-2b3c-7d4e-8f50-617283940a1b";
const PERSON_UUID = "0192f1a2-3b4c-7d5e-8f60-718293a4b5c6";
const PERSON_ID = 1234567;
const EVENT_UUID = "01932b4c-7f3e-7c2a-9d1e-2f6a8b9c0d1e";
const VARIABLE_ID = "0192e7c4-5a6b-7c8d-9e0f-1a2b3c4d5e6f";
const SHARE_PASSWORD_ID = 41;
const DASHBOARD_ID = 201;
const INSIGHT_ID = 3001;
const FUNCTION_ID = "0190b2c3-d4e5-7f60-8172-839405a6b7c8";
const SESSION = { Cookie: "sessionid=contract-session" };

const trendsQuery = {
  kind: "InsightVizNode",
  source: {
    kind: "TrendsQuery",
    series: [{ kind: "EventsNode", event: "user signed up", math: "total" }],
    interval: "week",
  },
};
const pageviews = [{ id: "$pageview", type: "events", order: 0, math: "total" }];
const planIsPro = [{ key: "plan", value: ["pro"], operator: "exact", type: "person" }];

/** The insight example's key fields, as the list and create answers carry it. */
function expectWeeklySignups(insight: {
  id: number;
  short_id: string;
  name?: string | null;
  dashboards?: number[];
}) {
  expect(insight).toMatchObject({
    id: INSIGHT_ID,
    short_id: "aBcD1234",
    name: "Weekly signups",
    dashboards: [DASHBOARD_ID],
  });
}

function expectSharing(config: {
  enabled: boolean;
  access_token: string | null;
  share_passwords: { id: number; created_at: string }[];
}) {
  expect(config.enabled).toBe(true);
  expect(config.access_token).toBe("Vv1yVd3Ae7Qx8mPq0sTzRk4LwN2bGcHj");
  expect(config.share_passwords.map((p) => p.id)).toEqual([SHARE_PASSWORD_ID]);
}

function expectAcme(group: { group_type_index: number; group_key: string; created_at: string }) {
  expect(group).toMatchObject({ group_type_index: 0, group_key: "acme-inc" });
  expect(Date.parse(group.created_at)).not.toBeNaN();
}

export const calls: ContractCall[] = [
  // Dashboards ------------------------------------------------------------------------------------
  {
    operationId: "environments_dashboards_retrieve",
    method: "GET",
    path: "/api/environments/{project_id}/dashboards/{id}/",
    status: 200,
    async run(posthog) {
      const { data, response } = await posthog.GET(
        "/api/environments/{project_id}/dashboards/{id}/",
        { params: { path: { id: DASHBOARD_ID }, query: { format: "json" } } },
      );
      expect(data).toMatchObject({ id: DASHBOARD_ID, name: "Product KPIs", team_id: 12345 });
      expect(data.created_by?.email).toBe("ada@example.com");
      expect(data.tiles?.[0]?.insight?.short_id).toBe("aBcD1234");
      return response;
    },
  },
  {
    operationId: "environments_dashboards_partial_update",
    method: "PATCH",
    path: "/api/environments/{project_id}/dashboards/{id}/",
    status: 200,
    async run(posthog) {
      const { data, response } = await posthog.PATCH(
        "/api/environments/{project_id}/dashboards/{id}/",
        {
          params: { path: { id: DASHBOARD_ID } },
          body: {
            name: "Product KPIs",
            pinned: true,
            tags: ["kpi", "weekly"],
            restriction_level: 21,
            filters: { date_from: "-30d" },
            tiles: [{ id: 901, color: "blue", layouts: { sm: { x: 0, y: 0, w: 6, h: 5 } } }],
          },
        },
      );
      expect(data).toMatchObject({ id: DASHBOARD_ID, pinned: true, creation_mode: "default" });
      return response;
    },
  },
  {
    operationId: "environments_dashboards_destroy",
    method: "DELETE",
    path: "/api/environments/{project_id}/dashboards/{id}/",
    status: 405,
    async run(posthog) {
      const error = await posthog
        .DELETE("/api/environments/{project_id}/dashboards/{id}/", {
          params: { path: { id: DASHBOARD_ID } },
        })
        .then(
          () => undefined,
          (thrown: unknown) => thrown,
        );
      expect(error).toBeInstanceOf(PostHogApiError);
      const apiError = error as PostHogApiError;
      expect(apiError.status).toBe(405);
      expect(apiError.method).toBe("DELETE");
      expect(apiError.path).toBe(`/api/environments/12345/dashboards/${DASHBOARD_ID}/`);
      expect(apiError.message).toContain('soft-delete them with PATCH {"deleted": true}');
      return undefined;
    },
  },
  {
    operationId: "environments_dashboards_move_tile_partial_update",
    method: "PATCH",
    path: "/api/environments/{project_id}/dashboards/{id}/move_tile/",
    status: 200,
    async run(posthog) {
      const { data, response } = await posthog.PATCH(
        "/api/environments/{project_id}/dashboards/{id}/move_tile/",
        {
          params: { path: { id: DASHBOARD_ID } },
          body: { tile: { id: 901 }, toDashboard: 202 },
          headers: { Cookie: "sessionid=contract-session" },
        },
      );
      expect(data.id).toBe(DASHBOARD_ID);
      expect(Array.isArray(data.tiles)).toBe(true);
      return response;
    },
  },
  {
    operationId: "environments_dashboards_stream_tiles_retrieve",
    method: "GET",
    path: "/api/environments/{project_id}/dashboards/{id}/stream_tiles/",
    status: 200,
    async run(posthog) {
      const messages = [];
      for await (const message of posthog.streamDashboardTiles(DASHBOARD_ID, {
        layoutSize: "sm",
        headers: { Cookie: "sessionid=contract-session" },
      })) {
        messages.push(message);
      }
      // The spec's example stream: one `complete` message.
      expect(messages).toEqual([{ type: "complete" }]);
      return undefined;
    },
  },
  {
    operationId: "environments_dashboards_create_from_template_json_create",
    method: "POST",
    path: "/api/environments/{project_id}/dashboards/create_from_template_json/",
    status: 200,
    async run(posthog) {
      const { data, response } = await posthog.POST(
        "/api/environments/{project_id}/dashboards/create_from_template_json/",
        {
          body: {
            template: {
              template_name: "Product KPIs",
              dashboard_description: "Weekly numbers for the product review",
              dashboard_filters: {},
              tags: ["kpi"],
              tiles: [{ type: "INSIGHT", name: "Weekly signups", query: trendsQuery }],
              variables: [],
            },
            creation_context: "dashboards",
          },
          headers: { Cookie: "sessionid=contract-session" },
        },
      );
      expect(data).toMatchObject({ id: DASHBOARD_ID, name: "Product KPIs" });
      return response;
    },
  },
  {
    operationId: "environments_dashboards_create_unlisted_dashboard_create",
    method: "POST",
    path: "/api/environments/{project_id}/dashboards/create_unlisted_dashboard/",
    status: 201,
    async run(posthog) {
      const { data, response } = await posthog.POST(
        "/api/environments/{project_id}/dashboards/create_unlisted_dashboard/",
        { body: { tag: "llm-analytics" }, headers: { Cookie: "sessionid=contract-session" } },
      );
      expect(data).toMatchObject({ name: "LLM Analytics", creation_mode: "unlisted" });
      expect(data.tags).toEqual(["llm-analytics"]);
      return response;
    },
  },
  {
    operationId: "environments_dashboards_sharing_refresh_create",
    method: "POST",
    path: "/api/environments/{project_id}/dashboards/{dashboard_id}/sharing/refresh/",
    status: 200,
    async run(posthog) {
      const { data, response } = await posthog.POST(
        "/api/environments/{project_id}/dashboards/{dashboard_id}/sharing/refresh/",
        { params: { path: { dashboard_id: DASHBOARD_ID } } },
      );
      expectSharing(data);
      return response;
    },
  },
  {
    operationId: "environments_data_color_themes_list",
    method: "GET",
    path: "/api/environments/{project_id}/data_color_themes/",
    status: 200,
    async run(posthog) {
      const { data, response } = await posthog.GET(
        "/api/environments/{project_id}/data_color_themes/",
      );
      expect(Array.isArray(data)).toBe(true);
      expect(data.map((theme) => [theme.name, theme.is_global])).toEqual([
        ["Default Theme", true],
        ["Brand", false],
      ]);
      expect(data[1]?.colors).toEqual(["#0b1f3a", "#f5a623", "#7ed321"]);
      return response;
    },
  },

  // Events ------------------------------------------------------------------------------------------
  {
    operationId: "environments_events_list",
    method: "GET",
    path: "/api/environments/{project_id}/events/",
    status: 200,
    async run(posthog) {
      const { data, response } = await posthog.GET("/api/environments/{project_id}/events/", {
        params: {
          query: {
            event: "$pageview",
            after: new Date("2026-11-01T00:00:00Z"),
            before: "-1h",
            distinct_id: "user-1",
            person_id: PERSON_UUID,
            limit: 100,
            properties: [{ key: "$browser", value: "Chrome", operator: "exact", type: "event" }],
            orderBy: ["-timestamp"],
            format: "json",
          },
        },
      });
      expect(data.next).toMatch(/^https:\/\/us\.posthog\.com\/api\/environments\/12345\/events\//);
      expect(data.results).toHaveLength(1);
      expect(data.results[0]).toMatchObject({
        id: EVENT_UUID,
        event: "$pageview",
        distinct_id: "user-1",
        properties: { $browser: "Chrome" },
      });
      expect(data.results[0]?.person?.distinct_ids).toEqual(["user-1"]);
      return response;
    },
  },
  {
    operationId: "environments_events_retrieve",
    method: "GET",
    path: "/api/environments/{project_id}/events/{id}/",
    status: 200,
    async run(posthog) {
      const { data, response } = await posthog.GET("/api/environments/{project_id}/events/{id}/", {
        params: { path: { id: EVENT_UUID } },
      });
      expect(data).toMatchObject({ id: EVENT_UUID, event: "$pageview", elements: [] });
      expect(Date.parse(data.timestamp)).toBe(Date.parse("2026-11-20T10:15:00.123Z"));
      return response;
    },
  },
  {
    operationId: "environments_events_values_retrieve",
    method: "GET",
    path: "/api/environments/{project_id}/events/values/",
    status: 200,
    async run(posthog) {
      const { data, response } = await posthog.GET(
        "/api/environments/{project_id}/events/values/",
        {
          params: {
            query: { key: "$browser", event_name: ["$pageview", "$autocapture"], value: "Chr" },
          },
        },
      );
      // The first example is the newer servers' page: { results, refreshing }.
      expect(Array.isArray(data)).toBe(false);
      if (Array.isArray(data)) throw new Error("expected the { results } shape");
      expect(data.results).toEqual([
        { name: "Chrome", count: 1520 },
        { name: "Safari", count: 611 },
      ]);
      expect(data.refreshing).toBe(false);
      return response;
    },
  },

  // Explicit members --------------------------------------------------------------------------------
  {
    operationId: "environments_explicit_members_list",
    method: "GET",
    path: "/api/environments/{project_id}/explicit_members/",
    status: 200,
    async run(posthog) {
      const { data, response } = await posthog.GET(
        "/api/environments/{project_id}/explicit_members/",
      );
      expect(data.map((member) => [member.user.email, member.level])).toEqual([
        ["grace@example.com", 8],
      ]);
      return response;
    },
  },
  {
    operationId: "environments_explicit_members_create",
    method: "POST",
    path: "/api/environments/{project_id}/explicit_members/",
    status: 201,
    async run(posthog) {
      const { data, response } = await posthog.POST(
        "/api/environments/{project_id}/explicit_members/",
        { body: { user_uuid: GRACE, level: 8 } },
      );
      expect(data).toMatchObject({ id: MEMBER_ID, level: 8, effective_level: 8 });
      expect(data.user.uuid).toBe(GRACE);
      return response;
    },
  },
  {
    operationId: "environments_explicit_members_retrieve",
    method: "GET",
    path: "/api/environments/{project_id}/explicit_members/{parent_membership__user__uuid}/",
    status: 200,
    async run(posthog) {
      const { data, response } = await posthog.GET(
        "/api/environments/{project_id}/explicit_members/{parent_membership__user__uuid}/",
        { params: { path: { parent_membership__user__uuid: "@me" } } },
      );
      expect(data.user.email).toBe("grace@example.com");
      return response;
    },
  },
  {
    operationId: "environments_explicit_members_partial_update",
    method: "PATCH",
    path: "/api/environments/{project_id}/explicit_members/{parent_membership__user__uuid}/",
    status: 200,
    async run(posthog) {
      const { data, response } = await posthog.PATCH(
        "/api/environments/{project_id}/explicit_members/{parent_membership__user__uuid}/",
        { params: { path: { parent_membership__user__uuid: GRACE } }, body: { level: 8 } },
      );
      expect(data.level).toBe(8);
      return response;
    },
  },

  // Insight variables -------------------------------------------------------------------------------
  {
    operationId: "environments_insight_variables_list",
    method: "GET",
    path: "/api/environments/{project_id}/insight_variables/",
    status: 200,
    async run(posthog) {
      const { data, response } = await posthog.GET(
        "/api/environments/{project_id}/insight_variables/",
        { params: { query: { page: 1 } } },
      );
      expect(data).toMatchObject({ count: 1, next: null, previous: null });
      expect(data.results.map((v) => v.code_name)).toEqual(["minimum_order"]);
      return response;
    },
  },
  {
    operationId: "environments_insight_variables_create",
    method: "POST",
    path: "/api/environments/{project_id}/insight_variables/",
    status: 201,
    async run(posthog) {
      const { data, response } = await posthog.POST(
        "/api/environments/{project_id}/insight_variables/",
        { body: { name: "Minimum order", type: "Number", default_value: 100 } },
      );
      expect(data).toMatchObject({ id: VARIABLE_ID, type: "Number", default_value: 100 });
      return response;
    },
  },
  {
    operationId: "environments_insight_variables_retrieve",
    method: "GET",
    path: "/api/environments/{project_id}/insight_variables/{id}/",
    status: 200,
    async run(posthog) {
      const { data, response } = await posthog.GET(
        "/api/environments/{project_id}/insight_variables/{id}/",
        { params: { path: { id: VARIABLE_ID } } },
      );
      expect(data).toMatchObject({ id: VARIABLE_ID, name: "Minimum order", created_by: 42 });
      return response;
    },
  },
  {
    operationId: "environments_insight_variables_partial_update",
    method: "PATCH",
    path: "/api/environments/{project_id}/insight_variables/{id}/",
    status: 200,
    async run(posthog) {
      const { data, response } = await posthog.PATCH(
        "/api/environments/{project_id}/insight_variables/{id}/",
        { params: { path: { id: VARIABLE_ID } }, body: { default_value: 250 } },
      );
      expect(data.id).toBe(VARIABLE_ID);
      expect(data.code_name).toBe("minimum_order");
      return response;
    },
  },
  {
    operationId: "environments_insight_variables_destroy",
    method: "DELETE",
    path: "/api/environments/{project_id}/insight_variables/{id}/",
    status: 204,
    async run(posthog) {
      const { data, response } = await posthog.DELETE(
        "/api/environments/{project_id}/insight_variables/{id}/",
        { params: { path: { id: VARIABLE_ID } } },
      );
      expect(data).toBeUndefined();
      return response;
    },
  },

  // Insights ----------------------------------------------------------------------------------------
  {
    operationId: "environments_insights_list",
    method: "GET",
    path: "/api/environments/{project_id}/insights/",
    status: 200,
    async run(posthog) {
      const { data, response } = await posthog.GET("/api/environments/{project_id}/insights/", {
        params: {
          query: {
            created_by: [42],
            limit: 20,
            offset: 0,
            basic: false,
            refresh: "force_cache",
            search: "signups",
            saved: true,
            favorited: true,
          },
        },
      });
      expect(data).toMatchObject({ count: 1, next: null, previous: null });
      expect(data.results).toHaveLength(1);
      expectWeeklySignups(data.results[0]!);
      return response;
    },
  },
  {
    operationId: "environments_insights_create",
    method: "POST",
    path: "/api/environments/{project_id}/insights/",
    status: 201,
    async run(posthog) {
      const { data, response } = await posthog.POST("/api/environments/{project_id}/insights/", {
        body: {
          name: "Weekly signups",
          description: "Signups per week",
          query: trendsQuery,
          dashboards: [DASHBOARD_ID],
          tags: ["growth"],
          favorited: true,
        },
      });
      expectWeeklySignups(data);
      expect(data.created_by?.uuid).toBe(ADA);
      return response;
    },
  },
  {
    operationId: "environments_insights_sharing_list",
    method: "GET",
    path: "/api/environments/{project_id}/insights/{insight_id}/sharing/",
    status: 200,
    async run(posthog) {
      const { data, response } = await posthog.GET(
        "/api/environments/{project_id}/insights/{insight_id}/sharing/",
        { params: { path: { insight_id: INSIGHT_ID } } },
      );
      // One object, not an array.
      expect(Array.isArray(data)).toBe(false);
      expectSharing(data);
      return response;
    },
  },
  {
    operationId: "environments_insights_sharing_passwords_create",
    method: "POST",
    path: "/api/environments/{project_id}/insights/{insight_id}/sharing/passwords/",
    status: 201,
    async run(posthog) {
      const { data, response } = await posthog.POST(
        "/api/environments/{project_id}/insights/{insight_id}/sharing/passwords/",
        {
          params: { path: { insight_id: INSIGHT_ID } },
          body: { raw_password: "q7Rk-2mXw-PL9s-Td4z", note: "For the board meeting" },
        },
      );
      expect(data).toMatchObject({
        password: "q7Rk-2mXw-PL9s-Td4z",
        note: "For the board meeting",
      });
      return response;
    },
  },
  {
    operationId: "environments_insights_sharing_passwords_destroy",
    method: "DELETE",
    path: "/api/environments/{project_id}/insights/{insight_id}/sharing/passwords/{password_id}/",
    status: 204,
    async run(posthog) {
      const { data, response } = await posthog.DELETE(
        "/api/environments/{project_id}/insights/{insight_id}/sharing/passwords/{password_id}/",
        { params: { path: { insight_id: INSIGHT_ID, password_id: String(SHARE_PASSWORD_ID) } } },
      );
      expect(data).toBeUndefined();
      return response;
    },
  },
  {
    operationId: "environments_insights_sharing_refresh_create",
    method: "POST",
    path: "/api/environments/{project_id}/insights/{insight_id}/sharing/refresh/",
    status: 200,
    async run(posthog) {
      const { data, response } = await posthog.POST(
        "/api/environments/{project_id}/insights/{insight_id}/sharing/refresh/",
        { params: { path: { insight_id: INSIGHT_ID } } },
      );
      expectSharing(data);
      return response;
    },
  },
  {
    operationId: "environments_insights_trend_retrieve",
    method: "GET",
    path: "/api/environments/{project_id}/insights/trend/",
    status: 200,
    async run(posthog) {
      const { data, response } = await posthog.GET(
        "/api/environments/{project_id}/insights/trend/",
        {
          params: {
            query: {
              events: pageviews,
              date_from: "-7d",
              date_to: new Date("2026-11-02T23:59:59Z"),
              interval: "day",
              display: "ActionsLineGraph",
              properties: planIsPro,
              compare: false,
              format: "json",
            },
          },
        },
      );
      expect(data.result.map((series) => [series.label, series.data])).toEqual([
        ["$pageview", [120, 98]],
      ]);
      expect(data.timezone).toBe("UTC");
      return response;
    },
  },
  {
    operationId: "environments_insights_trend_create",
    method: "POST",
    path: "/api/environments/{project_id}/insights/trend/",
    status: 200,
    async run(posthog) {
      const { data, response } = await posthog.POST(
        "/api/environments/{project_id}/insights/trend/",
        {
          body: {
            insight: "TRENDS",
            events: pageviews,
            date_from: "2026-11-01",
            date_to: "2026-11-02",
            interval: "day",
            breakdown: "$browser",
            breakdown_type: "event",
            properties: { type: "AND", values: planIsPro },
          },
        },
      );
      expect(data.result[0]).toMatchObject({ label: "$pageview", count: 218 });
      expect(data.next).toBeNull();
      return response;
    },
  },

  // Persons -----------------------------------------------------------------------------------------
  {
    operationId: "environments_persons_list",
    method: "GET",
    path: "/api/environments/{project_id}/persons/",
    status: 200,
    async run(posthog) {
      const { data, response } = await posthog.GET("/api/environments/{project_id}/persons/", {
        params: {
          query: {
            search: "@example.com",
            properties: planIsPro,
            limit: 1,
            offset: 0,
            include_total: true,
          },
        },
      });
      // In the list, `id` is the person's UUID.
      expect(data.results.map((person) => person.id)).toEqual([PERSON_UUID]);
      expect(data.results[0]).toMatchObject({ type: "person", is_identified: true });
      expect(data.next).toContain("offset=1");
      return response;
    },
  },
  {
    operationId: "environments_persons_retrieve",
    method: "GET",
    path: "/api/environments/{project_id}/persons/{id}/",
    status: 200,
    async run(posthog) {
      const { data, response } = await posthog.GET("/api/environments/{project_id}/persons/{id}/", {
        params: { path: { id: PERSON_ID } },
      });
      // Here `id` is the integer id.
      expect(data).toMatchObject({ id: PERSON_ID, uuid: PERSON_UUID, name: "ada@example.com" });
      expect(data.distinct_ids).toEqual(["user-1", PERSON_UUID]);
      return response;
    },
  },
  {
    operationId: "environments_persons_partial_update",
    method: "PATCH",
    path: "/api/environments/{project_id}/persons/{id}/",
    status: 202,
    async run(posthog) {
      const { data, response } = await posthog.PATCH(
        "/api/environments/{project_id}/persons/{id}/",
        { params: { path: { id: PERSON_UUID } }, body: { properties: { plan: "enterprise" } } },
      );
      expect(data).toBeUndefined();
      return response;
    },
  },
  {
    operationId: "environments_persons_destroy",
    method: "DELETE",
    path: "/api/environments/{project_id}/persons/{id}/",
    status: 202,
    async run(posthog) {
      const { data, response } = await posthog.DELETE(
        "/api/environments/{project_id}/persons/{id}/",
        { params: { path: { id: PERSON_ID }, query: { delete_events: true } } },
      );
      expect(data).toBeUndefined();
      return response;
    },
  },
  {
    operationId: "environments_persons_activity_retrieve_2",
    method: "GET",
    path: "/api/environments/{project_id}/persons/{id}/activity/",
    status: 200,
    async run(posthog) {
      const { data, response } = await posthog.GET(
        "/api/environments/{project_id}/persons/{id}/activity/",
        { params: { path: { id: PERSON_ID }, query: { limit: 10, page: 1 } } },
      );
      expect(data.total_count).toBe(14);
      expect(data.results[0]).toMatchObject({ scope: "Person", activity: "updated" });
      return response;
    },
  },
  {
    operationId: "environments_persons_delete_property_create",
    method: "POST",
    path: "/api/environments/{project_id}/persons/{id}/delete_property/",
    status: 201,
    async run(posthog) {
      const { data, response } = await posthog.POST(
        "/api/environments/{project_id}/persons/{id}/delete_property/",
        { params: { path: { id: PERSON_ID } }, body: { $unset: "plan" } },
      );
      expect(data).toEqual({ success: true });
      return response;
    },
  },
  {
    operationId: "environments_persons_properties_timeline_retrieve",
    method: "GET",
    path: "/api/environments/{project_id}/persons/{id}/properties_timeline/",
    status: 200,
    async run(posthog) {
      const { data, response } = await posthog.GET(
        "/api/environments/{project_id}/persons/{id}/properties_timeline/",
        {
          params: {
            path: { id: PERSON_ID },
            query: {
              date_from: "2026-11-01",
              date_to: new Date("2026-11-23T23:59:59Z"),
              interval: "day",
              events: pageviews,
              properties: planIsPro,
            },
          },
          headers: { Cookie: "sessionid=contract-session" },
        },
      );
      expect(data.crucial_property_keys).toEqual(["plan"]);
      expect(data.points.map((point) => point.properties["plan"])).toEqual(["free", "pro"]);
      return response;
    },
  },

  // Groups ------------------------------------------------------------------------------------------
  {
    operationId: "environments_groups_create",
    method: "POST",
    path: "/api/environments/{project_id}/groups/",
    status: 201,
    async run(posthog) {
      const { data, response } = await posthog.POST("/api/environments/{project_id}/groups/", {
        body: {
          group_type_index: 0,
          group_key: "acme-inc",
          group_properties: { name: "Acme Inc.", industry: "Manufacturing" },
        },
      });
      expectAcme(data);
      expect(data.group_properties).toEqual({ name: "Acme Inc.", industry: "Manufacturing" });
      return response;
    },
  },
  {
    operationId: "environments_groups_activity_retrieve",
    method: "GET",
    path: "/api/environments/{project_id}/groups/activity/",
    status: 200,
    async run(posthog) {
      const { data, response } = await posthog.GET(
        "/api/environments/{project_id}/groups/activity/",
        { params: { query: { group_type_index: 0, group_key: "acme-inc", limit: 10, page: 1 } } },
      );
      expect(data).toEqual({ results: [], next: null, previous: null, total_count: 0 });
      return response;
    },
  },
  {
    operationId: "environments_groups_delete_property_create",
    method: "POST",
    path: "/api/environments/{project_id}/groups/delete_property/",
    status: 200,
    async run(posthog) {
      const { data, response } = await posthog.POST(
        "/api/environments/{project_id}/groups/delete_property/",
        {
          params: { query: { group_type_index: 0, group_key: "acme-inc" } },
          body: { $unset: "industry" },
        },
      );
      expectAcme(data);
      return response;
    },
  },
  {
    operationId: "environments_groups_find_retrieve",
    method: "GET",
    path: "/api/environments/{project_id}/groups/find/",
    status: 200,
    async run(posthog) {
      const { data, response } = await posthog.GET("/api/environments/{project_id}/groups/find/", {
        params: {
          query: { group_type_index: 0, group_key: "acme-inc", skip_create_notebook: true },
        },
      });
      expectAcme(data);
      expect(data.notebook).toBe("nb-7Hk2pQ");
      return response;
    },
  },
  {
    operationId: "environments_groups_property_definitions_retrieve",
    method: "GET",
    path: "/api/environments/{project_id}/groups/property_definitions/",
    status: 200,
    async run(posthog) {
      const { data, response } = await posthog.GET(
        "/api/environments/{project_id}/groups/property_definitions/",
      );
      expect(Object.keys(data)).toEqual(["0", "1"]);
      expect(data["0"]?.map((property) => property.name)).toEqual(["name", "industry"]);
      return response;
    },
  },
  {
    operationId: "environments_groups_property_values_retrieve",
    method: "GET",
    path: "/api/environments/{project_id}/groups/property_values/",
    status: 200,
    async run(posthog) {
      const { data, response } = await posthog.GET(
        "/api/environments/{project_id}/groups/property_values/",
        { params: { query: { group_type_index: 0, key: "industry", value: "manu" } } },
      );
      if (Array.isArray(data))
        throw new Error("expected the { results } shape of the first example");
      expect(data.results[0]).toEqual({ name: "Manufacturing", count: 31 });
      return response;
    },
  },
  {
    operationId: "environments_groups_update_property_create",
    method: "POST",
    path: "/api/environments/{project_id}/groups/update_property/",
    status: 200,
    async run(posthog) {
      const { data, response } = await posthog.POST(
        "/api/environments/{project_id}/groups/update_property/",
        {
          params: { query: { group_type_index: 0, group_key: "acme-inc" } },
          body: { key: "industry", value: "Manufacturing" },
        },
      );
      expectAcme(data);
      expect(data.group_properties?.["industry"]).toBe("Manufacturing");
      return response;
    },
  },
  {
    operationId: "environments_groups_upsert_properties_create",
    method: "POST",
    path: "/api/environments/{project_id}/groups/upsert_properties/",
    status: 200,
    async run(posthog) {
      const { data, response } = await posthog.POST(
        "/api/environments/{project_id}/groups/upsert_properties/",
        {
          body: {
            group_type_index: 0,
            group_key: "acme-inc",
            group_properties: { name: "Acme Inc.", employees: 250 },
          },
        },
      );
      expect(data).toBeUndefined();
      return response;
    },
  },

  // Hog functions -----------------------------------------------------------------------------------
  {
    operationId: "environments_hog_functions_list",
    method: "GET",
    path: "/api/environments/{project_id}/hog_functions/",
    status: 200,
    async run(posthog) {
      const { data, response } = await posthog.GET(
        "/api/environments/{project_id}/hog_functions/",
        {
          params: {
            query: {
              type: ["destination", "site_destination"],
              enabled: true,
              created_by: 42,
              created_at: "2026-07-07T07:07:07Z",
              search: "slack",
              limit: 50,
              offset: 0,
            },
          },
        },
      );
      expect(data.count).toBe(1);
      expect(data.results[0]).toMatchObject({ type: "destination", name: "Slack: new signups" });
      expect(data.results[0]?.template?.name).toBe("Slack");
      expect(data.results[0]?.status).toEqual({ state: 1, tokens: 10000 });
      return response;
    },
  },

  // spec-a: the second round's dashboards, collaborators, data color themes, hog functions and
  // insight variables operations ------------------------------------------------------------------
  ...specACalls(),

  // spec-b (issue 9): the persons, insights and groups operations added ------------------------------
  ...specBCalls(),
];

/** A call whose check is only that Prism answered `status` with data satisfying `check`. */
function specACall(
  operationId: string,
  method: ContractCall["method"],
  path: string,
  status: number,
  send: (posthog: ContractClient) => Promise<{ data?: unknown; response: Response }>,
  check: (data: never) => void,
): ContractCall {
  return {
    operationId,
    method,
    path,
    status,
    async run(posthog) {
      const { data, response } = await send(posthog);
      check(data as never);
      return response;
    },
  };
}

function specACalls(): ContractCall[] {
  const dashboard = { params: { path: { id: DASHBOARD_ID } } };
  const sharing = { params: { path: { dashboard_id: DASHBOARD_ID } } };
  const fn = { params: { path: { id: FUNCTION_ID } } };
  const theme = { params: { path: { id: 7 } } };
  return [
    specACall(
      "environments_dashboards_list",
      "GET",
      "/api/environments/{project_id}/dashboards/",
      200,
      (p) =>
        p.GET("/api/environments/{project_id}/dashboards/", {
          params: { query: { limit: 20, tags: ["kpi"], exclude_generated: true } },
        }),
      (data: { count: number; results: { id: number; tags?: string[] }[] }) => {
        expect(data.count).toBe(1);
        expect(data.results[0]).toMatchObject({ id: DASHBOARD_ID, tags: ["kpi"] });
        expect(data.results[0]).not.toHaveProperty("tiles");
      },
    ),
    specACall(
      "environments_dashboards_create",
      "POST",
      "/api/environments/{project_id}/dashboards/",
      201,
      (p) =>
        p.POST("/api/environments/{project_id}/dashboards/", {
          body: { name: "Product KPIs", tags: ["kpi"], filters: { date_from: "-30d" } },
        }),
      (data: { id: number; name: string }) => expect(data).toMatchObject({ id: DASHBOARD_ID }),
    ),
    specACall(
      "environments_dashboards_update",
      "PUT",
      "/api/environments/{project_id}/dashboards/{id}/",
      200,
      (p) =>
        p.PUT("/api/environments/{project_id}/dashboards/{id}/", {
          ...dashboard,
          body: { name: "Product KPIs", pinned: true },
        }),
      (data: { id: number }) => expect(data.id).toBe(DASHBOARD_ID),
    ),
    specACall(
      "environments_dashboards_snapshot_create",
      "POST",
      "/api/environments/{project_id}/dashboards/{id}/snapshot/",
      200,
      (p) =>
        p.POST("/api/environments/{project_id}/dashboards/{id}/snapshot/", {
          ...dashboard,
          body: {},
          headers: SESSION,
        }),
      (data: { cache_key: string }) => expect(data.cache_key).toMatch(/^dashboard_refresh_before_/),
    ),
    specACall(
      "environments_dashboards_analyze_refresh_result_create",
      "POST",
      "/api/environments/{project_id}/dashboards/{id}/analyze_refresh_result/",
      200,
      (p) =>
        p.POST("/api/environments/{project_id}/dashboards/{id}/analyze_refresh_result/", {
          ...dashboard,
          body: { cache_key: "dashboard_refresh_before_201_42_1795430400.0" },
          headers: SESSION,
        }),
      (data: { result: string }) => expect(typeof data.result).toBe("string"),
    ),
    specACall(
      "environments_dashboards_sharing_list",
      "GET",
      "/api/environments/{project_id}/dashboards/{dashboard_id}/sharing/",
      200,
      (p) => p.GET("/api/environments/{project_id}/dashboards/{dashboard_id}/sharing/", sharing),
      (data: Parameters<typeof expectSharing>[0]) => expectSharing(data),
    ),
    specACall(
      "environments_dashboards_sharing_passwords_create",
      "POST",
      "/api/environments/{project_id}/dashboards/{dashboard_id}/sharing/passwords/",
      201,
      (p) =>
        p.POST("/api/environments/{project_id}/dashboards/{dashboard_id}/sharing/passwords/", {
          ...sharing,
          body: { note: "For the board meeting" },
        }),
      (data: { password: string }) => expect(data.password).toBe("q7Rk-2mXw-PL9s-Td4z"),
    ),
    specACall(
      "environments_dashboards_sharing_passwords_destroy",
      "DELETE",
      "/api/environments/{project_id}/dashboards/{dashboard_id}/sharing/passwords/{password_id}/",
      204,
      (p) =>
        p.DELETE(
          "/api/environments/{project_id}/dashboards/{dashboard_id}/sharing/passwords/{password_id}/",
          {
            params: {
              path: { dashboard_id: DASHBOARD_ID, password_id: String(SHARE_PASSWORD_ID) },
            },
          },
        ),
      (data: unknown) => expect(data).toBeUndefined(),
    ),
    specACall(
      "dashboards_collaborators_list_2",
      "GET",
      "/api/projects/{project_id}/dashboards/{dashboard_id}/collaborators/",
      200,
      (p) => p.GET("/api/projects/{project_id}/dashboards/{dashboard_id}/collaborators/", sharing),
      (data: { level: number; user: { uuid: string } }[]) => {
        expect(data.map((c) => [c.user.uuid, c.level])).toEqual([[GRACE, 37]]);
      },
    ),
    specACall(
      "dashboards_collaborators_create_2",
      "POST",
      "/api/projects/{project_id}/dashboards/{dashboard_id}/collaborators/",
      201,
      (p) =>
        p.POST("/api/projects/{project_id}/dashboards/{dashboard_id}/collaborators/", {
          ...sharing,
          body: { user_uuid: GRACE, level: 37 },
        }),
      (data: { dashboard_id: number }) => expect(data.dashboard_id).toBe(DASHBOARD_ID),
    ),
    specACall(
      "dashboards_collaborators_destroy_2",
      "DELETE",
      "/api/projects/{project_id}/dashboards/{dashboard_id}/collaborators/{user__uuid}/",
      204,
      (p) =>
        p.DELETE(
          "/api/projects/{project_id}/dashboards/{dashboard_id}/collaborators/{user__uuid}/",
          {
            params: { path: { dashboard_id: DASHBOARD_ID, user__uuid: GRACE } },
          },
        ),
      (data: unknown) => expect(data).toBeUndefined(),
    ),
    specACall(
      "environments_data_color_themes_create",
      "POST",
      "/api/environments/{project_id}/data_color_themes/",
      201,
      (p) =>
        p.POST("/api/environments/{project_id}/data_color_themes/", {
          body: { name: "Brand", colors: ["#0b1f3a", "#f5a623", "#7ed321"] },
        }),
      (data: { name: string; is_global: boolean }) =>
        expect(data).toMatchObject({ name: "Brand", is_global: false }),
    ),
    specACall(
      "environments_data_color_themes_retrieve",
      "GET",
      "/api/environments/{project_id}/data_color_themes/{id}/",
      200,
      (p) => p.GET("/api/environments/{project_id}/data_color_themes/{id}/", theme),
      (data: { id: number }) => expect(data.id).toBe(7),
    ),
    specACall(
      "environments_data_color_themes_update",
      "PUT",
      "/api/environments/{project_id}/data_color_themes/{id}/",
      200,
      (p) =>
        p.PUT("/api/environments/{project_id}/data_color_themes/{id}/", {
          ...theme,
          body: { name: "Brand", colors: ["#0b1f3a"] },
        }),
      (data: { id: number }) => expect(data.id).toBe(7),
    ),
    specACall(
      "environments_data_color_themes_partial_update",
      "PATCH",
      "/api/environments/{project_id}/data_color_themes/{id}/",
      200,
      (p) =>
        p.PATCH("/api/environments/{project_id}/data_color_themes/{id}/", {
          ...theme,
          body: { colors: ["#0b1f3a"] },
        }),
      (data: { id: number }) => expect(data.id).toBe(7),
    ),
    specACall(
      "environments_data_color_themes_destroy",
      "DELETE",
      "/api/environments/{project_id}/data_color_themes/{id}/",
      204,
      (p) => p.DELETE("/api/environments/{project_id}/data_color_themes/{id}/", theme),
      (data: unknown) => expect(data).toBeUndefined(),
    ),
    specACall(
      "environments_hog_functions_create",
      "POST",
      "/api/environments/{project_id}/hog_functions/",
      201,
      (p) =>
        p.POST("/api/environments/{project_id}/hog_functions/", {
          body: { type: "destination", name: "Slack: new signups", template_id: "template-slack" },
        }),
      (data: { id: string; type: string | null }) =>
        expect(data).toMatchObject({ id: FUNCTION_ID, type: "destination" }),
    ),
    specACall(
      "environments_hog_functions_retrieve",
      "GET",
      "/api/environments/{project_id}/hog_functions/{id}/",
      200,
      (p) => p.GET("/api/environments/{project_id}/hog_functions/{id}/", fn),
      (data: { inputs: unknown }) => expect(data.inputs).toMatchObject({ url: { secret: true } }),
    ),
    specACall(
      "environments_hog_functions_update",
      "PUT",
      "/api/environments/{project_id}/hog_functions/{id}/",
      200,
      (p) =>
        p.PUT("/api/environments/{project_id}/hog_functions/{id}/", {
          ...fn,
          body: { name: "Slack: new signups", enabled: true },
        }),
      (data: { id: string }) => expect(data.id).toBe(FUNCTION_ID),
    ),
    specACall(
      "environments_hog_functions_partial_update",
      "PATCH",
      "/api/environments/{project_id}/hog_functions/{id}/",
      200,
      (p) =>
        p.PATCH("/api/environments/{project_id}/hog_functions/{id}/", {
          ...fn,
          body: { enabled: false },
        }),
      (data: { id: string }) => expect(data.id).toBe(FUNCTION_ID),
    ),
    {
      operationId: "environments_hog_functions_destroy",
      method: "DELETE",
      path: "/api/environments/{project_id}/hog_functions/{id}/",
      status: 405,
      async run(posthog) {
        const error = await posthog
          .DELETE("/api/environments/{project_id}/hog_functions/{id}/", fn)
          .then(
            () => undefined,
            (thrown: unknown) => thrown,
          );
        expect(error).toBeInstanceOf(PostHogApiError);
        expect((error as PostHogApiError).status).toBe(405);
        return undefined;
      },
    },
    specACall(
      "environments_hog_functions_enable_backfills_create",
      "POST",
      "/api/environments/{project_id}/hog_functions/{id}/enable_backfills/",
      200,
      (p) =>
        p.POST("/api/environments/{project_id}/hog_functions/{id}/enable_backfills/", {
          ...fn,
          headers: SESSION,
        }),
      (data: { batch_export_id: string }) => expect(typeof data.batch_export_id).toBe("string"),
    ),
    specACall(
      "environments_hog_functions_invocations_create",
      "POST",
      "/api/environments/{project_id}/hog_functions/{id}/invocations/",
      200,
      (p) =>
        p.POST("/api/environments/{project_id}/hog_functions/{id}/invocations/", {
          ...fn,
          body: {
            configuration: { type: "destination", hog: "print(event.event)" },
            globals: { event: { event: "user signed up" } },
          },
        }),
      (data: { status: string }) => expect(data.status).toBe("success"),
    ),
    specACall(
      "environments_hog_functions_logs_retrieve",
      "GET",
      "/api/environments/{project_id}/hog_functions/{id}/logs/",
      200,
      (p) =>
        p.GET("/api/environments/{project_id}/hog_functions/{id}/logs/", {
          params: { path: { id: FUNCTION_ID }, query: { limit: 100, level: ["INFO", "ERROR"] } },
        }),
      (data: { results: { level: string }[] }) => expect(data.results[0]?.level).toBe("INFO"),
    ),
    specACall(
      "environments_hog_functions_metrics_retrieve",
      "GET",
      "/api/environments/{project_id}/hog_functions/{id}/metrics/",
      200,
      (p) =>
        p.GET("/api/environments/{project_id}/hog_functions/{id}/metrics/", {
          params: { path: { id: FUNCTION_ID }, query: { after: "-3d", interval: "day" } },
        }),
      (data: { labels: string[] }) => expect(data.labels).toHaveLength(3),
    ),
    specACall(
      "environments_hog_functions_metrics_totals_retrieve",
      "GET",
      "/api/environments/{project_id}/hog_functions/{id}/metrics/totals/",
      200,
      (p) =>
        p.GET("/api/environments/{project_id}/hog_functions/{id}/metrics/totals/", {
          params: { path: { id: FUNCTION_ID }, query: { kind: ["success", "failure"] } },
        }),
      (data: { totals: Record<string, number> }) => expect(data.totals.succeeded).toBe(361),
    ),
    specACall(
      "environments_hog_functions_icon_retrieve",
      "GET",
      "/api/environments/{project_id}/hog_functions/icon/",
      200,
      (p) =>
        p.GET("/api/environments/{project_id}/hog_functions/icon/", {
          params: { query: { id: "slack.com" } },
          parseAs: "blob",
          headers: SESSION,
        }),
      (data: Blob) => expect(data).toBeInstanceOf(Blob),
    ),
    specACall(
      "environments_hog_functions_icons_retrieve",
      "GET",
      "/api/environments/{project_id}/hog_functions/icons/",
      200,
      (p) =>
        p.GET("/api/environments/{project_id}/hog_functions/icons/", {
          params: { query: { query: "slack" } },
          headers: SESSION,
        }),
      (data: { id: string }[]) => expect(data.map((icon) => icon.id)).toEqual(["slack.com"]),
    ),
    specACall(
      "environments_hog_functions_rearrange_partial_update",
      "PATCH",
      "/api/environments/{project_id}/hog_functions/rearrange/",
      200,
      (p) =>
        p.PATCH("/api/environments/{project_id}/hog_functions/rearrange/", {
          body: { orders: { [FUNCTION_ID]: 1 } },
        }),
      (data: { execution_order: number | null }[]) =>
        expect(data.map((f) => f.execution_order)).toEqual([1]),
    ),
    specACall(
      "environments_insight_variables_update",
      "PUT",
      "/api/environments/{project_id}/insight_variables/{id}/",
      200,
      (p) =>
        p.PUT("/api/environments/{project_id}/insight_variables/{id}/", {
          params: { path: { id: VARIABLE_ID } },
          body: { name: "Minimum order", type: "Number", default_value: 100 },
        }),
      (data: { code_name: string | null }) => expect(data.code_name).toBe("minimum_order"),
    ),
  ];
}

/** The spec-b operations (issue 9), one call each, checked against the spec-b examples. */
function specBCalls(): ContractCall[] {
  const get = (
    operationId: string,
    path: string,
    init: Record<string, unknown>,
    check: (data: any) => void, // eslint-disable-line @typescript-eslint/no-explicit-any
    status = 200,
  ): ContractCall => ({
    operationId,
    method: "GET",
    path,
    status,
    async run(posthog) {
      const { data, response } = await (posthog.GET as any)(path, init); // eslint-disable-line @typescript-eslint/no-explicit-any
      check(data);
      return response;
    },
  });
  const send = (
    method: "POST" | "PATCH" | "DELETE" | "PUT",
    operationId: string,
    path: string,
    init: Record<string, unknown>,
    status: number,
    check: (data: any) => void = (data) => expect(data).toBeUndefined(), // eslint-disable-line @typescript-eslint/no-explicit-any
  ): ContractCall => ({
    operationId,
    method: method as ContractCall["method"],
    path,
    status,
    async run(posthog) {
      const { data, response } = await (posthog[method] as any)(path, init); // eslint-disable-line @typescript-eslint/no-explicit-any
      check(data);
      return response;
    },
  });
  const E = "/api/environments/{project_id}";
  const P = "/api/projects/{project_id}";
  const METRIC_ID = "0192f3c4-2222-7000-8000-000000000003";
  const metric = { path: { group_type_index: 0, id: METRIC_ID } };
  const person = { path: { id: PERSON_ID } };
  const insight = { path: { id: INSIGHT_ID } };
  const expectPersonPage = (data: { results: { people: { id: string }[] }[] }) =>
    expect(data.results[0]?.people[0]?.id).toBe(PERSON_UUID);
  return [
    send(
      "PUT",
      "environments_persons_update",
      `${E}/persons/{id}/`,
      {
        params: person,
        body: { properties: { plan: "pro" } },
      },
      202,
    ),
    send(
      "POST",
      "environments_persons_split_create",
      `${E}/persons/{id}/split/`,
      {
        params: person,
        body: { main_distinct_id: "user-1" },
      },
      201,
      (data) => expect(data).toEqual({ success: true }),
    ),
    send(
      "POST",
      "environments_persons_update_property_create",
      `${E}/persons/{id}/update_property/`,
      {
        params: person,
        body: { key: "plan", value: "pro" },
      },
      202,
    ),
    get(
      "environments_persons_activity_retrieve",
      `${E}/persons/activity/`,
      {
        params: { query: { limit: 10, page: 1 } },
      },
      (data) => expect(Array.isArray(data.results)).toBe(true),
    ),
    send(
      "POST",
      "environments_persons_batch_by_distinct_ids_create",
      `${E}/persons/batch_by_distinct_ids/`,
      {
        body: { distinct_ids: ["user-1", "user-2"] },
      },
      200,
      (data) => expect(data.results["user-1"].id).toBe(PERSON_ID),
    ),
    send(
      "POST",
      "environments_persons_bulk_delete_create",
      `${E}/persons/bulk_delete/`,
      {
        body: { ids: [PERSON_UUID], delete_events: true },
      },
      202,
      (data) => expect(data.persons_found).toBe(2),
    ),
    get(
      "environments_persons_cohorts_retrieve",
      `${E}/persons/cohorts/`,
      {
        params: { query: { person_id: PERSON_UUID } },
      },
      (data) => expect(data.results[0].name).toBe("Power users"),
    ),
    get(
      "environments_persons_funnel_retrieve",
      `${E}/persons/funnel/`,
      {
        params: { query: { events: pageviews, funnel_step: 1 } },
      },
      expectPersonPage,
    ),
    send(
      "POST",
      "environments_persons_funnel_create",
      `${E}/persons/funnel/`,
      {
        body: { events: pageviews },
      },
      200,
      expectPersonPage,
    ),
    get(
      "environments_persons_funnel_correlation_retrieve",
      `${E}/persons/funnel/correlation/`,
      {
        params: { query: { events: pageviews } },
      },
      expectPersonPage,
    ),
    send(
      "POST",
      "environments_persons_funnel_correlation_create",
      `${E}/persons/funnel/correlation/`,
      {
        body: { events: pageviews },
      },
      200,
      expectPersonPage,
    ),
    get(
      "environments_persons_lifecycle_retrieve",
      `${E}/persons/lifecycle/`,
      {
        params: { query: { target_date: "2026-11-20", lifecycle_type: "new" } },
      },
      expectPersonPage,
    ),
    get(
      "environments_persons_properties_at_time_retrieve",
      `${E}/persons/properties_at_time/`,
      {
        params: { query: { distinct_id: "user-1", timestamp: "2026-11-01T00:00:00Z" } },
      },
      (data) => expect(data.point_in_time_metadata.query_mode).toBe("distinct_id"),
    ),
    send(
      "POST",
      "environments_persons_reset_person_distinct_id_create",
      `${E}/persons/reset_person_distinct_id/`,
      {
        body: { distinct_id: "user-1" },
      },
      202,
    ),
    get(
      "environments_persons_stickiness_retrieve",
      `${E}/persons/stickiness/`,
      {
        params: { query: { events: pageviews, stickiness_days: 2 } },
      },
      expectPersonPage,
    ),
    get(
      "environments_persons_trends_retrieve",
      `${E}/persons/trends/`,
      {
        params: { query: { entity_id: "$pageview", entity_type: "events" } },
      },
      expectPersonPage,
    ),
    get(
      "environments_persons_values_retrieve",
      `${E}/persons/values/`,
      {
        params: { query: { key: "plan" } },
      },
      (data) => expect(data.results[0]).toEqual({ name: "pro", count: 42 }),
    ),
    get(
      "environments_insights_retrieve",
      `${E}/insights/{id}/`,
      {
        params: {
          path: { id: INSIGHT_ID },
          query: { refresh: "blocking", from_dashboard: DASHBOARD_ID },
        },
      },
      (data) => expectWeeklySignups(data),
    ),
    send(
      "PUT",
      "environments_insights_update",
      `${E}/insights/{id}/`,
      {
        params: insight,
        body: { name: "Weekly signups", query: trendsQuery, saved: true },
      },
      200,
      (data) => expectWeeklySignups(data),
    ),
    send(
      "PATCH",
      "environments_insights_partial_update",
      `${E}/insights/{id}/`,
      {
        params: insight,
        body: { description: "Signups per week" },
      },
      200,
      (data) => expectWeeklySignups(data),
    ),
    {
      operationId: "environments_insights_destroy",
      method: "DELETE",
      path: `${E}/insights/{id}/`,
      status: 405,
      async run(posthog) {
        const error = await posthog
          .DELETE("/api/environments/{project_id}/insights/{id}/", { params: insight })
          .then(
            () => undefined,
            (thrown: unknown) => thrown,
          );
        expect(error).toBeInstanceOf(PostHogApiError);
        expect((error as PostHogApiError).status).toBe(405);
        return undefined;
      },
    },
    get(
      "environments_insights_activity_retrieve_2",
      `${E}/insights/{id}/activity/`,
      {
        params: { ...insight, query: { page: 1 } },
      },
      (data) => expect(data.total_count).toBe(1),
    ),
    get(
      "environments_insights_activity_retrieve",
      `${E}/insights/activity/`,
      {
        params: { query: { limit: 10 } },
      },
      (data) => expect(data.results[0].scope).toBe("Insight"),
    ),
    get(
      "environments_insights_analyze_retrieve",
      `${E}/insights/{id}/analyze/`,
      { params: insight },
      (data) => expect(data.result).toContain("Weekly signups"),
    ),
    get(
      "environments_insights_suggestions_retrieve",
      `${E}/insights/{id}/suggestions/`,
      { params: insight },
      (data) => expect(data[0].title).toBe("Break down by country"),
    ),
    send(
      "POST",
      "environments_insights_suggestions_create",
      `${E}/insights/{id}/suggestions/`,
      {
        params: insight,
        body: { context: "growth" },
      },
      200,
      (data) => expect(data).toHaveLength(2),
    ),
    send(
      "POST",
      "environments_insights_cancel_create",
      `${E}/insights/cancel/`,
      {
        body: { client_query_id: "q-123" },
      },
      201,
    ),
    send(
      "POST",
      "environments_insights_generate_name_create",
      `${E}/insights/generate_name/`,
      {
        body: { query: trendsQuery },
      },
      200,
      (data) => expect(data.name).toBe("Weekly signups"),
    ),
    get(
      "environments_insights_my_last_viewed_retrieve",
      `${E}/insights/my_last_viewed/`,
      {},
      (data) => expect(data[0].short_id).toBe("aBcD1234"),
    ),
    get(
      "environments_insights_trending_retrieve",
      `${E}/insights/trending/`,
      {
        params: { query: { days: 7, limit: 10 } },
      },
      (data) => expect(data.results[0].view_count).toBe(14),
    ),
    send(
      "POST",
      "environments_insights_viewed_create",
      `${E}/insights/viewed/`,
      {
        body: { insight_ids: [INSIGHT_ID] },
      },
      201,
    ),
    get(
      "environments_insights_thresholds_list",
      `${E}/insights/{insight_id}/thresholds/`,
      {
        params: { path: { insight_id: INSIGHT_ID }, query: { limit: 10 } },
      },
      (data) => expect(data.count).toBe(1),
    ),
    get(
      "environments_insights_thresholds_retrieve",
      `${E}/insights/{insight_id}/thresholds/{id}/`,
      {
        params: { path: { insight_id: INSIGHT_ID, id: "0192f3c4-1111-7000-8000-000000000002" } },
      },
      (data) => expect(data.alerts).toEqual([]),
    ),
    get(
      "environments_groups_list",
      `${E}/groups/`,
      {
        params: { query: { group_type_index: 0, search: "acme" } },
      },
      (data) => expectAcme(data.results[0]),
    ),
    get("groups_types_list", `${P}/groups_types/`, {}, (data) =>
      expect(data[0].group_type).toBe("company"),
    ),
    send(
      "DELETE",
      "groups_types_destroy",
      `${P}/groups_types/{group_type_index}/`,
      { params: { path: { group_type_index: 1 } } },
      204,
    ),
    send(
      "PUT",
      "groups_types_create_detail_dashboard_update",
      `${P}/groups_types/create_detail_dashboard/`,
      { body: { group_type_index: 0 } },
      200,
      (data) => expect(data.detail_dashboard).toBe(DASHBOARD_ID),
    ),
    send(
      "PUT",
      "groups_types_set_default_columns_update",
      `${P}/groups_types/set_default_columns/`,
      { body: { group_type_index: 0, default_columns: ["name", "industry"] } },
      200,
      (data) => expect(data.default_columns).toEqual(["name", "industry"]),
    ),
    send(
      "PATCH",
      "groups_types_update_metadata_partial_update",
      `${P}/groups_types/update_metadata/`,
      { body: [{ group_type_index: 0, name_singular: "Company", name_plural: "Companies" }] },
      200,
      (data) => expect(data[0].name_plural).toBe("Companies"),
    ),
    get(
      "groups_types_metrics_list",
      `${P}/groups_types/{group_type_index}/metrics/`,
      { params: { path: { group_type_index: 0 }, query: { limit: 10 } } },
      (data) => expect(data.results[0].name).toBe("Pageviews"),
    ),
    send(
      "POST",
      "groups_types_metrics_create",
      `${P}/groups_types/{group_type_index}/metrics/`,
      {
        params: { path: { group_type_index: 0 } },
        body: { name: "Pageviews", filters: { events: [{ id: "$pageview", type: "events" }] } },
      },
      201,
      (data) => expect(data.id).toBe(METRIC_ID),
    ),
    get(
      "groups_types_metrics_retrieve",
      `${P}/groups_types/{group_type_index}/metrics/{id}/`,
      { params: metric },
      (data) => expect(data.math).toBe("count"),
    ),
    send(
      "PUT",
      "groups_types_metrics_update",
      `${P}/groups_types/{group_type_index}/metrics/{id}/`,
      { params: metric, body: { name: "Pageviews", filters: {} } },
      200,
      (data) => expect(data.id).toBe(METRIC_ID),
    ),
    send(
      "PATCH",
      "groups_types_metrics_partial_update",
      `${P}/groups_types/{group_type_index}/metrics/{id}/`,
      { params: metric, body: { interval: 30 } },
      200,
      (data) => expect(data.id).toBe(METRIC_ID),
    ),
    send(
      "DELETE",
      "groups_types_metrics_destroy",
      `${P}/groups_types/{group_type_index}/metrics/{id}/`,
      { params: metric },
      204,
    ),
    get(
      "environments_groups_related_retrieve",
      `${E}/groups/related/`,
      {
        params: { query: { group_type_index: 0, id: "acme-inc" } },
      },
      (data) => expect(data[0].id).toBe(PERSON_UUID),
    ),
  ];
}
