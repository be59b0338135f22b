import type { Departement } from "../model/departement.js";
import { NAMED_PLAN_KINDS } from "../model/plan.js";
import { demonymDepartement } from "./demonyms.js";
import { Gazetteer } from "./gazetteer.js";
import { ARTICLES, nameVariants } from "./name-variants.js";
import { readPackageDepartements } from "./package-data.js";
import { type Token, isCapitalised, startsUpperCase, tokenize } from "./tokenize.js";

/** How a département was recognised in a text. */
export type DepartementCue = "name" | "number" | "demonym";

/** A département named in a text, with where (character offsets and token indices, end excluded). */
export interface DepartementMention {
  readonly departement: Departement;
  readonly cue: DepartementCue;
  readonly start: number;
  readonly end: number;
  readonly tokenStart: number;
  readonly tokenEnd: number;
}

/** Old or extra names that people still use. */
const EXTRA_NAMES: readonly (readonly [name: string, code: string])[] = [
  ["Côtes-du-Nord", "22"],
  ["Belfort", "90"],
];

/** Département names that are also ordinary words: only read as the département when capitalised ("le Nord", "Lot"). */
const WORDLIKE_NAMES: ReadonlySet<string> = new Set([
  "nord", "cher", "lot", "somme", "manche", "vienne", "allier", "aube", "creuse", "lande", "var", "ain", "orne",
  "eure", "loire", "marne", "oise", "indre", "reunion", "gard", "aude", "meuse", "doub", "centre",
]);

/** Words after which a number is a département: "CD 22", "département 35", "dépt du 64", and a plan's name
 * ("pdi 72", "la calpae 35"). */
const DEPARTEMENT_WORDS: ReadonlySet<string> = new Set(["departement", "departemental", "departementale", "dept", "dpt", "dep", "cd", "cg", ...NAMED_PLAN_KINDS.map((kind) => kind.toLowerCase())]);
/** Words after which a number is a département if nothing says otherwise: "le 22", "dans le 35", "du 64". */
const ARTICLE_WORDS: ReadonlySet<string> = new Set(["le", "du"]);
/** Words before a number that make it something else: "fiche 22", "action 5", "l'axe 3". */
const NUMBERED_THINGS: ReadonlySet<string> = new Set([
  "fiche", "fiches", "action", "actions", "axe", "axes", "mesure", "mesures", "objectif", "objectifs", "article",
  "page", "pages", "annexe", "point", "n", "no", "numero", "etape", "orientation", "priorite", "chapitre", "partie",
  "ligne", "tableau", "version", "niveau",
]);
/** Words after a number that make it a quantity or a date: "22 ans", "35 heures", "le 22 mars". */
const QUANTITY_WORDS: ReadonlySet<string> = new Set([
  "an", "ans", "h", "heure", "heures", "mn", "min", "minute", "minutes", "jour", "jours", "semaine", "semaines", "mois",
  "annee", "annees", "km", "kms", "m", "euro", "euros", "eur", "k", "ke", "pourcent", "personne", "personnes",
  "place", "places", "beneficiaire", "beneficiaires", "jeune", "jeunes", "participant", "participants", "fiche",
  "fiches", "action", "actions", "janvier", "fevrier", "mars", "avril", "mai", "juin",
  "juillet", "aout", "septembre", "octobre", "novembre", "decembre", "er", "eme", "e", "ieme", "fois", "salaries",
  "structures", "communes", "entreprises", "ateliers", "sessions", "mn",
]);
const CODE = /^(?:0[1-9]|1\d|[3-8]\d|9[0-5]|2[1-9]|2a|2b|97[1-6])$/;
const GLUED_CD = /^cd(0[1-9]|1\d|[3-8]\d|9[0-5]|2[1-9]|2a|2b|97[1-6])$/;
/** Words that join two numbers into a range or a list: "du 12 au 15", "le 22 et 23". */
const RANGE_WORDS: ReadonlySet<string> = new Set(["au", "a", "et", "ou"]);
/** What may follow a number that is a département: not "%", "€", a decimal or a time ("22,5", "22h", "22/03"). */
const QUANTITY_AFTER = /^\s*(?:[%€°/:]|[.,]\d)/;

