/**
 * Words référents clip in a chat message ("social et pro", "une asso", "la prév spé") and that plans always write
 * in full. Read as the full word on the question side only: the index holds the plans' own words.
 */
const CLIPPED: Readonly<Record<string, string>> = {
  pro: "professionnel",
  pros: "professionnels",
  asso: "association",
  assos: "associations",
  info: "information",
  infos: "informations",
  rdv: "rendez-vous",
  appart: "appartement",
  psy: "psychologique",
  eco: "économique",
  prev: "prévention",
  spe: "spécialisée",
  alloc: "allocataire",
  allocs: "allocataires",
  handi: "handicap",
  admin: "administratif",
  perso: "personnel",
  ordi: "ordinateur",
  max: "maximum",
  mini: "minimum",
  ordis: "ordinateurs",
};

/** The full word for a clipped one (folded token in, word out), or the token itself. */
export function unclip(token: string): string {
  return CLIPPED[token] ?? token;
}
