// streamDashboardTiles(): the `stream_tiles` server-sent events, as typed messages. Each SSE message is
// `data: <JSON>` whose `type` is metadata, tile, error or complete. PostHog refuses personal API keys
// here, so the call carries the caller's session credentials (`headers`) and no key.
import { createParser } from "eventsource-parser";
import type { DashboardStreamMessage } from "../generated/schema.js";
import { PostHogNetworkError } from "./errors/network-error.js";
import { PostHogResponseError } from "./errors/response-error.js";
import { streamFailure } from "./stream-failure.js";
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

  // Raw message data, parsed as each is handed out: a bad message cannot hide the good ones before it.
  const pending: string[] = [];
  const parser = createParser({ onEvent: (event) => pending.push(event.data) });
  // What came after the last message boundary; anything left there when the server closes was cut.
  let unterminated = "";
  try {
    for await (const chunk of body.pipeThrough(new TextDecoderStream())) {
      parser.feed(chunk);
      unterminated = afterLastBoundary(unterminated + chunk);
      while (pending.length > 0) {
        const message = parse(pending.shift()!);
        yield message;
        if (message.type === "complete") return; // leaving the loop cancels the stream
      }
    }
  } catch (error) {
    throw streamFailure(error, signal, pathname, "the tile stream");
  }
  if (/^data:/m.test(unterminated)) {
    throw new PostHogNetworkError(
      `GET ${pathname}: the stream ended in the middle of a message. Retry the call.`,
      "GET",
      pathname,
      1,
    );
  }

  function parse(json: string): DashboardStreamMessage {
    try {
      return JSON.parse(json) as DashboardStreamMessage;
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
  }
}

/** The text after the last blank line (an SSE message boundary, in any of its line-ending forms). */
function afterLastBoundary(text: string): string {
  const ends = [/\n\n/g, /\r\n\r\n/g, /\r\r/g].map((re) => {
    let end = -1;
    for (const match of text.matchAll(re)) end = match.index + match[0].length;
    return end;
  });
  const end = Math.max(...ends);
  return end < 0 ? text : text.slice(end);
}
