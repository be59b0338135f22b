/**
 * An answer thread (dist/bot/answer-worker.cjs once built): holds its own copy of the knowledge base and answers
 * the questions the main thread sends it, with the same pure pipeline as `npm run ask`. See answer-threads.ts.
 */
import { parentPort, workerData } from "node:worker_threads";
import { ask } from "../../dialogs/answer/ask.js";
import { warmUpInBackground } from "../../dialogs/answer/warm-up.js";
import { openKnowledgeBase } from "../../knowledge/knowledge-base.js";
import { departementByCode } from "../../knowledge/territories/departements.js";
import { AnswerRequestSchema, AnswerThreadDataSchema, type AnswerReply } from "./answer-messages.js";

const port = parentPort;
if (port === null) throw new Error("answer-worker: run it as a worker thread (bot/answers/answer-threads.ts starts it)");
const data = AnswerThreadDataSchema.parse(workerData);
const opened = openKnowledgeBase({ publicUrl: data.publicUrl, ...(data.catalogPath ? { catalogPath: data.catalogPath } : {}) });
// The main thread opened the same catalog before starting this thread: a failure here is a fault, not a setting.
if (!opened.ok) throw new Error(`answer-worker: ${opened.error}`);
const { index } = opened.kb;
const post = (reply: AnswerReply): void => port.postMessage(reply);

port.on("message", (message: unknown) => {
  const request = AnswerRequestSchema.safeParse(message);
  if (!request.success) {
    const id = (message as { id?: unknown } | null)?.id;
    post({ type: "error", id: typeof id === "number" && Number.isInteger(id) ? id : -1, message: "answer-worker: a request that is not { id, question, home }" });
    return;
  }
  const { id, question, home } = request.data;
  try {
    post({ type: "answer", id, answer: ask(question, { home: home === null ? null : departementByCode(home) }, index) });
  } catch (error) {
    post({ type: "error", id, message: error instanceof Error ? error.message : String(error) });
  }
});
post({ type: "ready" });
void warmUpInBackground(index);
