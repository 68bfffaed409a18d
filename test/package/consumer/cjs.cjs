// A CommonJS consumer of the packed package: real calls to the server named by POSTHOG_HOST, one
// of them through paginate and one answered 404.
const {
  createPostHogClient,
  PostHogApiError,
  PostHogNotFoundError,
} = require("posthog-environments-client");

const posthog = createPostHogClient({
  apiKey: "phx_smoke",
  host: process.env.POSTHOG_HOST,
  projectId: 12345,
});

async function main() {
  const { data } = await posthog.GET("/api/environments/{project_id}/insights/", {
    params: { query: { limit: 1 } },
  });
  const paged = await posthog
    .paginate("/api/environments/{project_id}/insights/", { params: { query: { limit: 2 } } })
    .toArray();
  const notFound = await posthog
    .GET("/api/environments/{project_id}/dashboards/{id}/", {
      params: { path: { id: 404 } },
      throwOnError: true,
    })
    .catch((error) => error);
  console.log(
    JSON.stringify({
      kind: "cjs",
      count: data.count,
      errorClass: typeof PostHogApiError,
      paged: paged.map((insight) => insight.id),
      notFound: notFound instanceof PostHogNotFoundError && {
        name: notFound.name,
        status: notFound.status,
        detail: notFound.detail,
      },
    }),
  );
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
