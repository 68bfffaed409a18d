// generated/operations.ts decodes its table at run time, but the table's type stays the literal one
// `as const` would give: src/types.ts reads it (ListPath, CsvPath), so a widened type would let
// paginate() and csvRows() take any path.
import { describe, expectTypeOf, it } from "vitest";
import type { operations } from "../../generated/operations.js";
import type { paths } from "../../generated/schema.js";

type Operations = typeof operations;

describe("the operations table's type", () => {
  it("keys the paths of both families", () => {
    expectTypeOf<keyof Operations>().toEqualTypeOf<keyof paths>();
  });

  it("is each operation's facts as literal types, readonly", () => {
    expectTypeOf<Operations["/api/environments/{project_id}/events/"]["get"]>().toEqualTypeOf<{
      readonly pathParams: {
        readonly project_id: readonly [
          { readonly type: "integer"; readonly minimum: 1 },
          { readonly type: "string"; readonly pattern: "^(?:[0-9]+|@current)$" },
        ];
      };
      readonly query: {
        readonly properties: "json";
        readonly orderBy: "json";
        readonly select: "json";
        readonly where: "json";
      };
      readonly csv: true;
      readonly csvCap: {
        readonly kind: "limit";
        readonly defaultLimit: 1000;
        readonly maxLimit: 1000;
      };
      readonly pagination: "events";
      readonly throttle: readonly ["clickhouse_burst", "clickhouse_sustained"];
      readonly scopes: readonly ["query:read"];
    }>();
  });

  it("marks the environments route removed on the environments path only", () => {
    type Environments = Operations["/api/environments/{project_id}/hog_functions/"]["get"];
    type Projects = Operations["/api/projects/{project_id}/hog_functions/"]["get"];
    expectTypeOf<Environments["environmentsRouteRemoved"]>().toEqualTypeOf<true>();
    expectTypeOf<Projects>().not.toHaveProperty("environmentsRouteRemoved");
    expectTypeOf<Omit<Environments, "environmentsRouteRemoved">>().toEqualTypeOf<
      Omit<Projects, never>
    >();
  });
});
