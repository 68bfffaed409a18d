// A TypeScript consumer of the packed package, type-checked under moduleResolution nodenext and
// bundler. The @ts-expect-error lines prove wrong paths and wrong parameter types fail to compile.
import {
  createPostHogClient,
  PostHogApiError,
  type Insight,
  type PaginatedInsightList,
  type paths,
} from "posthog-environments-client";

const posthog = createPostHogClient({ projectId: 12345, throwOnError: true });

export async function main(): Promise<void> {
  const { data } = await posthog.GET("/api/environments/{project_id}/insights/", {
    params: { query: { limit: 1 } },
  });
  const page: PaginatedInsightList = data;
  const first: Insight | undefined = page.results[0];
  console.log(first?.name);

  for await (const insight of posthog.paginate("/api/environments/{project_id}/insights/")) {
    const named: Insight = insight;
    console.log(named.short_id);
  }

  // @ts-expect-error no such path
  await posthog.GET("/api/environments/{project_id}/no_such_thing/");
  await posthog.GET("/api/environments/{project_id}/insights/", {
    params: {
      query: {
        // @ts-expect-error limit is a number
        limit: "ten",
      },
    },
  });
  await posthog.GET("/api/environments/{project_id}/dashboards/{id}/", {
    params: {
      path: {
        // @ts-expect-error a dashboard id is a number
        id: "forty-two",
      },
    },
  });

  const key: keyof paths = "/api/environments/{project_id}/persons/";
  console.log(key, PostHogApiError.name);
}
