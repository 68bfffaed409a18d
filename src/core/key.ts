// The key for one call: the key function is awaited under the call's signal and timeout (one that
// hangs cannot hang the call), and the rate limiter knows the key only by a short hash.
import { createHash } from "node:crypto";
import { PostHogTimeoutError } from "../errors/timeout-error.js";
import { AttemptSignal } from "./signals.js";

export async function obtainKey(
  provider: () => string | Promise<string>,
  signal: AbortSignal | undefined,
  timeoutMs: number,
  method: string,
  where: string,
): Promise<string> {
  const pending = provider();
  if (typeof pending === "string") return pending;
  const waiting = new AttemptSignal(timeoutMs, signal);
  try {
    return await new Promise<string>((resolve, reject) => {
      waiting.signal.addEventListener(
        "abort",
        () => {
          if (signal?.aborted) return reject(signal.reason);
          reject(
            new PostHogTimeoutError(
              `${method} ${where} was not sent: the apiKey function gave no key within ${timeoutMs} ms. Check the secret store it reads, or raise timeoutMs.`,
              method,
              where,
              timeoutMs,
              0,
            ),
          );
        },
        { once: true },
      );
      pending.then(resolve, reject);
    });
  } finally {
    waiting.end(false);
  }
}

const ids = new Map<string, string>();

/** A short SHA-256 of the key: how the rate limiter tells keys apart without holding one. */
export function keyIdOf(key: string): string {
  let id = ids.get(key);
  if (id === undefined) {
    id = createHash("sha256").update(key).digest("hex").slice(0, 16);
    if (ids.size >= 16) ids.delete(ids.keys().next().value!);
    ids.set(key, id);
  }
  return id;
}
