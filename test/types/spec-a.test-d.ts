// The second round's corrections that change a type, for dashboards, dashboard collaborators, data
// color themes, hog functions and insight variables: each is what the server code does, not what the
// published schema says.
import { describe, expectTypeOf, it } from "vitest";
import type {
  DashboardBasic,
  DashboardCollaborator,
  DashboardTile,
  HogFunction,
  HogFunctionMinimal,
  InsightVariable,
  operations,
  paths,
  SharingConfiguration,
} from "../../generated/schema.js";

type Json<
  Op extends keyof operations,
  Code extends keyof operations[Op]["responses"],
> = operations[Op]["responses"][Code] extends { content: { "application/json": infer T } }
  ? T
  : never;
type Body<Op extends keyof operations> = operations[Op] extends {
  requestBody?: { content: { "application/json": infer T } };
}
  ? T
  : never;
type Query<Op extends keyof operations> = NonNullable<operations[Op]["parameters"]["query"]>;
type PathParams<Op extends keyof operations> = operations[Op]["parameters"]["path"];

describe("dashboards", () => {
  it("a list item is the short DashboardBasic, without tiles or filters", () => {
    type Item = Json<"environments_dashboards_list", 200>["results"][number];
    expectTypeOf<Item>().toEqualTypeOf<DashboardBasic>();
    expectTypeOf<Item>().not.toHaveProperty("tiles");
    expectTypeOf<Item>().not.toHaveProperty("filters");
  });

  it("the list takes repeated tags, and exclude_generated only as true", () => {
    expectTypeOf<Query<"environments_dashboards_list">["tags"]>().toEqualTypeOf<
      string[] | undefined
    >();
    expectTypeOf<Query<"environments_dashboards_list">["exclude_generated"]>().toEqualTypeOf<
      true | undefined
    >();
  });

  it("create needs no field, and reads filters, variables and duplicate_tiles", () => {
    type Create = Body<"environments_dashboards_create">;
    expectTypeOf<{}>().toMatchTypeOf<Create>();
    expectTypeOf<Create>().toHaveProperty("filters");
    expectTypeOf<Create>().toHaveProperty("duplicate_tiles");
    expectTypeOf<Json<"environments_dashboards_create", 201>>().toHaveProperty("tiles");
  });

  it("PUT takes the PATCH body, which may carry tile and duplicate_tiles updates", () => {
    type Put = Body<"environments_dashboards_update">;
    expectTypeOf<{}>().toMatchTypeOf<Put>();
    expectTypeOf<{ duplicate_tiles: { id: number }[] }>().toMatchTypeOf<Put>();
  });

  it("retrieve takes filters_override and variables_override as objects", () => {
    type Q = Query<"environments_dashboards_retrieve">;
    expectTypeOf<{ filters_override: { date_from: string } }>().toMatchTypeOf<Q>();
    expectTypeOf<{ filters_override: string }>().not.toMatchTypeOf<Q>();
  });

  it("tiles may carry show_description and transparent_background", () => {
    expectTypeOf<DashboardTile["show_description"]>().toEqualTypeOf<boolean | null | undefined>();
  });

  it("snapshot and analyze_refresh_result answer JSON, not an empty body", () => {
    expectTypeOf<
      Json<"environments_dashboards_snapshot_create", 200>["cache_key"]
    >().toEqualTypeOf<string>();
    expectTypeOf<
      Json<"environments_dashboards_analyze_refresh_result_create", 200>["result"]
    >().toEqualTypeOf<string>();
    expectTypeOf<Body<"environments_dashboards_analyze_refresh_result_create">>().toEqualTypeOf<{
      cache_key: string;
    }>();
  });

  it("GET sharing answers one object, not an array", () => {
    type Sharing = Json<"environments_dashboards_sharing_list", 200>;
    expectTypeOf<Sharing>().toEqualTypeOf<SharingConfiguration>();
    expectTypeOf<Sharing>().not.toMatchTypeOf<unknown[]>();
  });

  it("creating a share password takes {raw_password?, note?}, not a configuration, and answers 201", () => {
    expectTypeOf<{}>().toMatchTypeOf<Body<"environments_dashboards_sharing_passwords_create">>();
    expectTypeOf<
      Json<"environments_dashboards_sharing_passwords_create", 201>["password"]
    >().toEqualTypeOf<string>();
  });
});

describe("dashboard collaborators", () => {
  it("are keyed under /api/projects/ only", () => {
    expectTypeOf<paths>().toHaveProperty(
      "/api/projects/{project_id}/dashboards/{dashboard_id}/collaborators/",
    );
    expectTypeOf<paths>().not.toHaveProperty(
      "/api/environments/{project_id}/dashboards/{dashboard_id}/collaborators/",
    );
  });

  it("the list is a bare array", () => {
    expectTypeOf<Json<"dashboards_collaborators_list_2", 200>>().toEqualTypeOf<
      DashboardCollaborator[]
    >();
  });

  it("create requires user_uuid and level 37, and the answer never carries user_uuid", () => {
    type Create = Body<"dashboards_collaborators_create_2">;
    expectTypeOf<{ user_uuid: string; level: 37 }>().toMatchTypeOf<Create>();
    expectTypeOf<{ user_uuid: string; level: 21 }>().not.toMatchTypeOf<Create>();
    expectTypeOf<{ level: 37 }>().not.toMatchTypeOf<Create>();
    expectTypeOf<DashboardCollaborator>().not.toHaveProperty("user_uuid");
  });

  it("delete names the user by UUID", () => {
    expectTypeOf<
      PathParams<"dashboards_collaborators_destroy_2">["user__uuid"]
    >().toEqualTypeOf<string>();
  });
});

