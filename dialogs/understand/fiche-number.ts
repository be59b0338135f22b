import { fold } from "../../knowledge/text/fold.js";

/**
 * The fiche number a question asks for ("fiche 12", "action 5.4", "la fiche n°2", "fiche action 2 ?",
 * "c'est quoi l'action 6.2", "détaille la 12", "2-1", "action n 19"), or null. A number that is an age, a year, an amount or a
 * département ("jeune de 22 ans", "en 2023", "dans le 35") is not a fiche number.
 */
export function findFicheNumber(question: string): string | null {
  const q = numberWordsAsDigits(fold(question).replace(/\s+/g, " ").trim());
  const explicit = q.match(/\b(?:fiches?(?:[- ](?:action|projet))?|actions?|mesures?|fa)\s*(?:n\s?[°º]|no\.?|num(?:ero)?\.?|#|n\.?(?=\s?\d))?\s*(\d{1,3}(?:\s?[.-]\s?\d{1,2}){0,2}(?:\s?bis)?)\b(?!\s*(?:ans|%|€|euros|h\b|heures|jours|mois|personnes|fois))/);
  if (explicit) return explicit[1]!.replace(/\s/g, "");
  // "la 12", "et la 5.4 ?", "n°3": a bare number is a fiche only in a short message.
  const words = q.split(" ").length;
  const bare = q.match(/^(?:(?:et |detaille(?:-moi)? |montre(?:-moi)? |c'est quoi |voir )?(?:la |le )?)(?:n\s?°\s?)?(\d{1,3}(?:[.-]\d{1,2}){0,2})\s*\??$/);
  if (bare && words <= 5) return bare[1]!;
  // "et la 12 dans le pacte ?", "c'est quoi la 13 dans le pdie": "la" + number, in a short message.
  const la = q.match(/(?:^|\b(?:et|quoi|voir|detaille|montre|sur)\s)la (?:n\s?°\s?)?(\d{1,3}(?:[.-]\d{1,2}){0,2})\b(?!\s*(?:ans|%|€|euros|h\b|heures|jours|mois|personnes|fois))/);
  // A number with two levels ("la 4.3 sur le comité des usagers…") is a fiche's whatever the message's length.
  if (la && (words <= 9 || /[.-]/.test(la[1]!))) return la[1]!;
  return null;
}

const UNITS = ["zero", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze", "treize", "quatorze", "quinze", "seize"];
const TENS: Readonly<Record<string, number>> = { vingt: 20, trente: 30, quarante: 40, cinquante: 50 };
/** A number from 2 to 59 in words (« un » alone is the article: « une action un peu plus ciblée »). */
const NUMBER_PHRASE = String.raw`(vingt|trente|quarante|cinquante)(?:[- ](?:et[- ])?(un|deux|trois|quatre|cinq|six|sept|huit|neuf))?|dix[- ](sept|huit|neuf)|(${UNITS.slice(2).join("|")})`;
/** A fiche's or an action's name, a number in words, then the end of the message, a punctuation mark or a word that
 * goes on with the plan (« la fiche-projet quinze du pacte »), not with a quantity (« action deux fois par an »). */
const NAMED_IN_WORDS = new RegExp(String.raw`\b((?:fiches?(?:[- ](?:action|projet))?|actions?|mesures?)\s*(?:n\s?°\s*|numero\s+)?)(?:${NUMBER_PHRASE})(?=\s*(?:$|[?!.,;:)]|(?:du|de|des|d'|dans|sur|pour|svp|stp)\b))`, "g");

/** "la fiche-projet quinze" → "la fiche-projet 15": numbers written in words after a fiche's or an action's name
 * (2 to 59), as people dictate or type them. */
function numberWordsAsDigits(q: string): string {
  if (!/\b(?:fiches?|actions?|mesures?)\b/.test(q)) return q;
  return q.replace(NAMED_IN_WORDS, (_whole, head: string, tens?: string, tensUnit?: string, dixUnit?: string, unit?: string) => {
    if (tens) return head + String(TENS[tens]! + (tensUnit ? UNITS.indexOf(tensUnit) : 0));
    if (dixUnit) return head + String(10 + UNITS.indexOf(dixUnit));
    return head + String(UNITS.indexOf(unit!));
  });
}
