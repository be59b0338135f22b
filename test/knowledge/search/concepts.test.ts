import { describe, expect, it } from "vitest";
import { conceptsOf } from "../../../knowledge/search/concepts.js";
import { toIndexQuery } from "../../../knowledge/search/index-query.js";

describe("concepts of a question", () => {
  it("links a glossary acronym to the dispositif known under the same name", () => {
    const gpec = conceptsOf("la gpec par bassin d'emploi").find((c) => c.key === "g:gpec");
    expect(gpec?.alternatives).toContain("d:gpec-territoriale");
  });

  it("keeps a narrow subject apart from the broader one it belongs to", () => {
    const keys = conceptsOf("une aide au surendettement ?").map((c) => c.key);
    expect(keys).toContain("g:surendettement");
    expect(keys).not.toContain("g:difficultes-financieres");
  });

  it("reads « allocataire » as an allocataire du RSA, and marks words a concept stands for", () => {
    const q = toIndexQuery("un allocataire brsa très isolé");
    expect(q.concepts.map((c) => c.key)).toEqual(expect.arrayContaining(["g:rsa", "g:isolement"]));
    expect(q.concepts.map((c) => c.key)).not.toContain("g:minima-sociaux");
    expect(q.subsumed).toEqual(expect.arrayContaining(["brsa", "isole"]));
  });

  it("knows everyday paraphrases of the VAE and of a language barrier", () => {
    expect(conceptsOf("faire reconnaître son expérience").map((c) => c.key)).toContain("g:vae");
    expect(conceptsOf("des personnes qui maîtrisent mal le français").map((c) => c.key)).toContain("g:apprentissage-du-francais");
  });
});

describe("the question's terms", () => {
  it("reads clipped chat words as the plans write them", () => {
    expect(toIndexQuery("suivi social et pro par une asso").terms).toEqual(expect.arrayContaining(["professi", "associa"].map((t) => t.slice(0, 7))));
    expect(toIndexQuery("il rate ses rdv").terms).toContain("rendez");
  });

  it("finds a subject named by a phrase that holds an intent word, and lets its concept stand for its words", () => {
    const q = toIndexQuery("comment savoir si les actions marchent ?", new Set(["action", "actions"]));
    expect(q.concepts.map((c) => c.key)).toContain("g:evaluation-des-actions");
    expect(q.subsumed).toContain("marchent");
  });

  it("leaves out a person's age and a duration, not an age limit that names a public", () => {
    const situation = toIndexQuery("mme 41 ans, rsa ouvert depuis 5 semaines, pas de référent").terms;
    expect(situation).not.toContain("ans");
    expect(situation).not.toContain("semain");
    expect(situation).not.toContain("depui");
    expect(situation).toContain("referent");
    expect(toIndexQuery("les brsa de moins de 26 ans").terms).toContain("ans");
    expect(toIndexQuery("jeunes de 16 à 25 ans").terms).toContain("ans");
  });
});
