/**
 * Adjectives and names of inhabitants that point to one département, as folded stems with their feminine and
 * plural endings: "costarmoricain(e)(s)" → 22, "drômois(e)(s)" → 26. Only unambiguous ones: "breton" (a région) or
 * "savoyard" (two départements) are left out. "basque" and "béarnais" name the two parts of the Pyrénées-Atlantiques.
 */
const DEMONYMS: readonly (readonly [pattern: string, code: string])[] = [
  ["costarmoricain(?:e|es|s)?", "22"],
  ["costarmorican(?:e|es|s)?", "22"],
  ["dromois(?:e|es)?", "26"],
  ["bret?till?ien(?:ne|nes|s)?", "35"],
  ["bearnais(?:e|es)?", "64"],
  ["basques?", "64"],
  ["finisterien(?:ne|nes|s)?", "29"],
  ["morbihannais(?:e|es)?", "56"],
  ["ardechois(?:e|es)?", "07"],
  ["iserois(?:e|es)?", "38"],
  ["girondin(?:e|es|s)?", "33"],
  ["landais(?:e|es)?", "40"],
  ["gersois(?:e|es)?", "32"],
  ["aveyronnais(?:e|es)?", "12"],
  ["ariegeois(?:e|es)?", "09"],
  ["vendeen(?:ne|nes|s)?", "85"],
  ["mayennais(?:e|es)?", "53"],
  ["sarthois(?:e|es)?", "72"],
  ["vosgien(?:ne|nes|s)?", "88"],
  ["ornais(?:e|es)?", "61"],
  ["cantalien(?:ne|nes|s)?", "15"],
  ["correzien(?:ne|nes|s)?", "19"],
  ["creusois(?:e|es)?", "23"],
  ["lozerien(?:ne|nes|s)?", "48"],
  ["ligerien(?:ne|nes|s)?", "42"],
  ["essonnien(?:ne|nes|s)?", "91"],
  ["valdoisien(?:ne|nes|s)?", "95"],
  ["yvelinois(?:e|es)?", "78"],
  ["audois(?:e|es)?", "11"],
  ["gardois(?:e|es)?", "30"],
  ["vauclusien(?:ne|nes|s)?", "84"],
  ["varois(?:e|es)?", "83"],
  ["mosellan(?:e|es|s)?", "57"],
  ["jurassien(?:ne|nes|s)?", "39"],
  ["axonais(?:e|es)?", "02"],
  ["isarien(?:ne|nes|s)?", "60"],
  ["samarien(?:ne|nes|s)?", "80"],
  ["reunionnais(?:e|es)?", "974"],
  ["guadeloupeen(?:ne|nes|s)?", "971"],
  ["martiniquais(?:e|es)?", "972"],
  ["guyanais(?:e|es)?", "973"],
  ["mahorais(?:e|es)?", "976"],
];

const PATTERN = new RegExp(`^(?:${DEMONYMS.map(([pattern]) => `(${pattern})`).join("|")})$`);

/** The département a folded word names as a demonym ("drômoise" folded to "dromoise" → "26"), or null. */
export function demonymDepartement(word: string): string | null {
  const match = PATTERN.exec(word);
  if (match === null) return null;
  const group = match.slice(1).findIndex((value) => value !== undefined);
  return DEMONYMS[group]?.[1] ?? null;
}
