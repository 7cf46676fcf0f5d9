/**
 * A bound on how long a reader may go without handing over its next item.
 * A library that stops emitting on damaged input (neither data, nor 'end',
 * nor 'error') would otherwise keep its caller – and every API call queued
 * behind it – waiting forever.
 */
import { throwIfCallAbandoned } from "./call-deadline";

export class StalledError extends Error {
  override name = "StalledError";
}

export async function* withStallLimit<T>(source: AsyncIterable<T>, stallMs: number): AsyncGenerator<T> {
  const iterator = source[Symbol.asyncIterator]();
  for (;;) {
    let timer: NodeJS.Timeout | undefined;
    const stalled = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new StalledError(`không có dữ liệu mới sau ${stallMs} ms`)), stallMs);
    });
    let next: IteratorResult<T>;
    try {
      next = await Promise.race([iterator.next(), stalled]);
    } finally {
      clearTimeout(timer);
    }
    throwIfCallAbandoned();
    if (next.done) return;
    yield next.value;
  }
}
