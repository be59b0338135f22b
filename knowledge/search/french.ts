import { fold, foldLetters } from "../text/fold.js";

/**
 * French analysis for the search index. minisearch does nothing for French by default: its tokenizer splits on
 * apostrophes and hyphens and processTerm only lowercases. Here a term is folded (no accents), its elision
 * dropped ("l'emploi" → "emploi"), stopwords removed and plurals and feminine endings trimmed lightly, so that
 * "accompagnées", "accompagné" and "accompagnement" stay apart but "allocataires"/"allocataire" meet.
 */

/** French function words and chat fillers that carry no meaning for the search. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  `a à ai au aux avec c ça ca ce ces cet cette ci comme d da dans de des du elle elles en est et etre être eu il ils j je l la le les leur leurs lui m ma mais me meme même mes moi mon n ne ni nos notre nous o on ou où par pas peu plus pour qu que quel quelle quelles quels qui s sa sans se ses si son sont sur t ta te tes toi ton tu un une vos votre vous y
  alors aussi avoir bien cela celui celle ceux dont donc ici la-bas là lors or puis quand sous tout tous toute toutes tres très vers voici voila voilà
  est-ce estce quoi comment combien pourquoi ya y'a c'est cest faut fait faire peut peux pouvez veux voudrais svp stp merci bonjour salut hello
  existe-t-il existe il-y-a va vais veut veux voudrait doit doivent soit sera serait aurait avait ont a-t-il dispo voir savoir besoin rien plein
  mr mme madame monsieur truc trucs ok oui non deja encore toujours jamais quelqu quelque chose choses gens depuis eux memes dit dis`.split(/\s+/).map((w) => fold(w)),
);

const ELISION = /\b(?:[ldjmnstc]|qu|jusqu|lorsqu|puisqu)'(?=[a-z0-9])/g;
/** A word: letters and digits, a dot or hyphen inside a number ("5.4", "2-1") kept. */
const WORD = /[a-z0-9]+(?:(?<=[0-9])[.-](?=[0-9])[a-z0-9]+)*/g;

/** Splits text into raw word tokens: letters and digits, keeping "5.4"/"2-1" numbers whole. */
export function tokenizeFrench(text: string): string[] {
  return foldLetters(text).replace(ELISION, "").match(WORD) ?? [];
}

/**
 * A light French stemmer (after Savoy's light stemmer, simplified): plural and feminine endings, nothing that
 * would merge words of different meaning. Numbers are kept as they are.
 */
export function stemFrench(term: string): string {
  if (/\d/.test(term) || term.length <= 3) return term;
  let w = term;
  // "-eaux" is the plural of "-eau" ("réseaux", "nouveaux", "niveaux"), other "-aux" of "-al" ("locaux", "sociaux").
  if (w.endsWith("eaux")) w = w.slice(0, -1);
  else if (w.endsWith("aux") && w.length > 5) w = `${w.slice(0, -3)}al`;
  else if (/[sx]$/.test(w) && w.length > 4) w = w.slice(0, -1);
  if (w.endsWith("ee") && w.length > 5) w = w.slice(0, -1);
  if (w.endsWith("e") && w.length > 5) w = w.slice(0, -1);
  if (w.endsWith("ive") || w.endsWith("if")) w = w.replace(/ive?$|if$/, "if");
  if (w.endsWith("euse") || w.endsWith("eur")) w = w.replace(/euse$|eur$/, "eur");
  if (w.endsWith("ienne") || w.endsWith("ien")) w = w.replace(/ienne$|ien$/, "ien");
  if (w.endsWith("elle")) w = w.replace(/elle$/, "el");
  return w;
}

// Indexing sees the same words again and again: their normal form is kept (bounded, cleared when full).
const memo = new Map<string, string | null>();

/** One term as the index stores it, or null for a stopword. */
export function normalizeTerm(term: string): string | null {
  const cached = memo.get(term);
  if (cached !== undefined) return cached;
  const t = fold(term).replace(/^(?:[ldjmnstc]|qu)'/, "");
  const out = t === "" || STOPWORDS.has(t) ? null : stemFrench(t);
  if (memo.size > 50_000) memo.clear();
  memo.set(term, out);
  return out;
}

/** Analysed terms of a text (tokenize + normalize), for the query side and for tests. */
export function analyzeFrench(text: string): string[] {
  const out: string[] = [];
  for (const t of tokenizeFrench(text)) {
    const n = normalizeTerm(t);
    if (n) out.push(n);
  }
  return out;
}
