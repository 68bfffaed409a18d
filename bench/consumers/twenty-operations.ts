// A consumer making 20 different typed calls (the package as users import it): bench/cost.ts times
// `tsc --noEmit` of it against an empty consumer. Type-checked with the project, too.
import { createPostHogClient, type Dashboard } from "posthog-environments-client";

const posthog = createPostHogClient({ apiKey: "phx_key", host: "eu", projectId: 12345 });
const seen: unknown[] = [];
const use = (value: unknown) => void seen.push(value);

export async function twentyOperations(): Promise<void> {
  const dashboard = await posthog.GET("/api/environments/{project_id}/dashboards/{id}/", {
    params: { path: { id: 201 } },
  });
  const kept: Dashboard | undefined = dashboard.data;
  use(kept?.name);
  const renamed = await posthog.PATCH("/api/environments/{project_id}/dashboards/{id}/", {
    params: { path: { id: 201 } },
    body: { name: "Product KPIs", pinned: true },
  });
  use(renamed.data?.tiles);
  const events = await posthog.GET("/api/environments/{project_id}/events/", {
    params: { query: { event: "$pageview", limit: 100, after: new Date() } },
  });
  use(events.data?.results[0]?.distinct_id);
  const values = await posthog.GET("/api/environments/{project_id}/events/values/", {
    params: { query: { key: "$browser" } },
  });
  use(values.data);
  const members = await posthog.GET("/api/environments/{project_id}/explicit_members/");
  use(members.data?.[0]?.level);
  const member = await posthog.POST("/api/environments/{project_id}/explicit_members/", {
    body: { user_uuid: "0189c7a2-1b3c-7d4e-8f5a-6b7c8d9e0f13", level: 1 },
  });
  use(member.data?.user);
  const variables = await posthog.GET("/api/environments/{project_id}/insight_variables/", {
    params: { query: { page: 2 } },
  });
  use(variables.data?.results);
  const variable = await posthog.POST("/api/environments/{project_id}/insight_variables/", {
    body: { name: "Minimum order", type: "Number", default_value: 100 },
  });
  use(variable.data?.code_name);
  const insights = await posthog.GET("/api/environments/{project_id}/insights/", {
    params: { query: { created_by: [42], basic: true, limit: 20 } },
    throwOnError: true,
  });
  use(insights.data.results.map((insight) => insight.name));
  const csv = await posthog.GET("/api/environments/{project_id}/insights/", {
    params: { query: { format: "csv" } },
  });
  use(csv.data?.length);
  const insight = await posthog.POST("/api/environments/{project_id}/insights/", {
    body: { name: "Weekly signups", description: "Signups per week" },
  });
  use(insight.data?.short_id);
  const sharing = await posthog.GET(
    "/api/environments/{project_id}/insights/{insight_id}/sharing/",
    {
      params: { path: { insight_id: 3001 } },
    },
  );
  use(sharing.data?.access_token);
  const refreshed = await posthog.POST(
    "/api/environments/{project_id}/dashboards/{dashboard_id}/sharing/refresh/",
    { params: { path: { dashboard_id: 201 } } },
  );
  use(refreshed.data?.enabled);
  const themes = await posthog.GET("/api/environments/{project_id}/data_color_themes/");
  use(themes.data?.[0]?.colors);
  const persons = await posthog.GET("/api/environments/{project_id}/persons/", {
    params: { query: { search: "@example.com", limit: 50 } },
  });
  use(persons.data?.results[0]?.distinct_ids);
  const person = await posthog.GET("/api/environments/{project_id}/persons/{id}/", {
    params: { path: { id: 42 } },
  });
  use(person.data?.properties);
  const group = await posthog.POST("/api/environments/{project_id}/groups/", {
    body: { group_type_index: 0, group_key: "acme-inc", group_properties: { industry: "tech" } },
  });
  use(group.data?.group_key);
  const found = await posthog.GET("/api/environments/{project_id}/groups/find/", {
    params: { query: { group_type_index: 0, group_key: "acme-inc" } },
  });
  use(found.data?.created_at);
  const hogFunctions = await posthog.GET("/api/environments/{project_id}/hog_functions/", {
    params: { query: { type: ["destination"], enabled: true } },
  });
  use(hogFunctions.data?.count);
  const removed = await posthog.DELETE("/api/environments/{project_id}/insight_variables/{id}/", {
    params: { path: { id: "0192e7c4-5a6b-7c8d-9e0f-1a2b3c4d5e6f" } },
  });
  use(removed.response.status);
}
