// Reads a response body within its attempt, bounded: decoded bytes are counted as they arrive and
// reading stops past the limit.

const EMPTY = new Uint8Array(0);

export interface BodyRead {
  bytes: Uint8Array;
  /** The body went on past the limit: `bytes` holds its start (only when `cut` was allowed). */
  cut: boolean;
}

/** Thrown (inside the attempt) when a body grows past the limit and may not be cut. */
export class BodyTooLarge extends Error {}

/**
 * The whole body, or, past `limit` decoded bytes, its start when `allowCut` (an error body), else
 * BodyTooLarge. The rest is cancelled, closing the download.
 */
export async function readBody(
  body: ReadableStream<Uint8Array> | null,
  limit: number,
  allowCut: boolean,
): Promise<BodyRead> {
  if (!body) return { bytes: EMPTY, cut: false };
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (total + value.byteLength > limit) {
      await reader.cancel().catch(() => {});
      if (!allowCut) throw new BodyTooLarge();
      chunks.push(value.subarray(0, limit - total));
      return { bytes: concat(chunks, limit), cut: true };
    }
    chunks.push(value);
    total += value.byteLength;
  }
  return { bytes: concat(chunks, total), cut: false };
}

function concat(chunks: Uint8Array[], total: number): Uint8Array {
  if (chunks.length === 0) return EMPTY;
  if (chunks.length === 1) return chunks[0]!;
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

const decoder = new TextDecoder();

/** UTF-8 text of a body (a BOM is dropped, as Response.text() does). */
export function decodeText(bytes: Uint8Array): string {
  return bytes.byteLength === 0 ? "" : decoder.decode(bytes);
}
