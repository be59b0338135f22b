import { createHash } from "node:crypto";

/**
 * The hash that stands for a conversation in the records: the first 32 hex digits of SHA-256(salt, id). Records can
 * then be grouped by conversation without keeping the Teams id, which names a user. `salt` (default "") should be a
 * deployment secret, so that someone holding a conversation id cannot find its records.
 */
export function hashConversationId(conversationId: string, salt = ""): string {
  return createHash("sha256").update(salt).update("\u0000").update(conversationId).digest("hex").slice(0, 32);
}
