// A client for the operation tests that records each request as it goes on the wire (method, URL with
// its query string, headers and the exact body bytes) before nock answers it.
import { createPostHogClient } from "../../src/index.js";

export const HOST = "https://us.posthog.com";
export const BASE = "/api/environments/12345";
export const KEY = "phx_testkey";

export interface WireRequest {
  method: string;
  url: string;
  headers: Headers;
  body: string;
}

export function recordingClient() {
  const sent: WireRequest[] = [];
  const posthog = createPostHogClient({
    apiKey: KEY,
    projectId: 12345,
    retry: false,
    fetch: async (request) => {
      sent.push({
        method: request.method,
        url: request.url,
        headers: request.headers,
        body: await request.clone().text(),
      });
      return fetch(request);
    },
  });
  /** The one request sent since the last call (fails the test if there were more or none). */
  const only = (): WireRequest => {
    if (sent.length !== 1) throw new Error(`expected one request, got ${sent.length}`);
    return sent.splice(0, 1)[0]!;
  };
  return { posthog, sent, only };
}
