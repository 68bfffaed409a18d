// Keeps credentials out of what errors and logs show.
import { inspect } from "node:util";

const SENSITIVE_QUERY =
  /^(personal_api_key|api_key|apikey|token|access_token|sharing_access_token|password|secret)$/i;
export const REDACTED = "[REDACTED]";

/** A request URL as errors show it: path and query only, with credential-like query values masked. */
export function describeUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return REDACTED;
  }
  for (const name of [...new Set(parsed.searchParams.keys())]) {
    if (SENSITIVE_QUERY.test(name)) parsed.searchParams.set(name, REDACTED);
  }
  return parsed.pathname + parsed.search;
}

/** Replaces every occurrence of the given secrets in a string. */
export function scrubText(text: string, secrets: Iterable<string>): string {
  for (const secret of secrets) if (secret) text = text.split(secret).join(REDACTED);
  return text;
}

/** Replaces every occurrence of the given secrets in any JSON-like value (strings, arrays, objects). */
export function scrubValue<T>(value: T, secrets: Iterable<string>): T {
  const list = [...secrets].filter(Boolean);
  if (list.length === 0) return value;
  const walk = (v: unknown): unknown => {
    if (typeof v === "string") return scrubText(v, list);
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === "object" && Object.getPrototypeOf(v) === Object.prototype) {
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [scrubText(k, list), walk(x)]));
    }
    return v;
  };
  return walk(value) as T;
}

/** The forms a secret can take on the wire: as is, percent-encoded, form-encoded. */
function spellings(secret: string): string[] {
  const form = new URLSearchParams({ s: secret }).toString().slice(2);
  return [...new Set([secret, encodeURIComponent(secret), form])];
}

/**
 * The keys a client has used (the last few), scrubbed from everything its errors show: messages,
 * bodies, headers, request summaries and the errors they wrap.
 */
export class SecretSet {
  readonly #keys = new Map<string, string[]>();

  add(secret: string): void {
    if (!secret || this.#keys.has(secret)) return;
    this.#keys.set(secret, spellings(secret));
    if (this.#keys.size > 16) this.#keys.delete(this.#keys.keys().next().value!);
  }

  #all(): string[] {
    return [...this.#keys.values()].flat();
  }

  text(text: string): string {
    return scrubText(text, this.#all());
  }

  value<T>(value: T): T {
    return scrubValue(value, this.#all());
  }

  headers(headers: Headers): Headers {
    return new Headers(
      [...headers].map(([name, value]) => [name, this.text(value)] as [string, string]),
    );
  }

  /** The error itself when it shows no secret; else a plain Error with its message scrubbed. */
  error(error: unknown): unknown {
    const shown =
      error instanceof Error ? `${error.message}\n${inspect(error, { depth: 5 })}` : inspect(error);
    if (this.text(shown) === shown) return error;
    const copy = new Error(this.text(error instanceof Error ? error.message : String(error)));
    copy.name = error instanceof Error ? error.name : "Error";
    return copy;
  }
}
