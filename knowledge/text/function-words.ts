/**
 * A line that ends on a function word ("Mission Locale du Pays de", "grâce à une") cannot end a sentence or a
 * name: whatever follows goes on with it. (The passages of an answer use a shorter list, without the articles
 * "un", "une": OCR'd sidebars leave lines cut there that the next line does not continue.)
 */
const ENDS_OPEN = /(?:^|\s)(?:de|du|des|d'|la|le|les|l'|à|au|aux|et|en|pour|par|sur|avec|dont|un|une)$/i;

/** True when `text` ends on a word that cannot end a phrase. */
export function endsOnFunctionWord(text: string): boolean {
  return ENDS_OPEN.test(text);
}

// A line that opens on one of these, in lower case, goes on with the line above ("de remise à niveau").
const OPENS_CONTINUED = /^(?:de|du|des|d'|à|au|aux|et|en|pour|par|sur|avec|dont|qui|que|ou)\s/;

/** True when `text` begins, in lower case, with a word that continues the line above. */
export function opensOnFunctionWord(text: string): boolean {
  return OPENS_CONTINUED.test(text);
}
