/**
 * Runs asynchronous operations one after the other, in call order. Why: a bot's turns overlap, and each state or
 * records write is read-check-persist; two of them interleaved would lose one's changes or break an eTag check.
 */
export class SerialQueue {
  #tail: Promise<void> = Promise.resolve();

  /** Runs `op` once every operation queued before it has settled; resolves or rejects as `op` does. */
  run<T>(op: () => Promise<T>): Promise<T> {
    const result = this.#tail.then(op);
    // The caller receives op's outcome, error included, through `result`; the queue only waits for it to settle.
    this.#tail = result.then(
      () => undefined,
      () => undefined,
    );
    return result;
  }

  /** Resolves when every operation queued so far has settled. */
  idle(): Promise<void> {
    return this.#tail;
  }
}
