// A streamed body through a parser (a TransformStream), handing out everything the parser made from
// the bytes that arrived before the body failed. With pipeThrough, a body cut mid-download errors
// the parser at once and drops the rows it had queued but the caller had not read yet (so the whole
// rows before a cut came out or not depending on timing). Here the body is pumped by hand: each
// chunk is parsed before the next is read, and the body's failure is reported only once the rows
// parsed before it are all handed out.

/** The body failed (a cut connection, say), as opposed to the parser. */
export class BodyFailure {
  constructor(readonly error: unknown) {}
}

export async function* bodyThrough<In, Out>(
  body: ReadableStream<In>,
  parser: TransformStream<In, Out>,
): AsyncGenerator<Out> {
  const source = body.getReader();
  const writer = parser.writable.getWriter();
  const reader = parser.readable.getReader();
  let failure: BodyFailure | undefined;
  let failed!: () => void;
  const bodyFailed = new Promise<typeof FAILED>((resolve) => (failed = () => resolve(FAILED)));

  const pump = async () => {
    try {
      for (;;) {
        let next: Awaited<ReturnType<typeof source.read>>;
        try {
          next = await source.read();
        } catch (error) {
          failure = new BodyFailure(error);
          return failed();
        }
        if (next.done) return await writer.close();
        // Resolves once the parser has taken the chunk: its rows are queued before the next read.
        await writer.write(next.value);
      }
    } catch {
      // The parser failed (its reader reports why) or the caller stopped: stop downloading.
      await source.cancel().catch(() => {});
    }
  };
  void pump();

  try {
    for (;;) {
      // A queued row settles read() at once, so it wins the race against a failure after it.
      const next = await Promise.race([reader.read(), bodyFailed]);
      if (next === FAILED) throw failure!;
      if (next.done) return;
      yield next.value;
    }
  } finally {
    await Promise.all([reader.cancel().catch(() => {}), source.cancel().catch(() => {})]);
  }
}

const FAILED = Symbol("body failed");
