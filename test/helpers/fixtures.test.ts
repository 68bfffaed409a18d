// The fixtures are the spec's examples, found by name, and each call hands out a fresh copy.
import { describe, expect, it } from "vitest";
import { example, type Examples } from "./fixtures.js";
import { bundledSpec } from "./spec.js";

// Every name the Examples map types (a `satisfies` check keeps this list and the map in step).
const NAMES = [
  "ClickhouseEvent",
  "Dashboard",
  "DataColorThemes",
  "EventsPage",
  "EventValuesArray",
  "EventValuesPage",
  "ExplicitTeamMember",
  "ExplicitTeamMembers",
  "Group",
  "GroupActivityPage",
  "GroupFound",
  "GroupPropertyDefinitions",
  "GroupPropertyValuesArray",
  "GroupPropertyValuesPage",
  "Insight",
  "InsightVariable",
  "PaginatedHogFunctionMinimalList",
  "PaginatedInsightList",
  "PaginatedInsightVariableList",
  "Person",
  "PersonActivityPage",
  "PersonsPage",
  "PropertiesTimeline",
  "SharingConfiguration",
  "SharingPasswordCreated",
  "TrendResult",
  "UnlistedDashboard",
] as const satisfies readonly (keyof Examples)[];

describe("example()", () => {
  it.each(NAMES)("finds %s in the bundled spec, as its value", (name) => {
    expect(example(name)).toEqual(bundledSpec.components.examples[name].value);
  });

  it("hands out a fresh copy each time", () => {
    const first = example("Dashboard");
    first.name = "changed";
    expect(example("Dashboard").name).toBe("Product KPIs");
  });

  it("names the example it cannot find", () => {
    expect(() => example("Nope" as keyof Examples)).toThrow(/no example named Nope/);
  });
});
