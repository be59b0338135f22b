/**
 * OCR slips that are safe to repair everywhere: each pattern can only be an OCR error, never real French.
 * Kept as data so that a reviewer sees every rewrite the ingestion makes. Values that OCR made truly illegible
 * are not guessed here: they go in corrections.json, with file, line and reason.
 */
export const OCR_FIXES: ReadonlyArray<readonly [RegExp, string]> = [
  // Doubled apostrophes ("d''acces", "I''accompagnement"): first, so that the fixes below see one apostrophe.
  [/''/g, "'"],
  // Capital I read for a lower-case l before an apostrophe: "I'emploi" → "l'emploi". A capital I followed by an
  // apostrophe and a lower-case letter is not French (no word is "I'").
  [/(^|[\s(«"'’>])I(['’])(?=[a-zàâäéèêëîïôöùûüœA-ZÉ])/g, "$1l$2"],
  [/\bI'lnsertion\b/g, "l'insertion"],
  // "Pôle" with the ô read as dl, db, bl, é...: "Pble emploi", "Pdle emploi", "Péles insertion", "Pbles", "Pdbles".
  [/\bP(?:bl|dl|dbl|él|el|ol)e(s?)\b(?=\s+(?:emploi|insertion|d'insertion|sociaux|social|ESS)\b)/gi, "Pôle$1"],
  [/\bP(?:bl|dl|dbl|él)e(s?)\b/g, "Pôle$1"],
  // "œuvre" read as "ceuvre".
  [/\bceuvre/g, "œuvre"],
  // "Drôme" read as "Drdme", "Dréme", "Drome".
  [/\bDr(?:dm|ém|om)e\b/g, "Drôme"],
  [/\bdr[ée]bmois/g, "drômois"],
  // "L'EMPLOI" read as "LUEMPLOI" on a title line.
  [/\bLUEMPLOI\b/g, "L'EMPLOI"],
  // "chômage" read as "chdmage"/"chémage"; "tôt" read as "t6t"; "cinq" as "cing"; "appui" as "appul".
  [/\bch[dé]mage\b/g, "chômage"],
  [/\bt6t\b/g, "tôt"],
  [/\bcing\b/g, "cinq"],
  [/\bappul\b/g, "appui"],
  // "bénéficiaire" read with an h: "hénéficiaire", "bhénéficiaires".
  [/\bb?h[ée]n[ée]ficiaire/g, "bénéficiaire"],
  [/\bhesoins\b/g, "besoins"],
  // "Pinsertion", "Pentrée": the apostrophe of l' read as P in OCR'd text.
  [/\bP(insertion|entr[ée]e|emploi|accompagnement|acc[eè]s)\b/g, "l'$1"],
  // The l of "l'" lost before an apostrophe ("Dynamiser 'accompagnement", "retour a 'emploi") and doubled
  // apostrophes ("d''acces"). French never opens a word with a straight apostrophe after a space.
  [/(^|\s)'(?=[a-zàâäéèêëîïôöùûü])/g, "$1l'"],
  // A comma inside a word ("cons,ulaires"): French puts a space after every comma.
  [/([a-zà-ÿ]),(?=[a-zà-ÿ]{3})/g, "$1"],
  // Ordinals read as symbols: "2™ trimestre", "1¢¢ phase", "7¢™".
  [/\b1¢¢/g, "1re"],
  [/\b(\d)(?:™|¢™)/g, "$1e"],
  // Ligature read as a character pair.
  [/ﬁ/g, "fi"],
  [/ﬂ/g, "fl"],
];

// A line none of whose fragments any fix looks for is left as it is, without running the list. Each alternative
// is implied by the pattern of a fix above (most French lines hold an apostrophe or a word in P: only the
// apostrophes and P-words the fixes rewrite count); the "Pôle" fix ignores case, so does its guard.
const MAY_NEED_FIX =
  /''|I['’]|(?:^|\s)'|Dr[déo]|dr[ée]b|ceuvre|LUEMPLOI|ch[dé]mage|t6t|cing|appul|h[ée]n[ée]f|hesoins|\bP(?:insertion|entr[ée]e|emploi|accompagnement|acc[eè]s)\b|ﬁ|ﬂ|,[a-zà-ÿ]|™|¢/;
const MAY_NEED_POLE_FIX = /p(?:bl|dl|dbl|él|el|ol)e/i;

/** Applies every OCR fix to one line. */
export function fixOcr(line: string): string {
  if (!MAY_NEED_FIX.test(line) && !MAY_NEED_POLE_FIX.test(line)) return line;
  let out = line;
  for (const [pattern, replacement] of OCR_FIXES) out = out.replace(pattern, replacement);
  return out;
}