interface DepartementTable {
  readonly list: readonly Departement[];
  readonly byCode: ReadonlyMap<string, Departement>;
  /** INSEE's type de nom en clair of each département, by code. */
  readonly liaisons: ReadonlyMap<string, number>;
  /** Names of the départements; ids are indices into `list`. */
  readonly names: Gazetteer;
}

let table: DepartementTable | undefined;

/** Drops a plural "s" so that "pyrenees atlantique" and "cote d armor" match: applied to names and texts alike. */
function singular(word: string): string {
  return word.length > 3 && word.endsWith("s") ? word.slice(0, -1) : word;
}


function loadTable(): DepartementTable {
  if (table !== undefined) return table;
  const rows = readPackageDepartements();
  const list: Departement[] = rows.map((row) => ({ code: row.code, name: row.nom }));
  const liaisons = new Map(rows.flatMap((row) => (row.typeLiaison === undefined ? [] : [[row.code, row.typeLiaison] as const])));
  const byCode = new Map(list.map((departement) => [departement.code, departement]));
  const names = new Gazetteer();
  const file = (name: string, id: number): void => {
    for (const variant of nameVariants(name)) {
      names.add(variant.key.split(" ").map(singular).join(" "), id, variant.derived);
    }
  };
  list.forEach((departement, id) => file(departement.name, id));
  for (const [name, code] of EXTRA_NAMES) {
    const id = list.findIndex((departement) => departement.code === code);
    if (id >= 0) file(name, id);
  }
  table = { list, byCode, liaisons, names };
  return table;
}

// INSEE's "type de nom en clair": the article of the name and its form after "de", by type.
const ARTICLE_OF = ["", "", "le ", "la ", "les ", "l'", "aux ", "las ", "los "];
const OF = ["de ", "d'", "du ", "de la ", "des ", "de l'", "des ", "de las ", "de los "];

/** The département's name with its article, as a sentence says it: "la Drôme", "les Côtes-d'Armor", "Paris". */
export function departementWithArticle(departement: Departement): string {
  const type = loadTable().liaisons.get(departement.code);
  return `${type === undefined ? "" : (ARTICLE_OF[type] ?? "")}${departement.name}`;
}

/** "de" and the département's name, as French joins them: "de la Drôme", "des Côtes-d'Armor", "d'Ille-et-Vilaine". */
export function ofDepartement(departement: Departement): string {
  const type = loadTable().liaisons.get(departement.code);
  if (type === undefined) return `de ${departement.name}`;
  return `${OF[type] ?? "de "}${departement.name}`;
}

/** Every département (101), by code. */
export function allDepartements(): readonly Departement[] {
  return loadTable().list;
}

/** The département with this INSEE code ("22", "2A", "974"; "2a" and "5" are read as "2A" and "05"), or null. */
export function departementByCode(code: string): Departement | null {
  const normalised = code.trim().toUpperCase();
  const padded = /^\d$/.test(normalised) ? `0${normalised}` : normalised;
  return loadTable().byCode.get(padded) ?? null;
}

/** True when a name match is an ordinary word written in lower case, or "Nord" in "Nord Drôme" (a part of 26). */
function isWordlikeMisread(tokens: readonly Token[], start: number, length: number): boolean {
  let only: Token | undefined;
  for (let k = start; k < start + length; k++) {
    const token = tokens[k];
    if (token === undefined || ARTICLES.has(token.key)) continue;
    if (only !== undefined) return false;
    only = token;
  }
  if (only === undefined || !WORDLIKE_NAMES.has(singular(only.key))) return false;
  if (!isCapitalised(only)) return true;
  const next = tokens[start + length];
  return next !== undefined && next.joined && isCapitalised(next);
}

function numberMentionAt(text: string, tokens: readonly Token[], i: number): Departement | null {
  const token = tokens[i];
  if (token === undefined) return null;
  const glued = GLUED_CD.exec(token.key);
  if (glued !== null) return departementByCode(glued[1] ?? "");
  if (!CODE.test(token.key)) return null;
  const departement = departementByCode(token.key);
  if (departement === null) return null;
  const previous = tokens[i - 1]?.key ?? "";
  const beforePrevious = tokens[i - 2]?.key ?? "";
  if (NUMBERED_THINGS.has(previous)) return null;
  if (DEPARTEMENT_WORDS.has(previous)) return departement;
  if (["du", "de", "n", "no"].includes(previous) && DEPARTEMENT_WORDS.has(beforePrevious)) return departement;
  if (text.charAt(token.start - 1) === "(" && text.charAt(token.end) === ")") return departement;
  if (!ARTICLE_WORDS.has(previous) || NUMBERED_THINGS.has(beforePrevious)) return null;
  const next = tokens[i + 1];
  if (QUANTITY_AFTER.test(text.slice(token.end, token.end + 3))) return null;
  if (next === undefined || /[.!?;]/.test(text.slice(token.end, next.start))) return departement;
  if (QUANTITY_WORDS.has(next.key) || /^\d/.test(next.key)) return null;
  const afterNext = tokens[i + 2];
  if (RANGE_WORDS.has(next.key) && afterNext !== undefined && /^\d/.test(afterNext.key)) return null;
  return departement;
}

