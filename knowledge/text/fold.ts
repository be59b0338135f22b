/**
 * Folds French text for comparison: lower case, no diacritics, typographic apostrophes and dashes made plain,
 * ligatures opened (œ → oe), white space collapsed. Used by every matcher (labels, glossary, territories, search)
 * so that "Pôle Emploi", "pole emploi" and "PÔLE  EMPLOI" compare equal.
 */
export function fold(text: string): string {
  // Plain ASCII needs no Unicode normalisation, the costly part: most words and lines are ASCII.
  if (/^[\x00-\x7f]*$/.test(text)) return text.toLowerCase().replace(/\s+/g, " ").trim();
  // French text uses a few dozen accented letters: a table folds them without normalising the whole string.
  if (/^[\x00-\x7f\u00a0-\u00ff\u0152\u0153\u2018\u2019\u2013\u2014\u202f]*$/.test(text)) {
    let out = "";
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      out += c < 128 ? text[i]! : (LATIN.get(c) ?? text[i]!);
    }
    return out.toLowerCase().replace(/\s+/g, " ").trim();
  }
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

/** Latin-1 letters, œ, typographic quotes and dashes, folded as the general path would fold them. */
const LATIN = new Map<number, string>();
for (let c = 0xa0; c <= 0xff; c++) {
  const ch = String.fromCharCode(c);
  LATIN.set(c, ch.normalize("NFD").replace(/[\u0300-\u036f]/g, ""));
}
LATIN.set(0xc6, "ae").set(0xe6, "ae").set(0x152, "oe").set(0x153, "oe").set(0x2018, "'").set(0x2019, "'");
LATIN.set(0x2013, "-").set(0x2014, "-").set(0x202f, " ").set(0xa0, " ");

/** Escapes a string for use inside a RegExp. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
