// Keeps credentials out of what errors and logs show.
import { inspect } from "node:util";

const SENSITIVE_QUERY =
  /^(personal_api_key|api_key|apikey|token|access_token|sharing_access_token|password|secret)$/i;
export const REDACTED = "[REDACTED]";
/** Keys kept for scrubbing once no call uses them any more (errors of streamed bodies come later). */
const RECENT = 16;
/** A cut-off start of a key this long, ending a cut text ("phx_abcdefgh..."), is scrubbed too. */
const CUT_PREFIX = 8;

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
  for (const secret of secrets)
    if (secret && text.includes(secret)) text = text.split(secret).join(REDACTED);
  return text;
}

/**
 * The forms a secret can take in what a server or a library echoes: as is, percent-encoded,
 * form-encoded, JSON-escaped (once and twice), and as util.inspect quotes it.
 */
export function spellings(secret: string): string[] {
  const forms = new Set([secret]);
  const encoders = [
    encodeURIComponent,
    (s: string) => new URLSearchParams({ s }).toString().slice(2),
    (s: string) => JSON.stringify(s).slice(1, -1),
    (s: string) => inspect(s).slice(1, -1),
  ];
  for (let round = 0; round < 2; round++) {
    for (const form of [...forms]) for (const encode of encoders) forms.add(encode(form));
  }
  // Longest first: a spelling that contains another is replaced whole.
  return [...forms].sort((a, b) => b.length - a.length);
}

interface Entry {
  spellings: string[];
  /** Calls in flight that use it: such a key is never forgotten. */
  users: number;
}

/**
 * The keys a client has used, scrubbed from everything its errors and logs show: messages, bodies,
 * headers, request summaries and the errors they wrap. A key stays while any call uses it, and
 * the last few stay after.
 */
export class SecretSet {
  readonly #keys = new Map<string, Entry>();
  #all: string[] | undefined = [];
  #cut: RegExp | undefined;

  /** Remembers a key for good (a fixed key). */
  add(secret: string): void {
    this.#enter(secret).users++;
  }

  /** Marks a key as used by one call; the returned function ends that use. */
  hold(secret: string): () => void {
    const entry = this.#enter(secret);
    entry.users++;
    let held = true;
    return () => {
      if (!held) return;
      held = false;
      entry.users--;
      this.#forgetOld();
    };
  }

  #enter(secret: string): Entry {
    let entry = this.#keys.get(secret);
    if (entry) {
      // Most recent last.
      this.#keys.delete(secret);
    } else {
      entry = { spellings: secret ? spellings(secret) : [], users: 0 };
      this.#all = undefined;
    }
    this.#keys.set(secret, entry);
    return entry;
  }

  #forgetOld(): void {
    let idle = 0;
    for (const entry of this.#keys.values()) if (entry.users === 0) idle++;
    for (const [key, entry] of this.#keys) {
      if (idle <= RECENT) break;
      if (entry.users > 0) continue;
      this.#keys.delete(key);
      this.#all = undefined;
      idle--;
    }
  }

  #spellings(): string[] {
    if (!this.#all) {
      this.#all = [...this.#keys.values()].flatMap((e) => e.spellings);
      const prefixes = [...this.#keys.keys()]
        .filter((k) => k.length > CUT_PREFIX)
        .map((k) => k.slice(0, CUT_PREFIX).replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
      this.#cut = prefixes.length
        ? new RegExp(`(?:${prefixes.join("|")})[\\x21-\\x7e]*?(?=\\.\\.\\.|…)`, "g")
        : undefined;
    }
    return this.#all;
  }

  /** Whether a text shows any key. */
  shows(text: string): boolean {
    // What text() would replace, looked for without building the replaced text (every answer's
    // headers are checked).
    for (const spelling of this.#spellings()) if (spelling && text.includes(spelling)) return true;
    if (!this.#cut) return false;
    this.#cut.lastIndex = 0;
    return this.#cut.test(text);
  }

  text(text: string): string {
    const clean = scrubText(text, this.#spellings());
    return this.#cut ? clean.replace(this.#cut, REDACTED) : clean;
  }

  /** Whether no key is known: nothing to scrub. */
  get empty(): boolean {
    return this.#spellings().length === 0;
  }

  headers(headers: Headers): Headers {
    const copy = new Headers();
    for (const [name, value] of headers) copy.append(name, this.text(value));
    return copy;
  }

  /** Whether any header value shows a key. */
  headersShow(headers: Headers): boolean {
    for (const [, value] of headers) if (this.shows(value)) return true;
    return false;
  }

  /**
   * A foreign error as a plain copy: its name, message and code, scrubbed, and its cause copied
   * the same way (a few levels). The original, with whatever it holds, is never kept.
   */
  error(error: unknown, depth = 0): Error {
    const source = (error && typeof error === "object" ? error : {}) as {
      name?: unknown;
      message?: unknown;
      code?: unknown;
      cause?: unknown;
    };
    const message =
      typeof source.message === "string"
        ? source.message
        : error instanceof Object
          ? ""
          : String(error);
    const cause =
      depth < 3 && source.cause !== undefined
        ? { cause: this.error(source.cause, depth + 1) }
        : undefined;
    const copy = new Error(this.text(message), cause);
    copy.name = typeof source.name === "string" ? this.text(source.name) : "Error";
    if (typeof source.code === "string" || typeof source.code === "number") {
      (copy as Error & { code?: unknown }).code =
        typeof source.code === "string" ? this.text(source.code) : source.code;
    }
    // The stack names the copy's own frames only: the message is already in it, scrubbed.
    copy.stack = `${copy.name}: ${copy.message}`;
    return copy;
  }
}