/**
 * The département whose name starts at `tokens[i]` ("Côtes-d'Armor", "pyrenees atlantique", "le Nord"), with the
 * number of words of the name, or null.
 */
export function departementNameAt(
  tokens: readonly Token[],
  i: number,
): { readonly departement: Departement; readonly length: number } | null {
  const { names, list } = loadTable();
  for (const hit of names.hitsAt(tokens, i, (index) => singular(tokens[index]?.key ?? ""))) {
    const departement = list[hit.entries[0]?.id ?? -1];
    if (departement !== undefined && !isWordlikeMisread(tokens, i, hit.length)) return { departement, length: hit.length };
  }
  return null;
}

/** Which cues to look for. */
export interface DepartementCueOptions {
  /** Default: all. */
  readonly cues?: readonly DepartementCue[];
  /** Only names written with a capital ("Ille-et-Vilaine", "Côtes d'Armor"), as in a plan: faster on long texts. */
  readonly capitalisedOnly?: boolean;
}

/**
 * Every département a text names, in order: by name, with or without accents, hyphens, apostrophes or plural "s"
 * ("cotes darmor", "pyrenees atlantique", "ille et vilaine"), by number where the context says it is one ("le 22",
 * "dans le 35", "du 64", "(26)", "département 35", "CD35", "CD 22"), or by demonym ("costarmoricain", "drômoise",
 * "brétillien", "béarnais", "basque"). A bare number is never read as a département ("fiche 22", "22 ans", "2023").
 * `tokens` may be passed when the caller has already tokenised the text.
 */
export function findDepartementMentions(
  text: string,
  tokens: readonly Token[] = tokenize(text),
  options: DepartementCueOptions = {},
): DepartementMention[] {
  const cues = new Set(options.cues ?? ["name", "number", "demonym"]);
  const byName = cues.has("name");
  const byNumber = cues.has("number");
  const byDemonym = cues.has("demonym");
  const capitalisedOnly = options.capitalisedOnly === true;
  const mentions: DepartementMention[] = [];
  const push = (departement: Departement, cue: DepartementCue, tokenStart: number, tokenEnd: number): void => {
    const first = tokens[tokenStart];
    const last = tokens[tokenEnd - 1];
    if (first === undefined || last === undefined) return;
    mentions.push({ departement, cue, start: first.start, end: last.end, tokenStart, tokenEnd });
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token === undefined) continue;
    if (byName && (!capitalisedOnly || startsUpperCase(token))) {
      const named = departementNameAt(tokens, i);
      if (named !== null) {
        push(named.departement, "name", i, i + named.length);
        i += named.length - 1;
        continue;
      }
    }
    const code = token.firstCode;
    const digitOrC = (code >= 48 && code <= 57) || code === 99 || code === 67;
    if (byNumber && digitOrC) {
      const numbered = numberMentionAt(text, tokens, i);
      if (numbered !== null) {
        push(numbered, "number", i, i + 1);
        continue;
      }
    }
    if (byDemonym && token.length >= 5) {
      const demonym = demonymDepartement(token.key);
      const inhabited = demonym === null ? null : departementByCode(demonym);
      if (inhabited !== null) push(inhabited, "demonym", i, i + 1);
    }
  }
  return mentions;
}

/**
 * The département a user's question is about, or null: the first one it names (see findDepartementMentions).
 * "y a quoi dans le 22 pour la mobilité" → Côtes-d'Armor; "la fiche 22" → null.
 */
export function findDepartementInText(text: string): Departement | null {
  return findDepartementMentions(text)[0]?.departement ?? null;
}
