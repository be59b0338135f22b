import { availableParallelism } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import type { Answer } from "../../dialogs/answer/answer-types.js";
import { ask } from "../../dialogs/answer/ask.js";
import type { AskContext } from "../../dialogs/understand/understand.js";
import type { FicheIndex } from "../../knowledge/search/fiche-index.js";
import { AnswerReplySchema, type AnswerRequest, type AnswerThreadData } from "./answer-messages.js";

/** Answers questions, on other threads or on this one. */
export interface Answerer {
  ask(question: string, context: AskContext): Answer | Promise<Answer>;
  /** How many answer threads are up (0 until they have loaded the catalog, or when there are none). */
  readonly threads: number;
  /** How many answer threads were started (ANSWER_THREADS resolved). */
  readonly started: number;
  /** Stops the threads. */
  close(): Promise<void>;
}

/** Options of startAnswerThreads. */
export interface AnswerThreadsOptions {
  /** ANSWER_THREADS: "auto" is one thread on a machine of two CPUs or more, none on one. */
  readonly threads: number | "auto";
  /** The main thread's index: it answers until the threads are ready, and for good if they fail. */
  readonly index: FicheIndex;
  /** What each thread opens (the same catalog and links as the main thread). */
  readonly data: AnswerThreadData;
  readonly onWarning: (message: string) => void;
  /** How long a question may wait for its thread before the main thread answers it. Default 5,000 ms. */
  readonly timeoutMs?: number;
}

interface Pending {
  resolve(answer: Answer): void;
  reject(error: Error): void;
}

/** One answer thread and the requests it has in hand. */
interface AnswerThread {
  readonly worker: Worker;
  readonly pending: Map<number, Pending>;
  ready: boolean;
}

/**
 * Answers questions on worker threads, each holding its own copy of the knowledge base.
 *
 * Why: a turn cost about 2 ms of the main thread, half of it the answer (understanding, search, passages), and
 * one thread cannot serve 500 turns a second at that price. The main thread keeps HTTP, botbuilder and the state;
 * the threads answer. A question goes to the thread with the fewest in hand. Until a thread has loaded the
 * catalog (a few hundred milliseconds after start), and for good if every thread has stopped, the main thread
 * answers itself: slower, never wrong.
 */
export function startAnswerThreads(options: AnswerThreadsOptions): Answerer {
  const timeoutMs = options.timeoutMs ?? 5000;
  const count = options.threads === "auto" ? (availableParallelism() >= 2 ? 1 : 0) : options.threads;
  const local = (question: string, context: AskContext): Answer => ask(question, context, options.index);
  if (count === 0) return { ask: local, threads: 0, started: 0, close: async () => {} };

  const entry = workerEntry();
  let next = 0;
  const threads: AnswerThread[] = [];
  const start = (): AnswerThread => {
    const worker = new Worker(entry.code, { eval: entry.eval, workerData: options.data });
    // The threads never keep the process alive: the server does.
    worker.unref();
    const thread: AnswerThread = { worker, pending: new Map(), ready: false };
    worker.on("message", (message: unknown) => {
      const reply = AnswerReplySchema.safeParse(message);
      if (!reply.success) return options.onWarning(`answers: an answer thread sent something unreadable: ${reply.error.message}`);
      if (reply.data.type === "ready") {
        thread.ready = true;
        return;
      }
      const waiting = thread.pending.get(reply.data.id);
      // No one waits for it any more: it came after the time allowed, and the main thread answered.
      if (!waiting) return;
      thread.pending.delete(reply.data.id);
      if (reply.data.type === "answer") waiting.resolve(reply.data.answer);
      else waiting.reject(new Error(`answers: ${reply.data.message}`));
    });
    const stopped = (why: string): void => {
      if (!threads.includes(thread)) return;
      threads.splice(threads.indexOf(thread), 1);
      options.onWarning(`answers: an answer thread stopped (${why}); ${threads.length} left, the main thread answers if none is`);
      for (const waiting of thread.pending.values()) waiting.reject(new Error(`answers: the answer thread stopped (${why})`));
      thread.pending.clear();
    };
    worker.on("error", (error) => stopped(error.message));
    worker.on("exit", (code) => stopped(`exit code ${code}`));
    return thread;
  };
  for (let i = 0; i < count; i++) threads.push(start());

  return {
    ask(question, context) {
      const ready = threads.filter((t) => t.ready);
      if (ready.length === 0) return local(question, context);
      const thread = ready.reduce((best, t) => (t.pending.size < best.pending.size ? t : best));
      const id = next++;
      const request: AnswerRequest = { id, question, home: context.home?.code ?? null };
      return new Promise<Answer>((resolve, reject) => {
        // A thread that does not answer in time (stuck, or starved of CPU) must not leave a référent waiting: the
        // main thread answers, and a late reply is dropped.
        const late = setTimeout(() => {
          if (!thread.pending.delete(id)) return;
          options.onWarning(`answers: an answer thread took over ${timeoutMs} ms; the main thread answered`);
          resolve(local(question, context));
        }, timeoutMs);
        late.unref();
        const settle = <T,>(done: (value: T) => void) => (value: T): void => {
          clearTimeout(late);
          done(value);
        };
        thread.pending.set(id, { resolve: settle(resolve), reject: settle(reject) });
        thread.worker.postMessage(request);
      });
    },
    get threads() {
      return threads.filter((t) => t.ready).length;
    },
    started: count,
    async close() {
      const stopping = threads.splice(0, threads.length);
      await Promise.all(stopping.map((t) => t.worker.terminate()));
    },
  };
}

/**
 * The worker's code: beside the bundle once built (dist/bot/answer-worker.cjs), or, when the bot runs from its
 * sources (tests, tsx), the TypeScript file loaded through tsx's loader, which a worker must register itself.
 */
function workerEntry(): { code: string; eval: boolean } {
  if (import.meta.url.endsWith(".ts")) {
    const url = new URL("./answer-worker.ts", import.meta.url).href;
    return { code: `import("tsx/esm/api").then(({ register }) => { register(); return import(${JSON.stringify(url)}); });`, eval: true };
  }
  return { code: join(import.meta.dirname, "answer-worker.cjs"), eval: false };
}
