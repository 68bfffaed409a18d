// A client for the operation tests that records every request as it goes on the wire (method, URL
// with its query, the exact body text, the Authorization header or null) before nock answers it.
import { createPostHogClient } from "../../src/index.js";

export interface Sent {
  method: string;
  url: string;
  body: string;
  authorization: string | null;
}

/** The client (key `phx_testkey`, project 12345, no retries), what it sent, and the last of it. */
export function recordingClient() {
  const sent: Sent[] = [];
  const posthog = createPostHogClient({
    apiKey: "phx_testkey",
    projectId: 12345,
    retry: false,
    fetch: async (request) => {
      sent.push({
        method: request.method,
        url: request.url,
        body: await request.clone().text(),
        authorization: request.headers.get("authorization"),
      });
      return globalThis.fetch(request);
    },
  });
  const lastSent = (): Sent => sent[sent.length - 1]!;
  return { posthog, sent, lastSent };
}