describe("data color themes", () => {
  it("create takes name and colors only, name required", () => {
    type Create = Body<"environments_data_color_themes_create">;
    expectTypeOf<{ name: string }>().toMatchTypeOf<Create>();
    expectTypeOf<{ colors: string[] }>().not.toMatchTypeOf<Create>();
    expectTypeOf<Create>().not.toHaveProperty("is_global");
  });

  it("is_global is a boolean", () => {
    expectTypeOf<
      Json<"environments_data_color_themes_retrieve", 200>["is_global"]
    >().toEqualTypeOf<boolean>();
  });
});

describe("hog functions", () => {
  it("have their /api/projects/ twins, the route newer servers keep", () => {
    expectTypeOf<paths>().toHaveProperty("/api/projects/{project_id}/hog_functions/");
    expectTypeOf<paths>().toHaveProperty(
      "/api/projects/{project_id}/hog_functions/{id}/invocations/",
    );
  });

  it("create needs no field: a template or the type's default fills the rest", () => {
    expectTypeOf<{}>().toMatchTypeOf<Body<"environments_hog_functions_create">>();
    expectTypeOf<{ template_id: string }>().toMatchTypeOf<
      Body<"environments_hog_functions_create">
    >();
  });

  it("deleted is write-only: in the PATCH body, not in the answer", () => {
    expectTypeOf<{ deleted: true }>().toMatchTypeOf<
      Body<"environments_hog_functions_partial_update">
    >();
    expectTypeOf<HogFunction>().not.toHaveProperty("deleted");
    expectTypeOf<HogFunction>().not.toHaveProperty("template_id");
  });

  it("PUT requires no field either", () => {
    expectTypeOf<{}>().toMatchTypeOf<Body<"environments_hog_functions_update">>();
  });

  it("the list reads filters as an object, filter_groups as an array, full only as true", () => {
    type Q = Query<"environments_hog_functions_list">;
    expectTypeOf<{ filters: { source: string } }>().toMatchTypeOf<Q>();
    expectTypeOf<{ filter_groups: { source: string }[] }>().toMatchTypeOf<Q>();
    expectTypeOf<Q["full"]>().toEqualTypeOf<true | undefined>();
  });

  it("list items may carry the newer search_match_type and draft_updated_at", () => {
    expectTypeOf<HogFunctionMinimal["draft_updated_at"]>().toEqualTypeOf<
      string | null | undefined
    >();
  });

  it("invocations take `new` for an unsaved function, and a configuration body", () => {
    expectTypeOf<"new">().toMatchTypeOf<
      PathParams<"environments_hog_functions_invocations_create">["id"]
    >();
    expectTypeOf<Body<"environments_hog_functions_invocations_create">>().toHaveProperty(
      "configuration",
    );
    expectTypeOf<
      Json<"environments_hog_functions_invocations_create", 200>["status"]
    >().toEqualTypeOf<string>();
  });

  it("logs take repeated levels and answer a page of log entries", () => {
    type Q = Query<"environments_hog_functions_logs_retrieve">;
    expectTypeOf<Q["level"]>().toEqualTypeOf<string[] | undefined>();
    expectTypeOf<
      Json<"environments_hog_functions_logs_retrieve", 200>["results"][number]["level"]
    >().toEqualTypeOf<string>();
  });

  it("metrics take a relative time or a Date and answer {labels, series}", () => {
    type Q = Query<"environments_hog_functions_metrics_retrieve">;
    expectTypeOf<{ after: "-7d" }>().toMatchTypeOf<Q>();
    expectTypeOf<{ after: Date }>().toMatchTypeOf<Q>();
    expectTypeOf<
      Json<"environments_hog_functions_metrics_retrieve", 200>["labels"]
    >().toEqualTypeOf<string[]>();
    expectTypeOf<
      Json<"environments_hog_functions_metrics_totals_retrieve", 200>["totals"]
    >().toEqualTypeOf<Record<string, number>>();
  });

  it("icons answer an array; rearrange takes {orders} and answers full functions", () => {
    expectTypeOf<Json<"environments_hog_functions_icons_retrieve", 200>>().toMatchTypeOf<
      unknown[]
    >();
    expectTypeOf<Body<"environments_hog_functions_rearrange_partial_update">>().toEqualTypeOf<{
      orders: Record<string, number>;
    }>();
    expectTypeOf<Json<"environments_hog_functions_rearrange_partial_update", 200>>().toEqualTypeOf<
      HogFunction[]
    >();
  });

  it("enable_backfills answers the batch export id", () => {
    expectTypeOf<
      Json<"environments_hog_functions_enable_backfills_create", 200>["batch_export_id"]
    >().toEqualTypeOf<string>();
  });
});

describe("insight variables", () => {
  it("a full update requires name and type", () => {
    type Put = Body<"environments_insight_variables_update">;
    expectTypeOf<{ name: string; type: "Number" }>().toMatchTypeOf<Put>();
    expectTypeOf<{ name: string }>().not.toMatchTypeOf<Put>();
  });

  it("created_by is a user id, and newer fields are optional", () => {
    expectTypeOf<InsightVariable["created_by"]>().toEqualTypeOf<number | null>();
    expectTypeOf<InsightVariable["is_multi"]>().toEqualTypeOf<boolean | undefined>();
  });

  it("the list pages by page number, without limit or offset", () => {
    type Q = Query<"environments_insight_variables_list">;
    expectTypeOf<Q>().toHaveProperty("page");
    expectTypeOf<Q>().not.toHaveProperty("limit");
  });
});
