import { z } from "zod";
import { maskPersonalData } from "../../dialogs/privacy/mask-personal-data.js";
import { RecordInputSchema, StoredRecordSchema, type RecordInput, type StoredRecord } from "./records-schema.js";

/**
 * Turns a record to append into the record to store: validated (strict: no unknown field, conversation as a hash),
 * `at` defaulting to `now`, and every free text (question, comment) through maskPersonalData. What comes back is
 * exactly what may be written; a refusal carries its reason.
 */
export function prepareRecord(input: RecordInput, now: Date): { ok: true; record: StoredRecord } | { ok: false; error: string } {
  const parsed = RecordInputSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: z.prettifyError(parsed.error) };
  const at = parsed.data.at ?? now.toISOString();
  const candidate: StoredRecord =
    parsed.data.kind === "feedback"
      ? { ...parsed.data, at, ...(parsed.data.comment === undefined ? {} : { comment: maskPersonalData(parsed.data.comment).text }) }
      : { ...parsed.data, at, question: maskPersonalData(parsed.data.question).text };
  const stored = StoredRecordSchema.safeParse(candidate);
  if (!stored.success) return { ok: false, error: z.prettifyError(stored.error) };
  return { ok: true, record: stored.data };
}
