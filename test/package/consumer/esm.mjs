// An ESM consumer of the packed package: one real call to the server named by POSTHOG_HOST.
import { createPostHogClient, PostHogApiError } from "posthog-environments-client";
import { createRequire } from "node:module";

const posthog = createPostHogClient({
  apiKey: "phx_smoke",
  host: process.env.POSTHOG_HOST,
  projectId: 12345,
  throwOnError: true,
});
const { data } = await posthog.GET("/api/environments/{project_id}/insights/", {
  params: { query: { limit: 1 } },
});
const spec = createRequire(import.meta.url)("posthog-environments-client/openapi.json");
console.log(
  JSON.stringify({
    kind: "esm",
    count: data.count,
    errorClass: typeof PostHogApiError,
    specPaths: Object.keys(spec.paths).length,
  }),
);
