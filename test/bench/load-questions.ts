/** The questions the HTTP benchmarks send in turn: a lookup, and the pilote/partenaires/topic intents over the four plans. */
export const LOAD_QUESTIONS: readonly string[] = [
  "fiche 12 dans le 22",
  "qui pilote l'action sur la mobilité dans le 22 ?",
  "quels partenaires pour les jeunes en Pyrénées-Atlantiques ?",
  "y a quoi pour les artistes au rsa en ille-et-vilaine ?",
  "c'est quoi l'action 5.4 dans le 35 ?",
  "santé des allocataires dans la drôme, qui pilote ?",
];
