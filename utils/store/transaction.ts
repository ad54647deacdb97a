/** Queues a request of the transaction; its outcome is awaited with the rest. */
export type QueueWrite = (request: Promise<unknown>) => void;

/**
 * Runs `body` over a readwrite transaction and waits for the commit. IndexedDB
 * only rolls back by itself when a request fails later; a request that throws
 * when it is made (a value that cannot be stored, a quota hit, a closing
 * database) leaves the earlier ones to commit. So any throw, or any failed
 * request, aborts the transaction here: nothing the body wrote is kept, and
 * the error is thrown again.
 */
export async function allOrNothing<T>(tx: { abort(): void; readonly done: Promise<void> }, body: (write: QueueWrite) => Promise<T>): Promise<T> {
  const writes: Array<Promise<unknown>> = [];
  // Watched from the start: once the transaction aborts, every queued request
  // is rejected too, and none of those rejections may go unhandled.
  const write: QueueWrite = (request) => {
    request.catch(() => undefined);
    writes.push(request);
  };
  try {
    const result = await body(write);
    await Promise.all([...writes, tx.done]);
    return result;
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // The failing request already aborted it.
    }
    await tx.done.catch(() => undefined);
    throw error;
  }
}

export function messageOf(error: unknown): string {
  if (error instanceof Error) return error.name && error.name !== 'Error' ? `${error.name}: ${error.message}` : error.message;
  return String(error);
}
