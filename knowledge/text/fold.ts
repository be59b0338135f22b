/**
 * Folds French text for comparison: lower case, no diacritics, typographic apostrophes and dashes made plain,
 * ligatures opened (œ → oe), white space collapsed. Used by every matcher (labels, glossary, territories, search)
 * so that "Pôle Emploi", "pole emploi" and "PÔLE  EMPLOI" compare equal.
 */
export function fold(text: string): string {
  // Understanding a question folds the same message in each of its checks (intent, number, language, topic): the
  // last result is kept.
  if (text === lastText) return lastFolded;
  // Plain ASCII needs no Unicode normalisation, the costly part: most words and lines are ASCII.
  // Only the non-ASCII characters are folded, each once (a plan's text is mostly ASCII; normalising whole texts
  // and building them char by char were the costliest steps of indexing).
  const folded = (/^[\x00-\x7f]*$/.test(text) ? text : text.replace(NON_ASCII, foldChar)).toLowerCase().replace(/\s+/g, " ").trim();
  lastText = text;
  lastFolded = folded;
  return folded;
}

let lastText = "";
let lastFolded = "";

/**
 * Lower case and no diacritics, ligatures opened, typographic signs made plain, but white space left as it is:
 * for tokenizers, which split on it anyway (collapsing it was a fifth of the cost of tokenizing a long text).
 */
export function foldLetters(text: string): string {
  return text.replace(NON_ASCII, foldChar).toLowerCase();
}

const NON_ASCII = /[^\x00-\x7f]/g;
const SPECIAL: Readonly<Record<string, string>> = { œ: "oe", Œ: "oe", æ: "ae", Æ: "ae", "ﬁ": "fi", "ﬂ": "fl", "’": "'", "‘": "'", "´": "'", "‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-", "\u202f": " ", "\u00a0": " " };
const folded = new Map<string, string>();

/** One non-ASCII character without its diacritics (é → e), ligatures opened, typographic signs made plain. */
function foldChar(ch: string): string {
  let out = folded.get(ch);
  if (out === undefined) {
    out = SPECIAL[ch] ?? ch.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
    // Bounded: text may hold any of the 1.1 million code points.
    if (folded.size < 4096) folded.set(ch, out);
  }
  return out;
}

/** Escapes a string for use inside a RegExp. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
