// streamDashboardTiles(): the `stream_tiles` server-sent events, as typed messages. Each SSE message is
// `data: <JSON>` whose `type` is metadata, tile, error or complete. PostHog refuses personal API keys
// here, so the call carries the caller's session credentials (`headers`) and no key. Lines are split
// by ./sse-lines.ts (linear in the body, each message bounded) and parsed by eventsource-parser, which
// is only ever given whole lines.
import { createParser } from "eventsource-parser";
import type { DashboardStreamMessage } from "../generated/schema.js";
import { PostHogNetworkError } from "./errors/network-error.js";
import { PostHogResponseError } from "./errors/response-error.js";
import { scrubText, type SecretSet } from "./redact.js";
import type { Send } from "./send.js";
import { SseLines } from "./sse-lines.js";
import { scrubbedCause, streamFailure } from "./stream-failure.js";
import { checkStreamLimit } from "./stream-limit.js";

export interface StreamDashboardTilesOptions {
  /** The project, when it is not the client's default. */
  projectId?: number | string;
  /** The layout to order tiles by (default "sm"). */
  layoutSize?: "sm" | "xs";
  signal?: AbortSignal;
  /** Session credentials, such as `{ Cookie: "sessionid=..." }`: personal API keys are refused here. */
  headers?: Record<string, string>;
  /** The largest single message read, in bytes (default 64 MiB): a larger one ends the stream with
   * a PostHogResponseError rather than be held in memory. */
  maxMessageBytes?: number;
}

export const DEFAULT_MAX_MESSAGE_BYTES = 64 * 1024 * 1024;
const PATH = "/api/environments/{project_id}/dashboards/{id}/stream_tiles/";

export async function* streamDashboardTiles(
  send: Send,
  dashboardId: number,
  options: StreamDashboardTilesOptions = {},
  secrets?: SecretSet,
): AsyncGenerator<DashboardStreamMessage> {
  const { projectId, layoutSize, signal, headers } = options;
  const maxMessageBytes = checkStreamLimit(options.maxMessageBytes, DEFAULT_MAX_MESSAGE_BYTES, {
    helper: "streamDashboardTiles",
    option: "maxMessageBytes",
    unit: "bytes",
  });
  // The session credentials are secrets too: scrubbed from what errors show, with the client's keys.
  const session = Object.values(headers ?? {}).filter((v) => typeof v === "string" && v !== "");
  const scrub = (text: string) => scrubText(secrets ? secrets.text(text) : text, session);
  let pathname = PATH;
  let body: ReadableStream<Uint8Array> | null | undefined;
  try {
    const result = await send("GET", PATH, {
      params: {
        path: { id: dashboardId, ...(projectId === undefined ? {} : { project_id: projectId }) },
        query: layoutSize === undefined ? {} : { layoutSize },
      },
      parseAs: "stream",
      throwOnError: true,
      signal: signal ?? null,
      headers: { Accept: "text/event-stream", ...headers },
    });
    pathname = result.pathname;
    body = result.data as ReadableStream<Uint8Array> | null | undefined;
  } catch (error) {
    throw streamFailure(error, signal, pathname, "the tile stream", scrub);
  }
  if (!body) return;

  // Raw message data, parsed as each is handed out: a bad message cannot hide the good ones before it.
  const pending: string[] = [];
  const parser = createParser({ onEvent: (event) => pending.push(event.data) });
  const lines = new SseLines(
    maxMessageBytes,
    () =>
      new PostHogResponseError(
        `GET ${scrub(pathname)} sent a stream message larger than maxMessageBytes (${maxMessageBytes} bytes); pass a larger maxMessageBytes to streamDashboardTiles to read it.`,
        200,
        "GET",
        scrub(pathname),
        "",
      ),
  );
  try {
    for await (const chunk of body) {
      for (const line of lines.push(chunk)) {
        parser.feed(`${line}\n`);
        while (pending.length > 0) {
          const message = parse(pending.shift()!);
          yield message;
          if (message.type === "complete") return; // leaving the loop cancels the stream
        }
      }
    }
  } catch (error) {
    throw streamFailure(error, signal, pathname, "the tile stream", scrub);
  }
  // The server closed. A message still open (data with no blank line after it) was cut: ending it
  // here would dispatch it.
  parser.feed(`${lines.end() ?? ""}\n\n`);
  if (pending.length > 0) {
    throw new PostHogNetworkError(
      `GET ${scrub(pathname)}: the stream ended in the middle of a message. Retry the call.`,
      "GET",
      scrub(pathname),
      1,
    );
  }

  function parse(json: string): DashboardStreamMessage {
    try {
      return JSON.parse(json) as DashboardStreamMessage;
    } catch (error) {
      throw new PostHogResponseError(
        `GET ${scrub(pathname)} sent a stream message that is not valid JSON.`,
        200,
        "GET",
        scrub(pathname),
        // Scrubbed first, then cut: a cut could split a secret and leave part of it.
        scrub(json).slice(0, 500),
        { cause: scrubbedCause(error, scrub) },
      );
    }
  }
}
