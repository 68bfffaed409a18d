import { createHash } from "node:crypto";

let lastCredential: string | undefined;
let lastId = "";

/** A short SHA-256 of the credential a request carries: budgets are per key, never by the key. */
export function keyIdOf(credential: string): string {
  if (credential !== lastCredential) {
    lastId = createHash("sha256").update(credential).digest("hex").slice(0, 16);
    lastCredential = credential;
  }
  return lastId;
}
