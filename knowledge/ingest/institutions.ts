import { fold } from "../text/fold.js";

/**
 * Institutions that tables print side by side with no separator ("Département Région Pôle Emploi",
 * "ETAT Département ARS CAF CPAM"). Used to cut such a cell into names; text that matches none stays whole.
 */
const INSTITUTIONS = [
  "conseil departemental(?: \\d{2})?",
  "conseil regional",
  "departement",
  "region(?: [a-z-]+)?",
  "etat",
  "prefecture",
  "pole emploi",
  "france travail",
  "caisse primaire d'assurance maladie",
  "cpam",
  "caf",
  "msa",
  "ars",
  "direccte",
  "ddets",
  "ddcs",
  "dreets",
  "cma ?\\d*",
  "chambre de metiers et de l'artisanat",
  "cci",
  "missions? locales?",
  "cap emploi",
  "sdsei",
  "ccas",
  "plie",
  "alie",
  "ofii",
  "afpa",
  "banques? alimentaires?",
  "geiq",
  "siae",
  "epci",
];
const HEAD = new RegExp(`^(?:${INSTITUTIONS.join("|")})\\b`);
const WHOLE = new RegExp(`^(?:${INSTITUTIONS.join("|")})$`);

/** Whether a text begins with the name of an institution of this list ("France Travail et …", "CAF de …"). */
export function startsWithInstitution(text: string): boolean {
  return HEAD.test(fold(text));
}

/** Cuts a cell of names printed side by side into the institutions it names, in order. */
export function splitInstitutions(cell: string): string[] {
  const words = cell.trim().split(/\s+/);
  const out: string[] = [];
  let current: string[] = [];
  for (let k = 0; k < words.length; k++) {
    const rest = fold(words.slice(k).join(" "));
    const starts = HEAD.test(rest);
    // A new institution starts here unless the words so far are a name that this word continues ("Conseil
    // départemental" must not be cut before "départemental").
    if (starts && current.length > 0 && !/^(de|du|des|d'|la|le|et)$/i.test(current[current.length - 1]!)) {
      const whole = fold(current.join(" "));
      const joined = fold(`${current.join(" ")} ${words[k]}`);
      const continues = WHOLE.test(joined) && !WHOLE.test(whole);
      if (!continues) {
        out.push(current.join(" "));
        current = [];
      }
    }
    current.push(words[k]!);
  }
  if (current.length) out.push(current.join(" "));
  return out.filter((s) => s.replace(/[^A-Za-zÀ-ÿ]/g, "").length >= 2);
}
