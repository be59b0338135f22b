/** The longest message the bot reads; the rest is cut (a pasted document is not a question). */
export const MAX_MESSAGE_LENGTH = 500;

/**
 * Cleans a chat message before understanding: HTML tags and entities (Teams sends some), markdown emphasis,
 * the bot's @mention, control characters and emoji; white space collapsed; cut to MAX_MESSAGE_LENGTH.
 */
export function cleanMessage(message: string): string {
  return message
    .slice(0, MAX_MESSAGE_LENGTH * 4)
    .replace(/<at>[^<]*<\/at>/gi, " ")
    .replace(/<[^>]{0,200}>/g, " ")
    .replace(/&nbsp;/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/&(?:lt|gt|quot|#\d+);/g, " ")
    .replace(/[*_`~#>|]+/g, " ")
    .replace(/[\u0000-\u001f\u007f]/g, " ")
    .replace(/\p{Extended_Pictographic}|\uFE0F|\u200D/gu, " ")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, MAX_MESSAGE_LENGTH);
}
