// A Response the pipeline did not fetch (a middleware's): its body read under the same bounds.
import { PostHogResponseTooLargeError } from "../errors/response-too-large-error.js";
import { MAX_ERROR_BODY_BYTES } from "./attempt.js";
import type { ReadBody } from "./read.js";
import { BodyTooLarge, readBody } from "./read-body.js";

export async function readOwnBody(
  response: Response,
  stream: boolean,
  maxResponseBytes: number,
  method: string,
  where: string,
): Promise<ReadBody> {
  if (stream && response.ok) return { stream: response.body };
  const limit = response.ok ? maxResponseBytes : Math.min(maxResponseBytes, MAX_ERROR_BODY_BYTES);
  try {
    return await readBody(response.body, limit, !response.ok);
  } catch (error) {
    if (!(error instanceof BodyTooLarge)) throw error;
    throw new PostHogResponseTooLargeError(
      `${method} ${where}: a middleware's answer is larger than maxResponseBytes (${maxResponseBytes} bytes).`,
      response.status,
      method,
      where,
      maxResponseBytes,
    );
  }
}
