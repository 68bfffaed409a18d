// An ESM consumer of the packed package: real calls to the server named by POSTHOG_HOST, one of
// them through paginate and one answered 404 (both use code the build loads on first use).
import {
  createPostHogClient,
  PostHogApiError,
  PostHogNotFoundError,
} from "posthog-environments-client";
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
const paged = await posthog
  .paginate("/api/environments/{project_id}/insights/", { params: { query: { limit: 2 } } })
  .toArray();
const notFound = await posthog
  .GET("/api/environments/{project_id}/dashboards/{id}/", { params: { path: { id: 404 } } })
  .catch((error) => error);
const spec = createRequire(import.meta.url)("posthog-environments-client/openapi.json");
console.log(
  JSON.stringify({
    kind: "esm",
    count: data.count,
    errorClass: typeof PostHogApiError,
    specPaths: Object.keys(spec.paths).length,
    paged: paged.map((insight) => insight.id),
    notFound: notFound instanceof PostHogNotFoundError && {
      name: notFound.name,
      status: notFound.status,
      detail: notFound.detail,
    },
  }),
);
