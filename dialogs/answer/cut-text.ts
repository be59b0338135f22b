/** Cuts a passage to `max` characters at a word, marking the cut. */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  const sentence = text.slice(0, max).match(/^.*[.;!?](?=\s)/s)?.[0];
  if (sentence && sentence.length >= max * 0.6) return sentence;
  return `${text.slice(0, max - 1).replace(/[\s,;:–-]+\S*$/, "")}…`;
}

/**
 * Cuts a long passage so that it keeps the part at `focus`: when that part lies beyond the cut, the quote starts
 * at the clause before it, marked « … ». Else as {@link cutText}.
 */
export function focusedCut(text: string, max: number, focus: number): string {
  if (text.length <= max || focus < 0 || focus + 40 <= max) return cutText(text, max);
  const before = text.slice(0, Math.max(0, focus - 20));
  const clause = Math.max(before.lastIndexOf(", "), before.lastIndexOf("; "), before.lastIndexOf(": "), before.lastIndexOf(" ("));
  let start = clause + 2;
  if (clause < 0 || focus - clause >= max - 40) {
    // No clause near enough: start at a word a little before the focus.
    const space = text.indexOf(" ", Math.max(0, focus - 60));
    start = space >= 0 && space < focus ? space + 1 : focus;
  }
  return `…${cutText(text.slice(start), max - 1)}`;
}
