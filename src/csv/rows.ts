// The rows of a stream of row batches one by one (csvRowBatches hands a batch per chunk).
export async function* flatten<T>(batches: AsyncIterable<readonly T[]>): AsyncGenerator<T> {
  for await (const batch of batches) yield* batch;
}
