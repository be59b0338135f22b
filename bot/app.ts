import { ConversationState, UserState, type Storage } from "botbuilder";
import type restify from "restify";
import { MainDialog } from "../dialogs/conversation/main-dialog.js";
import type { RecordSink } from "../dialogs/conversation/ports.js";
import { openKnowledgeBase, type KnowledgeBase } from "../knowledge/knowledge-base.js";
import { createAdapter } from "./adapter.js";
import { startAnswerThreads, type Answerer } from "./answers/answer-threads.js";
import type { Config } from "./config.js";
import { InsertionBot } from "./insertion-bot.js";
import type { Logger } from "./logger.js";
import { createRecordSink } from "./record-sink.js";
import { createServer } from "./server.js";
import { openStores, storageChoice } from "./storage/open-storage.js";

/** Everything the running bot is made of, for main.ts and for tests that start the real server. */
export interface App {
  readonly server: restify.Server;
  readonly kb: KnowledgeBase;
  readonly storage: Storage;
  readonly records: RecordSink;
  /** The threads that answer questions (ANSWER_THREADS). */
  readonly answerer: Answerer;
}

/**
 * Builds the bot from its configuration: knowledge base, state and records (lowdb files, or the blob container
 * shared by every instance with STORAGE=blobs), dialogs, handler, adapter and HTTP server. A configuration that
 * cannot work (an unreachable blob container…) gives `ok: false` with one line for the operator.
 */
export async function createApp(config: Config, logger: Logger): Promise<{ ok: true; app: App } | { ok: false; error: string }> {
  const warn = (message: string): void => logger.warn({}, message);
  // Storage first: an unreachable container fails in seconds, before the knowledge base is built.
  const chosen = storageChoice(config);
  if (!chosen.ok) return chosen;
  const stores = await openStores(chosen.choice, { retentionDays: config.RECORDS_RETENTION_DAYS, onWarning: warn });
  if (!stores.ok) return stores;
  const opened = openKnowledgeBase({ publicUrl: config.PUBLIC_URL });
  if (!opened.ok) return opened;
  const kb = opened.kb;
  const storage = stores.state;
  const records = createRecordSink(stores.records, warn);
  const conversationState = new ConversationState(storage);
  const userState = new UserState(storage);
  const answerer = startAnswerThreads({ threads: config.ANSWER_THREADS, index: kb.index, data: { publicUrl: config.PUBLIC_URL }, onWarning: warn });
  const dialog = new MainDialog({ catalog: kb.catalog, ask: (q, context) => answerer.ask(q, context), records }, userState.createProperty("profile"));
  const bot = new InsertionBot({
    catalog: kb.catalog,
    index: kb.index,
    publicUrl: config.PUBLIC_URL,
    conversationState,
    userState,
    dialog,
    onWarning: warn,
    onTurn: (turn) => logger.info({ ...turn }, "turn"),
  });
  const adapter = createAdapter(config, conversationState, logger);
  const server = createServer({ config, kb, adapter, bot, logger, answerThreads: () => answerer.threads });
  return { ok: true, app: { server, kb, storage, records, answerer } };
}
