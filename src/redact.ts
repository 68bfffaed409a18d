// Keeps credentials out of what errors and logs show.

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

/** The keys a client has used (the last few), scrubbed from everything its errors show. */
export class SecretSet {
  readonly #secrets = new Set<string>();

  add(secret: string): void {
    this.#secrets.add(secret);
    if (this.#secrets.size > 16) this.#secrets.delete(this.#secrets.values().next().value!);
  }

  text(text: string): string {
    return scrubText(text, this.#secrets);
  }

  value<T>(value: T): T {
    return scrubValue(value, this.#secrets);
  }
}
