// streamDashboardTiles(): the `stream_tiles` server-sent events, as typed messages. Each SSE message is
// `data: <JSON>` whose `type` is metadata, tile, error or complete. PostHog refuses personal API keys
// here, so the call carries the caller's session credentials (`headers`) and no key.
import { createParser } from "eventsource-parser";
import type { DashboardStreamMessage } from "../generated/schema.js";
import { PostHogNetworkError } from "./errors/network-error.js";
import { PostHogResponseError } from "./errors/response-error.js";
import type { Send } from "./send.js";

export interface StreamDashboardTilesOptions {
  /** The project, when it is not the client's default. */
  projectId?: number | string;
  /** The layout to order tiles by (default "sm"). */
  layoutSize?: "sm" | "xs";
  signal?: AbortSignal;
  /** Session credentials, such as `{ Cookie: "sessionid=..." }`: personal API keys are refused here. */
  headers?: Record<string, string>;
}

const PATH = "/api/environments/{project_id}/dashboards/{id}/stream_tiles/";

export async function* streamDashboardTiles(
  send: Send,
  dashboardId: number,
  options: StreamDashboardTilesOptions = {},
): AsyncGenerator<DashboardStreamMessage> {
  const { projectId, layoutSize, signal, headers } = options;
  const { data, pathname } = await send("GET", PATH, {
    params: {
      path: { id: dashboardId, ...(projectId === undefined ? {} : { project_id: projectId }) },
      query: layoutSize === undefined ? {} : { layoutSize },
    },
    parseAs: "stream",
    throwOnError: true,
    signal: signal ?? null,
    headers: { Accept: "text/event-stream", ...headers },
  });
  const body = data as ReadableStream<Uint8Array> | null | undefined;
  if (!body) return;

  const messages: DashboardStreamMessage[] = [];
  const read = (json: string) => {
    try {
      messages.push(JSON.parse(json) as DashboardStreamMessage);
    } catch (error) {
      throw new PostHogResponseError(
        `GET ${pathname} sent a stream message that is not valid JSON.`,
        200,
        "GET",
        pathname,
        json.slice(0, 500),
        { cause: error },
      );
    }
  };
  let closed = false;
  let cut = false;
  const parser = createParser({
    // After the server closed, a message still dispatched is one it left unterminated.
    onEvent: (event) => (closed ? (cut = true) : read(event.data)),
  });
  for await (const chunk of body.pipeThrough(new TextDecoderStream())) {
    parser.feed(chunk);
    while (messages.length > 0) {
      const message = messages.shift()!;
      yield message;
      if (message.type === "complete") return; // leaving the loop cancels the stream
    }
  }
  closed = true;
  parser.reset({ consume: true });
  if (cut) {
    throw new PostHogNetworkError(
      `GET ${pathname}: the stream ended in the middle of a message. Retry the call.`,
      "GET",
      pathname,
      1,
    );
  }
}
