import type { Catalog } from "../../knowledge/model/index.js";
import type { Answer } from "../answer/answer-types.js";
import type { AskContext } from "../understand/understand.js";

/** Answers a question (the understand → search → compose pipeline); injected so that dialog tests can fake it,
 * and so that the bot can answer on another thread (then it returns a promise). */
export type AskFn = (question: string, context: AskContext) => Answer | Promise<Answer>;

/** A référent's vote on an answer. Free text is masked by the sink before it is stored. */
export interface FeedbackRecord {
  readonly conversationId: string;
  readonly vote: "up" | "down";
  readonly ficheIds: readonly string[];
  readonly intent: string;
  readonly comment?: string;
}

/** A question the bot could not answer, kept so the coordinator can improve the catalog. */
export interface UnansweredRecord {
  readonly conversationId: string;
  readonly question: string;
  readonly departement?: string;
}

/** Where feedback and unanswered questions go (a lowdb file, a blob container…). */
export interface RecordSink {
  feedback(record: FeedbackRecord): Promise<void>;
  unanswered(record: UnansweredRecord): Promise<void>;
}

/** What the dialogs need from the knowledge base. */
export interface DialogDeps {
  readonly catalog: Catalog;
  readonly ask: AskFn;
  readonly records: RecordSink;
}

/** The turn-state key where the root dialog leaves the intent it answered, for the bot's turn log. */
export const INTENT_KEY = "answeredIntent";
