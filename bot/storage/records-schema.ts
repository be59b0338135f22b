import { z } from "zod";

const at = z.iso.datetime({ offset: true });
/** A conversation is identified only by a hash (hashConversationId), never by its Teams id. */
const conversationHash = z.string().regex(/^[0-9a-f]{16,64}$/, "a hex hash from hashConversationId, not a raw conversation id");
/** Free text as typed, before masking. */
const inputText = z.string().trim().min(1).max(2000);
/** Free text once masked (placeholders may make it a little longer). */
const storedText = z.string().min(1).max(4000);
const departement = z.string().regex(/^(?:\d{2,3}|2[AB])$/, "a département code such as 22, 2A or 974");

const feedbackFields = {
  kind: z.literal("feedback"),
  conversationHash,
  /** The fiches the answer cited. */
  ficheIds: z.array(z.string().min(1).max(200)).max(50),
  /** The intent the answer was composed for (e.g. "pilote"). */
  answerIntent: z.string().min(1).max(100),
  vote: z.enum(["up", "down"]),
};
const unansweredFields = {
  kind: z.literal("unanswered"),
  conversationHash,
  /** The asker's or the question's département, when known. */
  departement: departement.optional(),
};

/** A 👍/👎 on an answer, as stored. */
export const FeedbackRecordSchema = z.strictObject({ ...feedbackFields, at, comment: storedText.optional() });
/** A question no fiche answered, as stored. */
export const UnansweredRecordSchema = z.strictObject({ ...unansweredFields, at, question: storedText });
/** Any stored record. */
export const StoredRecordSchema = z.discriminatedUnion("kind", [FeedbackRecordSchema, UnansweredRecordSchema]);

/**
 * What RecordsStore.append takes: a record whose `at` defaults to now and whose free text is not masked yet.
 * Strict: an unknown field (a user name, a raw conversation id) is refused rather than silently stored.
 */
export const RecordInputSchema = z.discriminatedUnion("kind", [
  z.strictObject({ ...feedbackFields, at: at.optional(), comment: inputText.optional() }),
  z.strictObject({ ...unansweredFields, at: at.optional(), question: inputText }),
]);

/** The records file: `{ "version": 1, "records": [...] }`, oldest first. */
export const RecordsFileSchema = z.object({ version: z.literal(1), records: z.array(StoredRecordSchema) });

/** A stored feedback record. */
export type FeedbackRecord = z.infer<typeof FeedbackRecordSchema>;
/** A stored unanswered question. */
export type UnansweredRecord = z.infer<typeof UnansweredRecordSchema>;
/** A stored record. */
export type StoredRecord = z.infer<typeof StoredRecordSchema>;
/** A record to append. */
export type RecordInput = z.input<typeof RecordInputSchema>;
/** The records file's content. */
export type RecordsFile = z.infer<typeof RecordsFileSchema>;
