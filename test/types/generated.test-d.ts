// The generated types carry the corrected shapes, not the documented ones.
import { describe, expectTypeOf, it } from "vitest";
import type {
  operations,
  paths,
  Person,
  SerializedPerson,
  SharingConfiguration,
} from "../../generated/schema.js";

type Json<
  Op extends keyof operations,
  Code extends keyof operations[Op]["responses"],
> = operations[Op]["responses"][Code] extends { content: { "application/json": infer T } }
  ? T
  : never;

describe("generated types", () => {
  it("a persons list item's id is a string (the UUID); a retrieved Person's id is a number", () => {
    type Item = Json<"environments_persons_list", 200>["results"][number];
    expectTypeOf<Item>().toEqualTypeOf<SerializedPerson>();
    expectTypeOf<Item["id"]>().toEqualTypeOf<string>();
    expectTypeOf<Json<"environments_persons_retrieve", 200>>().toEqualTypeOf<Person>();
    expectTypeOf<Person["id"]>().toEqualTypeOf<number>();
  });

  it("GET sharing answers one object, not an array", () => {
    type Sharing = Json<"environments_insights_sharing_list", 200>;
    expectTypeOf<Sharing>().toEqualTypeOf<SharingConfiguration>();
    expectTypeOf<Sharing>().not.toMatchTypeOf<unknown[]>();
    expectTypeOf<Sharing["share_passwords"]>().toMatchTypeOf<unknown[]>();
  });

  it("an events list page has no count", () => {
    type Page = Json<"environments_events_list", 200>;
    expectTypeOf<Page>().toHaveProperty("next");
    expectTypeOf<Page>().toHaveProperty("results");
    expectTypeOf<Page>().not.toHaveProperty("count");
    expectTypeOf<Page["results"][number]["properties"]>().toEqualTypeOf<Record<string, unknown>>();
  });

  it("the insights list answers a string as text/csv, and format takes csv", () => {
    type Content = operations["environments_insights_list"]["responses"][200]["content"];
    expectTypeOf<Content["text/csv"]>().toEqualTypeOf<string>();
    type Query = NonNullable<operations["environments_insights_list"]["parameters"]["query"]>;
    expectTypeOf<"csv">().toMatchTypeOf<NonNullable<Query["format"]>>();
  });

  it("operations without CSV do not take format=csv", () => {
    type Query = NonNullable<operations["environments_dashboards_retrieve"]["parameters"]["query"]>;
    expectTypeOf<NonNullable<Query["format"]>>().toEqualTypeOf<"json">();
  });

  it("persons PATCH and DELETE answer 202 with no body", () => {
    type Patch = operations["environments_persons_partial_update"]["responses"];
    expectTypeOf<Patch>().toHaveProperty(202);
    expectTypeOf<Patch>().not.toHaveProperty(200);
    expectTypeOf<NonNullable<Patch[202]["content"]>>().toBeNever();
  });

  it("JSON-encoded query parameters are typed as their decoded values", () => {
    type Query = NonNullable<operations["environments_insights_list"]["parameters"]["query"]>;
    expectTypeOf<Query["created_by"]>().toEqualTypeOf<number[] | undefined>();
  });

  it("the data color themes list is a bare array", () => {
    expectTypeOf<Json<"environments_data_color_themes_list", 200>>().toMatchTypeOf<unknown[]>();
  });

  it("paths are keyed with PostHog's trailing slash", () => {
    expectTypeOf<paths>().toHaveProperty("/api/environments/{project_id}/insights/");
  });
});
