// A CommonJS consumer of the packed package: one real call to the server named by POSTHOG_HOST.
const { createPostHogClient, PostHogApiError } = require("posthog-environments-client");

const posthog = createPostHogClient({
  apiKey: "phx_smoke",
  host: process.env.POSTHOG_HOST,
  projectId: 12345,
});
posthog
  .GET("/api/environments/{project_id}/insights/", { params: { query: { limit: 1 } } })
  .then(({ data }) =>
    console.log(
      JSON.stringify({ kind: "cjs", count: data.count, errorClass: typeof PostHogApiError }),
    ),
  )
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
