// Reads an async iterable ahead of its consumer. A web stream that errors (an LLM connection cut mid-answer) drops
// the chunks still queued in it, so a consumer that waits between items — the chat engine holds a message's
// deltas until its rows are committed — would lose tokens the model had already sent. Here every item that arrived
// is kept and handed over in order, and the source's error is thrown only after them.

/** `source`, drained as fast as it produces (`onItem` runs on arrival), yielded at the consumer's pace. */
export async function* readAhead<T>(source: AsyncIterable<T>, onItem?: () => void): AsyncGenerator<T> {
  const queue: T[] = [];
  let ended = false;
  let failure: { error: unknown } | undefined;
  let wake: (() => void) | undefined;
  const notify = () => {
    const resolve = wake;
    wake = undefined;
    resolve?.();
  };
  // Stops with the source: the caller ends it (abort) when its consumer stops early.
  void (async () => {
    try {
      for await (const item of source) {
        onItem?.();
        queue.push(item);
        notify();
      }
    } catch (error) {
      failure = { error };
    } finally {
      ended = true;
      notify();
    }
  })();
  for (;;) {
    if (queue.length > 0) {
      yield queue.shift()!;
      continue;
    }
    if (failure) throw failure.error;
    if (ended) return;
    await new Promise<void>((resolve) => (wake = resolve));
  }
}
