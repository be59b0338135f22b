import type { Departement } from "../model/departement.js";
import type { DepartementCommunes, EpciColumns } from "./admin-data.js";
import { isCommonWord } from "./common-words.js";
import { departementByCode } from "./departements.js";
import { EPCI_SUFFIXES, epciKeyForms, epciPrefixAt } from "./epci-names.js";
import { Gazetteer, type GazetteerEntry } from "./gazetteer.js";
import { hasVariants, keyVariants } from "./name-variants.js";
import type { Place } from "./place.js";
import type { Token } from "./tokenize.js";

/** Names found at one position of a text. `explicitEpci`: the text says it is an EPCI ("CC …", "… Communauté"). */
export interface PlaceHit {
  readonly length: number;
  readonly entries: readonly GazetteerEntry[];
  readonly explicitEpci: boolean;
}

/** "romans sur isere" → "romans", "cournon d auvergne" → "cournon", "saint gervais d auvergne" → "saint gervais":
 * a town's name (one word, or a saint's name) followed by "sur", "sous", "en", "les", "lez", "d'" and more. */
const SHORT_NAME = /^((?:saint|sainte) [a-z]{4,}|[a-z]{4,}) (sur|sous|en|les|lez|d) [a-z]/;
/** A commune named after a saint ("Saint-Gervais-d'Auvergne", "Sainte-Luce-sur-Loire"). */
const SAINT_NAME = /^Saint(?:e|s|es)?-/;
/** First words that are not a town's short name ("Saint-Aubin-en-Bray", "Sainte-…"). */
const NOT_SHORT: ReadonlySet<string> = new Set(["saint", "sainte", "saints", "saintes"]);
/** First words too generic to stand for a commune of a longer name ("Pont-", "La ", "Bourg-"): see shortFormIn. */
const GENERIC_FIRST: ReadonlySet<string> = new Set([...NOT_SHORT, "st", "ste", "le", "la", "les", "l", "pont", "mont", "bourg", "port", "val", "ville", "villers", "bois", "font", "grand", "grande", "petit", "petite", "vieux", "vieille", "neuf", "neuve", "notre", "haut", "haute", "bas", "basse", "moulin", "chateau", "fort", "beau", "belle", "bel", "champ", "plou", "lan", "loc", "tre", "ker"]);
/** How much larger a loosely named commune must be to win over an exactly named one ("Romans": the 33,000 of
 * Romans-sur-Isère, not the 640 of Romans in the Ain). */
const LARGER_BY = 10;

/**
 * Communes and EPCI with the gazetteer of their names. Places are kept column by column and made into Place
 * objects only when a text names them: the whole of France (36,000 places, 43,000 keys) builds in about 150 ms.
 */
export class PlaceIndex {
  readonly #gazetteer = new Gazetteer();
  readonly #names: string[] = [];
  readonly #codes: string[] = [];
  readonly #epci: boolean[] = [];
  readonly #populations: number[] = [];
  readonly #departements: (readonly string[])[] = [];
  readonly #places: (Place | undefined)[] = [];
  /** Communes by the first word of a name of several words ("cesson" → Cesson-Sévigné), for shortFormIn. */
  readonly #firstWords = new Map<string, number[]>();

  /** Number of places. */
  get size(): number {
    return this.#names.length;
  }

  /** Number of distinct lookup keys. */
  get keyCount(): number {
    return this.#gazetteer.size;
  }

