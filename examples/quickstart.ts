// Quickstart: a tour of posthog-environments-client. It lists insights, reads a person, exports
// persons as CSV, and creates then deletes an insight variable.
//
// Run it against your PostHog project with a personal API key (scopes: insight:read,
// person:read, insight_variable:write):
//
//   export POSTHOG_PERSONAL_API_KEY=phx_... POSTHOG_PROJECT_ID=12345 POSTHOG_HOST=eu
//   npx tsx --tsconfig examples/tsconfig.json examples/quickstart.ts
//
// or against a local mock of the API with `npm run demo`. (examples/tsconfig.json points the
// package's name at src/; in your own project, the import works as written.)
import { createPostHogClient, PostHogApiError } from "posthog-environments-client";

const posthog = createPostHogClient({
  // The key comes from POSTHOG_PERSONAL_API_KEY when `apiKey` is left out.
  // "us" (the default), "eu", or your self-hosted origin.
  host: process.env.POSTHOG_HOST || "us",
  // The default for {project_id} in every path; "@current" is the key's current project.
  projectId: process.env.POSTHOG_PROJECT_ID || "@current",
  // Non-2xx answers throw a PostHogApiError instead of returning { error }, so `data` is always set.
  throwOnError: true,
});

console.log(`PostHog at ${posthog.host}, project ${posthog.projectId}`);

// 1. Insights. paginate() follows the list's pages for us; maxItems stops after the first few.
const insights = await posthog
  .paginate(
    "/api/environments/{project_id}/insights/",
    { params: { query: { limit: 20 } } },
    {
      maxItems: 5,
    },
  )
  .toArray();
console.log(`Insights (first ${insights.length}):`);
for (const insight of insights) {
  console.log(`  - ${insight.name || insight.derived_name || "(untitled)"} [${insight.short_id}]`);
}

// 2. One person. The list gives each person's UUID, which GET persons/{id}/ accepts.
const { data: people } = await posthog.GET("/api/environments/{project_id}/persons/", {
  params: { query: { limit: 1 } },
});
const first = people.results[0];
if (first) {
  const { data: person } = await posthog.GET("/api/environments/{project_id}/persons/{id}/", {
    params: { path: { id: first.uuid } },
  });
  const properties = Object.keys(person.properties).join(", ") || "none";
  console.log(
    `Person: ${person.name} (${person.distinct_ids.length} distinct ids; properties: ${properties})`,
  );
} else {
  console.log("Person: this project has no persons yet");
}

// 3. Persons as CSV. csvRows() streams the export and yields each row keyed by the CSV header;
// nested fields become dotted columns such as "properties.email".
const emails: string[] = [];
for await (const row of posthog.csvRows("/api/environments/{project_id}/persons/")) {
  emails.push(row["properties.email"] || row["distinct_ids.0"] || "(anonymous)");
  if (emails.length === 3) break; // leaving the loop early cancels the download
}
console.log(`Persons CSV export, first rows: ${emails.join(", ") || "(no rows)"}`);

// 4. An insight variable, created and deleted again. Errors carry the status and PostHog's detail.
try {
  const { data: variable } = await posthog.POST(
    "/api/environments/{project_id}/insight_variables/",
    { body: { name: `Quickstart threshold ${Date.now()}`, type: "Number", default_value: 100 } },
  );
  console.log(`Created insight variable ${variable.name} ({variables.${variable.code_name}})`);
  await posthog.DELETE("/api/environments/{project_id}/insight_variables/{id}/", {
    params: { path: { id: variable.id } },
  });
  console.log(`Deleted insight variable ${variable.id}`);
} catch (error) {
  // Some servers keep insight variables internal and refuse personal API keys there (403).
  if (!(error instanceof PostHogApiError && error.status === 403)) throw error;
  console.log(`Skipped insight variables: ${error.message}`);
}
