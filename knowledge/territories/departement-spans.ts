import { departementNameAt } from "./departements.js";
import { type Token, startsUpperCase } from "./tokenize.js";

/** The longest département name has 5 words ("Alpes-de-Haute-Provence", "Territoire de Belfort" has 3). */
const MAX_NAME_WORDS = 5;

/**
 * Where a text names départements, so that their words are not read as communes: the "Armor" of "Côtes-d'Armor",
 * the "Drôme" of "vallée de la Drôme". A place whose name reaches beyond such a name is still read: "CC Bretagne
 * Porte de Loire Communauté" holds the Loire. Names are looked for only around the places found, so a long text
 * costs nothing more.
 */
export class DepartementSpans {
  readonly #tokens: readonly Token[];
  readonly #capitalisedOnly: boolean;
  /** Length of the département name starting at each token (0: none), filled on demand. */
  readonly #lengths = new Map<number, number>();

  /** `capitalisedOnly`: only names written with a capital, as in a plan. */
  constructor(tokens: readonly Token[], options: { capitalisedOnly?: boolean } = {}) {
    this.#tokens = tokens;
    this.#capitalisedOnly = options.capitalisedOnly === true;
  }

  #nameLengthAt(i: number): number {
    let length = this.#lengths.get(i);
    if (length === undefined) {
      const token = this.#tokens[i];
      const eligible = token !== undefined && (!this.#capitalisedOnly || startsUpperCase(token));
      length = eligible ? (departementNameAt(this.#tokens, i)?.length ?? 0) : 0;
      this.#lengths.set(i, length);
    }
    return length;
  }

  /** True when tokens [start, start + length) lie within one département's name. */
  covers(start: number, length: number): boolean {
    for (let from = Math.max(0, start - MAX_NAME_WORDS + 1); from <= start; from++) {
      const nameLength = this.#nameLengthAt(from);
      if (nameLength > 0 && start + length <= from + nameLength) return true;
    }
    return false;
  }
}
