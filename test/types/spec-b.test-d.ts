// Type tests for the corrections of issue 9 to insights, persons, events and groups: each checks a type
// the audit against PostHog's server code changed.
import { describe, expectTypeOf, it } from "vitest";
import type { operations } from "../../generated/schema.js";

type Query<Op extends keyof operations> = NonNullable<operations[Op]["parameters"]["query"]>;
type Body<Op extends keyof operations> = operations[Op] extends {
  requestBody?: { content: { "application/json": infer T } };
}
  ? T
  : never;
type Json<
  Op extends keyof operations,
  Code extends keyof operations[Op]["responses"],
> = operations[Op]["responses"][Code] extends { content: { "application/json": infer T } }
  ? T
  : never;

describe("persons", () => {
  it("include_total takes only true: the server counts whenever it is present", () => {
    expectTypeOf<Query<"environments_persons_list">["include_total"]>().toEqualTypeOf<
      true | undefined
    >();
    expectTypeOf<false>().not.toMatchTypeOf<Query<"environments_persons_list">["include_total"]>();
  });

  it("the single delete's keep_person, like its other flags, takes only true", () => {
    expectTypeOf<Query<"environments_persons_destroy">["keep_person"]>().toEqualTypeOf<
      true | undefined
    >();
  });

  it("update_property takes key and value in the body, not the query", () => {
    expectTypeOf<Body<"environments_persons_update_property_create">>().toHaveProperty("key");
    expectTypeOf<
      Body<"environments_persons_update_property_create">["key"]
    >().toEqualTypeOf<string>();
    expectTypeOf<
      operations["environments_persons_update_property_create"]["parameters"]["query"]
    >().toEqualTypeOf<undefined>();
  });

  it("bulk_delete takes its ids and flags in the body", () => {
    type B = Body<"environments_persons_bulk_delete_create">;
    expectTypeOf<B["ids"]>().toEqualTypeOf<string[] | undefined>();
    expectTypeOf<B["delete_events"]>().toEqualTypeOf<boolean | undefined>();
    expectTypeOf<
      Json<"environments_persons_bulk_delete_create", 202>["persons_found"]
    >().toEqualTypeOf<number>();
  });

  it("values answers {name, count} items, as an array or in {results}", () => {
    type V = Json<"environments_persons_values_retrieve", 200>;
    expectTypeOf<Extract<V, unknown[]>[number]["count"]>().toEqualTypeOf<number | undefined>();
  });
});

describe("events", () => {
  it("list and retrieve take include_person (newer servers send person: null without it)", () => {
    expectTypeOf<Query<"environments_events_list">["include_person"]>().toEqualTypeOf<
      boolean | undefined
    >();
    expectTypeOf<Query<"environments_events_retrieve">["include_person"]>().toEqualTypeOf<
      boolean | undefined
    >();
    expectTypeOf<Query<"environments_events_list">["action_id"]>().toEqualTypeOf<
      number | undefined
    >();
  });
});

describe("insights", () => {
  it("refresh offers only the values the server honours, and the legacy true", () => {
    type R = NonNullable<Query<"environments_insights_list">["refresh"]>;
    expectTypeOf<"async_except_on_cache_miss">().not.toMatchTypeOf<R>();
    expectTypeOf<true>().toMatchTypeOf<R>();
    expectTypeOf<"force_blocking">().toMatchTypeOf<R>();
    expectTypeOf<
      NonNullable<Query<"environments_insights_retrieve">["refresh"]>
    >().toEqualTypeOf<R>();
  });

  it("user and favorited are checked by presence, so they take only true", () => {
    expectTypeOf<Query<"environments_insights_list">["user"]>().toEqualTypeOf<true | undefined>();
    expectTypeOf<Query<"environments_insights_list">["favorited"]>().toEqualTypeOf<
      true | undefined
    >();
    expectTypeOf<Query<"environments_insights_list">["dashboards"]>().toEqualTypeOf<
      number[] | undefined
    >();
  });

  it("the request body has the writable filters and saved", () => {
    type B = Body<"environments_insights_create">;
    expectTypeOf<B["filters"]>().toEqualTypeOf<Record<string, unknown> | undefined>();
    expectTypeOf<B["saved"]>().toEqualTypeOf<boolean | undefined>();
  });

  it("a share password's id is a number, nested or newly created", () => {
    type Sharing = Json<"environments_insights_sharing_list", 200>;
    expectTypeOf<Sharing["share_passwords"][number]["id"]>().toEqualTypeOf<number>();
    expectTypeOf<
      Json<"environments_insights_sharing_passwords_create", 201>["id"]
    >().toEqualTypeOf<number>();
  });

  it("the insight path id takes the integer id or the short_id", () => {
    type Path = operations["environments_insights_retrieve"]["parameters"]["path"];
    expectTypeOf<Path["id"]>().toEqualTypeOf<number | string>();
  });
});

describe("groups", () => {
  it("the list needs group_type_index, and search is optional (the docs mark it required)", () => {
    type Q = operations["environments_groups_list"]["parameters"]["query"];
    expectTypeOf<Q["group_type_index"]>().toEqualTypeOf<number>();
    expectTypeOf<Q["search"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Json<"environments_groups_list", 200>>().not.toHaveProperty("count");
  });

  it("group types update_metadata takes an array of names and answers every group type", () => {
    type B = Body<"groups_types_update_metadata_partial_update">;
    expectTypeOf<B>().toMatchTypeOf<unknown[]>();
    expectTypeOf<B[number]["group_type_index"]>().toEqualTypeOf<number>();
    expectTypeOf<
      Json<"groups_types_update_metadata_partial_update", 200>[number]["group_type"]
    >().toEqualTypeOf<string>();
  });

  it("create_detail_dashboard takes {group_type_index}, not a group type", () => {
    expectTypeOf<Body<"groups_types_create_detail_dashboard_update">>().toEqualTypeOf<{
      group_type_index: number;
    }>();
  });
});
