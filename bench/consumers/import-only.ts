// A consumer that only creates a client: the cost of loading the package's declarations.
import { createPostHogClient } from "posthog-environments-client";

export const posthog = createPostHogClient({ apiKey: "phx_key", host: "eu", projectId: 12345 });
