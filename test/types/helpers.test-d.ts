// paginate() takes list operations only and yields their item type; csvRows() takes CSV exports
// only; the tile stream's messages narrow on `type`.
import { describe, expectTypeOf, it } from "vitest";
import {
  createPostHogClient,
  type ActivityLog,
  type ClickhouseEvent,
  type CsvRow,
  type DataColorTheme,
  type DashboardTile,
  type ExplicitTeamMember,
  type HogFunctionMinimal,
  type Insight,
  type InsightVariable,
  type Page,
  type SerializedPerson,
} from "../../src/index.js";

const posthog = createPostHogClient({ projectId: 1 });

describe("paginate", () => {
  it("yields each list operation's item type", async () => {
    for await (const insight of posthog.paginate("/api/environments/{project_id}/insights/")) {
      expectTypeOf(insight).toEqualTypeOf<Insight>();
    }
    expectTypeOf(
      posthog.paginate("/api/environments/{project_id}/persons/").toArray(),
    ).resolves.toEqualTypeOf<SerializedPerson[]>();
    expectTypeOf(
      posthog.paginate("/api/environments/{project_id}/events/").toArray(),
    ).resolves.toEqualTypeOf<ClickhouseEvent[]>();
    expectTypeOf(
      posthog.paginate("/api/environments/{project_id}/data_color_themes/").toArray(),
    ).resolves.toEqualTypeOf<DataColorTheme[]>();
    expectTypeOf(
      posthog.paginate("/api/environments/{project_id}/explicit_members/").toArray(),
    ).resolves.toEqualTypeOf<ExplicitTeamMember[]>();
    expectTypeOf(
      posthog.paginate("/api/environments/{project_id}/hog_functions/").toArray(),
    ).resolves.toEqualTypeOf<HogFunctionMinimal[]>();
    expectTypeOf(
      posthog.paginate("/api/environments/{project_id}/insight_variables/").toArray(),
    ).resolves.toEqualTypeOf<InsightVariable[]>();
    const activity = posthog.paginate("/api/environments/{project_id}/persons/{id}/activity/", {
      params: { path: { id: 5 } },
    });
    expectTypeOf(activity.toArray()).resolves.toEqualTypeOf<ActivityLog[]>();
    for await (const page of posthog.paginate("/api/environments/{project_id}/insights/").pages()) {
      expectTypeOf(page).toEqualTypeOf<Page<Insight>>();
      expectTypeOf(page.count).toEqualTypeOf<number | undefined>();
    }
  });

  it("takes list operations only", () => {
    // @ts-expect-error a single dashboard is not a list
    posthog.paginate("/api/environments/{project_id}/dashboards/{id}/", {
      params: { path: { id: 1 } },
    });
    // @ts-expect-error events values is not paginated
    posthog.paginate("/api/environments/{project_id}/events/values/", {
      params: { query: { key: "$browser" } },
    });
  });

  it("requires the operation's required parameters, and refuses format csv", () => {
    // @ts-expect-error the person id is required
    posthog.paginate("/api/environments/{project_id}/persons/{id}/activity/");
    const csv = { params: { query: { format: "csv" as const } } };
    // @ts-expect-error paginate reads JSON pages
    posthog.paginate("/api/environments/{project_id}/insights/", csv);
    posthog.paginate(
      "/api/environments/{project_id}/insights/",
      { params: { query: { limit: 100 } } },
      { maxItems: 1000, concurrency: 4 },
    );
  });
});

describe("csvRows", () => {
  it("yields rows keyed by the header", async () => {
    for await (const row of posthog.csvRows("/api/environments/{project_id}/persons/", {
      params: { query: { search: "ada" } },
    })) {
      expectTypeOf(row).toEqualTypeOf<CsvRow>();
      expectTypeOf(row["properties.email"]).toEqualTypeOf<string | undefined>();
    }
  });

  it("takes CSV exports only", () => {
    posthog.csvRows("/api/environments/{project_id}/events/");
    posthog.csvRows("/api/environments/{project_id}/insights/trend/");
    // @ts-expect-error hog functions cannot be exported as CSV
    posthog.csvRows("/api/environments/{project_id}/hog_functions/");
  });

  it("takes its options after the init: maxRecordChars", () => {
    posthog.csvRows("/api/environments/{project_id}/persons/", undefined, { maxRecordChars: 1e6 });
    posthog.csvRows("/api/environments/{project_id}/events/", {}, {});
    // @ts-expect-error a misspelled option
    posthog.csvRows("/api/environments/{project_id}/events/", {}, { maxRecordSize: 1 });
    // @ts-expect-error a number of characters
    posthog.csvRows("/api/environments/{project_id}/events/", {}, { maxRecordChars: "1" });
  });
});

describe("streamDashboardTiles", () => {
  it("yields messages that narrow on type", async () => {
    for await (const message of posthog.streamDashboardTiles(42, {
      layoutSize: "xs",
      headers: { Cookie: "sessionid=abc" },
    })) {
      if (message.type === "tile") {
        expectTypeOf(message.tile).toEqualTypeOf<DashboardTile>();
        expectTypeOf(message.order).toEqualTypeOf<number>();
      } else if (message.type === "error") {
        expectTypeOf(message.error).toEqualTypeOf<string>();
        expectTypeOf(message.tile_id).toEqualTypeOf<number | undefined>();
      } else if (message.type === "metadata") {
        expectTypeOf(message.dashboard.id).toEqualTypeOf<number>();
      }
    }
  });

  it('takes only the layouts PostHog knows, "sm" and "xs"', () => {
    // @ts-expect-error no such layout
    posthog.streamDashboardTiles(42, { layoutSize: "lg" });
  });

  it("takes maxMessageBytes, a number", () => {
    posthog.streamDashboardTiles(42, { maxMessageBytes: 1 << 20 });
    // @ts-expect-error a number of bytes
    posthog.streamDashboardTiles(42, { maxMessageBytes: "1 MB" });
  });
});
