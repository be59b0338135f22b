import type { Finding } from "./personal-data-kinds.js";

/** Street types after which a lower-case name is still a street: "12 rue de la gare". */
const OPEN_STREET_TYPES = "rue|avenue|av\\.?|boulevard|bd|bld|impasse|imp\\.|all[ée]e|faubourg|fbg";
/**
 * Street types that are also common words ("1 place en crèche", "2 cours de français"): their name must have a
 * capital ("3 place de la Mairie", "5 chemin des Vignes").
 */
const CAPITAL_STREET_TYPES =
  "place|pl\\.|chemin|ch\\.|route|rte|quai|cours|square|sq\\.|r[ée]sidence|r[ée]s\\.|lotissement|lot\\.|hameau|cit[ée]|passage|sentier|esplanade|promenade|parvis|rond-point|clos|venelle|ruelle|villa|domaine|mail";

/** A house number (with bis, ter, a letter) and a street type: "12 rue", "3 bis avenue", "7, allée". */
const STREET_START = new RegExp(
  `(?<![\\p{L}\\p{N},.])\\d{1,4}(?:\\s?(?:bis|ter|quater|[a-dA-D])(?![\\p{L}]))?,?\\s+(?:(?<open>${OPEN_STREET_TYPES})|(?<capital>${CAPITAL_STREET_TYPES}))(?![\\p{L}])`,
  "giu",
);
/** A lieu-dit, named without a number: "lieu-dit Kerhuel", "lieudit le Moulin". */
const LIEU_DIT_START = /(?<![\p{L}])lieu[\s-]?dit(?![\p{L}])/giu;

/** Articles and prepositions inside a street name: "de la", "des", "l'", "du". */
const PARTICLE = /^(?:de|du|des|la|le|les|l['’]|d['’]|aux?|sur|sous|et|saint|sainte|st|ste)$/iu;
/** Words that end a sentence's address part rather than start a name: "12 rue est fermée", "1 place en crèche". */
const STOP = /^(?:à|a|en|pour|avec|dans|par|ou|où|qui|que|qu['’]|est|sont|mais|donc|car|chez|vers|depuis|pendant|il|elle|on|nous|vous|ils|elles|je|j['’]|tu|cherche|recherche|souhaite|veut|voudrait)$/iu;

/**
 * Where the street name after `from` ends, or null when there is none. The name is a run of words: particles
 * ("de la"), capitalised words ("République", "Saint-Brieuc"), and, when `lowerCaseHead`, one lower-case head word
 * ("gare"). It stops at a comma, a number (the postcode), or a word such as "à" or "pour": the town after an address
 * is left as it is, it says where, not who.
 */
function nameEnd(text: string, from: number, lowerCaseHead: boolean): number | null {
  const word = /\s*([\p{L}][\p{L}'’\-]*|[^\s\p{L}]+)/uy;
  word.lastIndex = from;
  let end: number | null = null;
  for (let count = 0; count < 8; count++) {
    const m = word.exec(text);
    if (!m) break;
    let token = m[1] ?? "";
    // "l'Église", "d'Armor": the elision is a particle glued to the name.
    const elision = token.match(/^([ldLD]['’])(.+)$/u);
    if (elision) token = elision[2] ?? "";
    const capital = /^\p{Lu}/u.test(token);
    if (!/^\p{L}/u.test(token)) break;
    if (!capital && PARTICLE.test(token)) {
      continue;
    }
    if (capital && !STOP.test(token)) {
      end = word.lastIndex;
      continue;
    }
    // A lower-case word: the head of the name when nothing was named yet ("rue de la gare"), else the end.
    if (lowerCaseHead && end === null && !STOP.test(token)) {
      end = word.lastIndex;
      continue;
    }
    break;
  }
  return end;
}

/**
 * Street addresses: number, street type and name ("12 rue des Lilas", "3 bis avenue de la République"), and
 * lieux-dits ("lieu-dit Kerhuel"). The postcode and town that follow stay.
 */
export function detectAddresses(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const m of text.matchAll(STREET_START)) {
    const end = nameEnd(text, m.index + m[0].length, m.groups?.["open"] !== undefined);
    if (end !== null) findings.push({ start: m.index, end, kind: "adresse" });
  }
  for (const m of text.matchAll(LIEU_DIT_START)) {
    const end = nameEnd(text, m.index + m[0].length, true);
    if (end !== null && !findings.some((f) => f.start <= m.index && m.index < f.end)) findings.push({ start: m.index, end, kind: "adresse" });
  }
  return findings;
}
