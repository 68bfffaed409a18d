// SecretSet.shows looks for what text() would scrub without building the scrubbed text (it runs on
// every answer's headers): the two must agree on every text.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SecretSet, spellings } from "../../src/redact.js";

const KEYS = ["phx_0123456789abcdefghij", 'phx_k"e/y+ &=é', "short"];

describe("SecretSet.shows", () => {
  it("is true exactly when text() would change the text", () => {
    const secrets = new SecretSet();
    for (const key of KEYS) secrets.add(key);
    // Texts built around the keys' spellings, their cut-off starts ("phx_0123...") and noise.
    const pieces = fc.oneof(
      fc.constantFrom(...KEYS.flatMap(spellings)),
      fc.constantFrom(...KEYS.map((k) => `${k.slice(0, 10)}...`), "phx_01234567…", "phx_"),
      fc.string({ maxLength: 12 }),
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 5 }), (parts) => {
        const text = parts.join("");
        expect(secrets.shows(text)).toBe(secrets.text(text) !== text);
      }),
      { numRuns: 2000 },
    );
  });

  it("finds nothing when no key is known, and a key held by a call while it is held", () => {
    const secrets = new SecretSet();
    expect(secrets.shows("phx_anything")).toBe(false);
    const release = secrets.hold("phx_held_key_123");
    expect(secrets.shows("Bearer phx_held_key_123")).toBe(true);
    expect(secrets.shows("a cut key phx_held_k...")).toBe(true);
    release();
    // Released keys are kept for a while (errors of streamed bodies come later).
    expect(secrets.shows("Bearer phx_held_key_123")).toBe(true);
  });
});
