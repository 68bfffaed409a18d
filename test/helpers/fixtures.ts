// Test data from the spec's own examples (spec/examples/*.yaml), which test/spec/examples.test.ts
// validates against their schemas: a test builds its objects from these instead of carrying its own
// copy of a dashboard or a user. Read from the bundled spec (generated/openapi.json), so an example
// is found by its name wherever in spec/examples/ it is written.
import type {
  ActivityPage,
  ClickhouseEvent,
  Dashboard,
  DataColorTheme,
  EventsPage,
  EventValues,
  ExplicitTeamMember,
  Group,
  GroupFound,
  GroupPropertyDefinitions,
  GroupPropertyValues,
  Insight,
  InsightVariable,
  PaginatedHogFunctionMinimalList,
  PaginatedInsightList,
  PaginatedInsightVariableList,
  Person,
  PersonsPage,
  PropertiesTimeline,
  SharingConfiguration,
  SharingPasswordCreated,
  TrendResult,
  UserBasic,
} from "../../generated/schema.js";
import { bundledSpec } from "./spec.js";

/** Each example's name in the spec, and the type of its value (the schema it answers with). */
export interface Examples {
  ClickhouseEvent: ClickhouseEvent;
  Dashboard: Dashboard;
  DataColorThemes: DataColorTheme[];
  EventsPage: EventsPage;
  EventValuesArray: EventValues;
  EventValuesPage: EventValues;
  ExplicitTeamMember: ExplicitTeamMember;
  ExplicitTeamMembers: ExplicitTeamMember[];
  Group: Group;
  GroupActivityPage: ActivityPage;
  GroupFound: GroupFound;
  GroupPropertyDefinitions: GroupPropertyDefinitions;
  GroupPropertyValuesArray: GroupPropertyValues;
  GroupPropertyValuesPage: GroupPropertyValues;
  Insight: Insight;
  InsightVariable: InsightVariable;
  PaginatedHogFunctionMinimalList: PaginatedHogFunctionMinimalList;
  PaginatedInsightList: PaginatedInsightList;
  PaginatedInsightVariableList: PaginatedInsightVariableList;
  Person: Person;
  PersonActivityPage: ActivityPage;
  PersonsPage: PersonsPage;
  PropertiesTimeline: PropertiesTimeline;
  SharingConfiguration: SharingConfiguration;
  SharingPasswordCreated: SharingPasswordCreated;
  TrendResult: TrendResult;
  UnlistedDashboard: Dashboard;
}

/** A fresh copy of the spec's example `name` (a test may change it freely). */
export function example<Name extends keyof Examples>(name: Name): Examples[Name] {
  const found = (
    bundledSpec.components?.examples as Record<string, { value?: unknown }> | undefined
  )?.[name];
  if (!found || !("value" in found)) {
    throw new Error(`the spec has no example named ${name} (components.examples in the bundle)`);
  }
  return structuredClone(found.value) as Examples[Name];
}

/** The user the examples name: Ada, who created the example dashboard. */
export function exampleUser(): UserBasic {
  const user = example("Dashboard").created_by;
  if (!user) throw new Error("the Dashboard example has no created_by user");
  return user;
}
