// Splits a server-sent event stream's bytes into lines (CRLF, LF or CR endings, split anywhere across
// chunks), in time linear in the body: each byte is scanned, copied and decoded once, and only whole
// lines are decoded (so a UTF-8 character split across chunks comes out intact). A message (the lines
// up to a blank one) larger than `maxMessageBytes` stops the read before it is held in memory.
const LF = 0x0a;
const CR = 0x0d;

export class SseLines {
  readonly #max: number;
  readonly #tooLarge: () => Error;
  readonly #decoder = new TextDecoder("utf-8", { ignoreBOM: true });
  /** The current line's bytes so far, and how many. */
  #parts: Uint8Array[] = [];
  #partBytes = 0;
  /** Bytes of the current message's finished lines. */
  #messageBytes = 0;
  /** The last chunk ended with CR: a LF opening the next one ends the same line. */
  #afterCr = false;
  #first = true;

  constructor(maxMessageBytes: number, tooLarge: () => Error) {
    this.#max = maxMessageBytes;
    this.#tooLarge = tooLarge;
  }

  /** The lines this chunk completes, without their endings. */
  *push(chunk: Uint8Array): Generator<string> {
    let start = 0;
    if (this.#afterCr && chunk.length > 0) {
      this.#afterCr = false;
      if (chunk[0] === LF) start = 1;
    }
    let lf = chunk.indexOf(LF, start);
    let cr = chunk.indexOf(CR, start);
    while (lf >= 0 || cr >= 0) {
      const end = lf < 0 ? cr : cr < 0 ? lf : Math.min(lf, cr);
      yield this.#finish(chunk.subarray(start, end));
      start = end + 1;
      if (end === cr) {
        if (start === chunk.length) this.#afterCr = true;
        else if (chunk[start] === LF) start++;
      }
      if (lf >= 0 && lf < start) lf = chunk.indexOf(LF, start);
      if (cr >= 0 && cr < start) cr = chunk.indexOf(CR, start);
    }
    if (start < chunk.length) {
      const rest = chunk.subarray(start);
      this.#check(rest.length);
      this.#parts.push(rest);
      this.#partBytes += rest.length;
    }
  }

  /** What came after the last line ending, when the body ended (undefined when nothing did). */
  end(): string | undefined {
    return this.#partBytes === 0 ? undefined : this.#finish(new Uint8Array(0));
  }

  #check(more: number): void {
    if (this.#messageBytes + this.#partBytes + more > this.#max) throw this.#tooLarge();
  }

  #finish(tail: Uint8Array): string {
    this.#check(tail.length);
    const bytes =
      this.#parts.length === 0
        ? tail
        : Buffer.concat([...this.#parts, tail], this.#partBytes + tail.length);
    this.#parts = [];
    this.#partBytes = 0;
    // A blank line ends the message; other lines count towards it, their ending included.
    this.#messageBytes = bytes.length === 0 ? 0 : this.#messageBytes + bytes.length + 1;
    let line = this.#decoder.decode(bytes);
    if (this.#first) {
      this.#first = false;
      if (line.startsWith("\uFEFF")) line = line.slice(1);
    }
    return line;
  }
}
