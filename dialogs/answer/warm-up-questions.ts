import type { Catalog, Fiche } from "../../knowledge/model/index.js";

/** The ways référents ask, for the questions the warm-up makes: each intent, clipped and chatty forms included. */
const ASKED: ReadonlyArray<(words: string, place: string) => string> = [
  (w, p) => `qui pilote ${w} ${p} ?`,
  (w, p) => `avec qui on bosse pour ${w} ${p}`,
  (w, p) => `y a quoi pour ${w} ${p} ?`,
  (w) => `combien pour ${w} ?`,
  (w, p) => `c'est quand ${w} ${p}`,
  (w, p) => `mr au rsa ${p}, ${w}, une piste ?`,
  (w) => `c'est pour quel public ${w} ?`,
  (w, p) => `${w} ${p}`,
];

/**
 * Questions made from a catalog's own fiches, for the warm-up: a few words of a fiche (its title, a public, a
 * dispositif, a line of its text) asked in each of the ways above, with or without its territory, so that every
 * kind of answer runs before the first référent asks. Deterministic; never the evaluation's questions.
 */
export function warmUpQuestions(catalog: Catalog, count: number): Array<{ q: string; fiche: Fiche }> {
  const fiches = catalog.fiches;
  const out: Array<{ q: string; fiche: Fiche }> = [];
  for (let i = 0; fiches.length > 0 && out.length < count; i++) {
    const f = fiches[(i * 7) % fiches.length]!;
    const place = i % 3 === 0 ? `dans le ${f.departement.code}` : i % 3 === 1 ? `en ${f.departement.name}` : "";
    out.push({ q: ASKED[i % ASKED.length]!(pieceOf(f, i), place).replace(/\s+/g, " ").trim(), fiche: f });
  }
  return out;
}

/** A few words of a fiche: its title, a public, a dispositif's words or a stretch of its text, in turn. */
function pieceOf(f: Fiche, i: number): string {
  const title = f.title.toLowerCase().split(/\s+/).slice(0, 6).join(" ");
  switch (i % 4) {
    case 1:
      return f.publics[0]?.toLowerCase() ?? title;
    case 2:
      return f.dispositifs[0]?.replace(/-/g, " ") ?? title;
    case 3: {
      const line = f.text.split("\n").find((l, k) => k >= i % 7 && l.length > 40);
      return line ? line.slice(0, 80) : title;
    }
    default:
      return title;
  }
}
