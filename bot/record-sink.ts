import type { FeedbackRecord, RecordSink, UnansweredRecord } from "../dialogs/conversation/ports.js";
import { hashConversationId } from "./storage/conversation-hash.js";
import type { WarningSink } from "./storage/json-file.js";
import type { RecordsRepository } from "./storage/records-repository.js";

/**
 * The dialogs' RecordSink on the coordinator's records (a JSON file or the shared blob container): conversation
 * ids are hashed, free text is masked by the store, and a record the store refuses is reported as a warning rather
 * than breaking the turn.
 */
export function createRecordSink(store: RecordsRepository, onWarning: WarningSink): RecordSink {
  const warnIfRefused = (result: { ok: boolean; error?: string }): void => {
    if (!result.ok) onWarning(`records: a record was refused: ${result.error ?? "invalid"}`);
  };
  return {
    async feedback(r: FeedbackRecord) {
      warnIfRefused(
        await store.append({
          kind: "feedback",
          conversationHash: hashConversationId(r.conversationId),
          ficheIds: [...r.ficheIds],
          answerIntent: r.intent || "inconnu",
          vote: r.vote,
          ...(r.comment ? { comment: r.comment } : {}),
        }),
      );
    },
    async unanswered(r: UnansweredRecord) {
      warnIfRefused(
        await store.append({
          kind: "unanswered",
          conversationHash: hashConversationId(r.conversationId),
          question: r.question,
          ...(r.departement ? { departement: r.departement } : {}),
        }),
      );
    },
  };
}
