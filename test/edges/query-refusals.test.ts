// #10.15 over a real 127.0.0.1 socket: a query value JSON would alter, or a parameter name with a
// lone surrogate, is refused before anything is sent.
import { afterEach, describe, expect, it } from "vitest";
import { createPostHogClient, PostHogParameterError } from "../../src/index.js";
import { startServer, type TestServer } from "../helpers/server.js";

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe("query values that would be altered are refused before sending", () => {
  it.each([
    ["properties", [{ key: "a", value: [1, undefined] }]],
    ["properties", new Map([["key", "a"]])],
    ["properties", new Set(["a"])],
    ["bad\uD800name", "v"],
  ])("%s = %o", async (name, value) => {
    server = await startServer((_req, res) => res.writeHead(200).end("{}"));
    const posthog = createPostHogClient({ apiKey: "k", projectId: 1, host: server.origin });
    const error = await posthog
      .GET("/api/environments/{project_id}/events/", {
        params: { query: { [name]: value } as never },
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PostHogParameterError);
    expect(error).toMatchObject({ parameter: name, location: "query" });
    expect(server.requests).toHaveLength(0);
  });
});