  /**
   * Adds the communes of one département, under their name variants (see keyVariants) and, as a derived form, the
   * short name of a "town-on-river" ("Romans" for Romans-sur-Isère, "Bourg" for Bourg-lès-Valence).
   */
  addCommunes(communes: DepartementCommunes): void {
    const departements = [communes.departement];
    communes.names.forEach((name, i) => {
      const id = this.#push(name, communes.codes[i] ?? "", false, communes.populations[i] ?? 0, departements);
      const key = communes.keys[i] ?? "";
      if (!hasVariants(key)) this.#gazetteer.add(key, id, false);
      else for (const variant of keyVariants(key)) this.#gazetteer.add(variant.key, id, variant.derived);
      const shortName = SHORT_NAME.exec(key);
      const short = shortName?.[1];
      // Before « d' », only a word that is no ordinary word ("Cournon-d'Auvergne", not "Plan-d'Orgon").
      const usable = short !== undefined && !NOT_SHORT.has(short) && (shortName![2] !== "d" || !isCommonWord(short));
      if (usable) for (const variant of keyVariants(short)) this.#gazetteer.add(variant.key, id, true);
      const first = key.split(" ", 1)[0]!;
      if (first.length >= 3 && first !== key && !GENERIC_FIRST.has(first)) {
        const byFirst = this.#firstWords.get(first);
        if (byFirst === undefined) this.#firstWords.set(first, [id]);
        else byFirst.push(id);
      }
    });
  }

  /**
   * The commune of the preferred départements that a name's first word stands for, or undefined: people shorten
   * the names of their own towns ("Cesson" for Cesson-Sévigné, "Oloron" for Oloron-Sainte-Marie, "Bain" for
   * Bain-de-Bretagne). Only within the départements preferred (the asker's), where the short form is what they
   * mean; elsewhere a first word is too loose a clue. The most populated such commune wins.
   */
  shortFormIn(word: string, preferred: ReadonlySet<string>): number | undefined {
    if (preferred.size === 0) return undefined;
    let best: number | undefined;
    for (const id of this.#firstWords.get(word) ?? []) {
      if (!this.isIn(id, preferred)) continue;
      if (best === undefined || this.population(id) > this.population(best)) best = id;
    }
    return best;
  }

  /**
   * The commune a name's first word stands for anywhere in France, when one town of some size begins so and no
   * other does ("oloron" → Oloron-Sainte-Marie): the short name people use for a town of another département.
   * Undefined when several towns of `minPopulation` or more share the word.
   */
  shortFormAnywhere(word: string, minPopulation: number): number | undefined {
    const towns = (this.#firstWords.get(word) ?? []).filter((id) => this.population(id) >= minPopulation);
    return towns.length === 1 ? towns[0] : undefined;
  }

  /** True when the place lies in one of the départements. */
  isIn(id: number, departements: ReadonlySet<string>): boolean {
    return this.#departements[id]?.some((code) => departements.has(code)) === true;
  }

  /**
   * Adds EPCI under their full name and their name without the type prefix (exact forms), and under their bare
   * core (a derived form, so that the commune "Redon" wins over "Redon Agglomération" for the word "Redon").
   * `keep` selects the EPCI to add by their départements (default: all).
   */
  addEpcis(epcis: EpciColumns, keep: (departements: readonly string[]) => boolean = () => true): void {
    epcis.names.forEach((name, i) => {
      const departements = epcis.departements[i] ?? [];
      if (!keep(departements)) return;
      const id = this.#push(name, epcis.codes[i] ?? "", true, epcis.populations[i] ?? 0, departements);
      const forms = epciKeyForms(epcis.keys[i] ?? "");
      for (const [form, derived] of [[forms.full, false], [forms.withoutPrefix, false], [forms.core, true]] as const) {
        for (const variant of keyVariants(form)) this.#gazetteer.add(variant.key, id, derived || variant.derived);
      }
    });
  }

  #push(name: string, code: string, epci: boolean, population: number, departements: readonly string[]): number {
    this.#names.push(name);
    this.#codes.push(code);
    this.#epci.push(epci);
    this.#populations.push(population);
    this.#departements.push(departements);
    this.#places.push(undefined);
    return this.#names.length - 1;
  }

  /** The place with this id. */
  place(id: number): Place {
    const cached = this.#places[id];
    if (cached !== undefined) return cached;
    const main = this.#departements[id]?.[0] ?? "";
    const departement: Departement = departementByCode(main) ?? { code: main, name: main };
    const place: Place = {
      name: this.#names[id] ?? "",
      type: this.#epci[id] === true ? "epci" : "commune",
      code: this.#codes[id] ?? "",
      departement,
    };
    this.#places[id] = place;
    return place;
  }

  /** The population of a place (municipal for a commune, total for an EPCI). */
  population(id: number): number {
    return this.#populations[id] ?? 0;
  }

