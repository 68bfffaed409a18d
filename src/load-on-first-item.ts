// An async iterable whose code loads when its first item is asked for: the helpers built on the
// client (CSV rows, the tile stream) stay out of what an import loads until they are used.
export async function* loadOnFirstItem<Item>(
  open: () => Promise<AsyncIterable<Item>>,
): AsyncGenerator<Item, void, undefined> {
  yield* await open();
}
