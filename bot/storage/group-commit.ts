import { SerialQueue } from "./serial-queue.js";

/**
 * Group commit for a store that rewrites one file: every change accepted while the file is being written joins the
 * next write, and all of them resolve when that write is on disk. Overlapping turns then cost one file write, not
 * one each (under 50 concurrent conversations, one write per change queued turns behind each other for a second),
 * and nothing is acknowledged before it is stored.
 */
export class GroupCommit {
  readonly #queue = new SerialQueue();
  readonly #persist: () => Promise<void>;
  /** The changes waiting for the next write, or null when none is waiting. */
  #batch: { promise: Promise<void>; resolve: () => void; reject: (error: unknown) => void } | null = null;

  /**
   * @param persist writes the store's latest accepted state (taken when it runs, so that it holds every change
   *   accepted until then) and, if that fails, rolls the accepted state back to what the file holds, then rejects.
   */
  constructor(persist: () => Promise<void>) {
    this.#persist = persist;
  }

  /** Resolves once a write that started after this call is on disk; rejects if that write failed. */
  next(): Promise<void> {
    if (this.#batch === null) {
      let resolve!: () => void;
      let reject!: (error: unknown) => void;
      const promise = new Promise<void>((res, rej) => {
        resolve = res;
        reject = rej;
      });
      const batch = { promise, resolve, reject };
      this.#batch = batch;
      void this.#queue.run(async () => {
        if (this.#batch === batch) this.#batch = null;
        try {
          await this.#persist();
          batch.resolve();
        } catch (error) {
          batch.reject(error);
        }
      });
    }
    return this.#batch.promise;
  }

  /** Resolves once every write requested so far has settled. For a clean shutdown. */
  idle(): Promise<void> {
    return this.#queue.idle();
  }
}