  /** The entries filed under exactly this key (folded words joined by spaces). */
  entries(key: string): readonly GazetteerEntry[] {
    return this.#gazetteer.get(key) ?? [];
  }

  /**
   * Every name starting at `tokens[start]`, longest first: names as filed, EPCI written with a prefix ("CC
   * Brocéliande", "communauté de communes du Val d'Ille-Aubigné", "CA Vitré") or a suffix ("Liffré Cormier
   * communauté").
   */
  hitsAt(tokens: readonly Token[], start: number): PlaceHit[] {
    const hits: PlaceHit[] = [];
    const prefix = epciPrefixAt(tokens, start);
    if (prefix > 0) {
      for (const hit of this.#gazetteer.hitsAt(tokens, start + prefix)) {
        this.#pushHit(hits, tokens, start, prefix + hit.length, hit.entries, true);
      }
    }
    for (const hit of this.#gazetteer.hitsAt(tokens, start)) this.#pushHit(hits, tokens, start, hit.length, hit.entries, false);
    if (hits.length > 1) hits.sort(byLengthThenExplicit);
    return hits;
  }

  /** Adds a hit, and the same hit extended by an EPCI suffix when one follows ("Vitré" + "Communauté"). */
  #pushHit(
    hits: PlaceHit[],
    tokens: readonly Token[],
    start: number,
    length: number,
    entries: readonly GazetteerEntry[],
    explicit: boolean,
  ): void {
    const epcis: GazetteerEntry[] = [];
    for (const entry of entries) if (this.#epci[entry.id] === true) epcis.push(entry);
    const next = tokens[start + length];
    if (epcis.length > 0 && next !== undefined && next.joined && EPCI_SUFFIXES.has(next.key)) {
      hits.push({ length: length + 1, entries: epcis, explicitEpci: true });
    }
    const kept = explicit ? epcis : entries;
    if (kept.length > 0) hits.push({ length, entries: kept, explicitEpci: explicit });
  }

  /**
   * The place a name most likely means among homonyms: one in a preferred département first, then an exact form
   * before a derived one, then a commune before an EPCI, then the most populated.
   */
  choose(entries: readonly GazetteerEntry[], preferred: ReadonlySet<string> = new Set()): GazetteerEntry | undefined {
    // A saint's short name (« st gervais » for Saint-Gervais-d'Auvergne) only in the asker's départements: saints'
    // names are too many for the short form of one to stand for it elsewhere.
    const usable = entries.filter((e) => !(e.derived && SAINT_NAME.test(this.#names[e.id] ?? "") && !this.#inPreferred(e, preferred)));
    let best: GazetteerEntry | undefined;
    let bestRank: readonly number[] = [];
    for (const entry of usable) {
      const rank = [
        this.#inPreferred(entry, preferred) ? 0 : 1,
        entry.derived ? 1 : 0,
        this.#epci[entry.id] === true ? 1 : 0,
        -this.population(entry.id),
      ];
      if (best === undefined || compareRanks(rank, bestRank) < 0) {
        best = entry;
        bestRank = rank;
      }
    }
    if (best === undefined || best.derived || this.#epci[best.id] === true) return best;
    const exact = best;
    const larger = usable
      .filter((entry) => entry.derived && this.#epci[entry.id] !== true)
      .filter((entry) => this.population(entry.id) >= LARGER_BY * Math.max(1, this.population(exact.id)))
      .filter((entry) => this.#inPreferred(entry, preferred) === this.#inPreferred(exact, preferred))
      .sort((a, b) => this.population(b.id) - this.population(a.id))[0];
    return larger ?? best;
  }

  #inPreferred(entry: GazetteerEntry, preferred: ReadonlySet<string>): boolean {
    return this.isIn(entry.id, preferred);
  }
}

function byLengthThenExplicit(a: PlaceHit, b: PlaceHit): number {
  return b.length - a.length || Number(b.explicitEpci) - Number(a.explicitEpci);
}

function compareRanks(a: readonly number[], b: readonly number[]): number {
  for (let k = 0; k < a.length; k++) {
    const difference = (a[k] ?? 0) - (b[k] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}
