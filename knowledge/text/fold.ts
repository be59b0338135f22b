/**
 * Folds French text for comparison: lower case, no diacritics, typographic apostrophes and dashes made plain,
 * ligatures opened (œ → oe), white space collapsed. Used by every matcher (labels, glossary, territories, search)
 * so that "Pôle Emploi", "pole emploi" and "PÔLE  EMPLOI" compare equal.
 */
export function fold(text: string): string {
  // Plain ASCII needs no Unicode normalisation, the costly part: most words and lines are ASCII.
  if (/^[\x00-\x7f]*$/.test(text)) return text.toLowerCase().replace(/\s+/g, " ").trim();
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[œŒ]/g, "oe")
    .replace(/[æÆ]/g, "ae")
    .replace(/[ﬁ]/g, "fi")
    .replace(/[ﬂ]/g, "fl")
    .replace(/[’‘`´]/g, "'")
    .replace(/[‐‑‒–—]/g, "-")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/** Escapes a string for use inside a RegExp. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
