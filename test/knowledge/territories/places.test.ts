import { describe, expect, it } from "vitest";
import { findPlacesInQuery, resolvePlace } from "../../../knowledge/territories/places.js";

/** "Name (type, département)" of each place a question names. */
const placesIn = (text: string, departements?: string[]): string[] =>
  findPlacesInQuery(text, departements === undefined ? {} : { departements }).map(
    (place) => `${place.name} (${place.type}, ${place.departement.code})`,
  );

describe("resolvePlace", () => {
  it("matches a name whole, whatever its accents, hyphens, case or 'saint' spelling", () => {
    expect(resolvePlace("Cesson Sevigne")).toMatchObject({ name: "Cesson-Sévigné", type: "commune", code: "35051" });
    expect(resolvePlace("st malo")).toMatchObject({ name: "Saint-Malo", code: "35288" });
    expect(resolvePlace("ORTHEZ")?.departement).toEqual({ code: "64", name: "Pyrénées-Atlantiques" });
    expect(resolvePlace("sables d'olonne")?.name).toBe("Les Sables-d'Olonne");
    expect(resolvePlace("Le Mans")?.code).toBe("72181");
    expect(resolvePlace("Orthez et Pau")).toBeNull();
    expect(resolvePlace("")).toBeNull();
  });

  it("matches EPCI by full name, name without prefix, or prefix and core", () => {
    expect(resolvePlace("Rennes Métropole")).toMatchObject({ type: "epci", code: "243500139" });
    expect(resolvePlace("CC Brocéliande")).toMatchObject({ name: "CC Brocéliande Communauté", type: "epci" });
    expect(resolvePlace("communauté de communes du Val d'Ille-Aubigné")?.code).toBe("243500667");
    expect(resolvePlace("Lannion-Trégor Communauté")?.departement.code).toBe("22");
  });

  it("prefers the commune to the EPCI named after it, and a preferred département among homonyms", () => {
    expect(resolvePlace("Redon")).toMatchObject({ type: "commune", code: "35236" });
    expect(resolvePlace("Valence")?.departement.code).toBe("26");
    expect(resolvePlace("Valence", { departements: ["82"] })?.departement.code).toBe("82");
    expect(resolvePlace("Saint-Denis")?.departement.code).toBe("974");
    expect(resolvePlace("Saint-Denis", { departements: ["93"] })?.departement.code).toBe("93");
  });

  it("reads the short name of a large town-on-river ('Romans' is Romans-sur-Isère, not the village of the Ain)", () => {
    expect(resolvePlace("Romans")?.name).toBe("Romans-sur-Isère");
    expect(resolvePlace("Bourg", { departements: ["26"] })?.name).toBe("Bourg-lès-Valence");
  });
});

describe("findPlacesInQuery", () => {
  it.each([
    ["y a quoi pour la mobilité vers lannion", "Lannion (commune, 22)"],
    ["jeune de 19 ans a redon", "Redon (commune, 35)"],
    ["une brsa d'Orthez", "Orthez (commune, 64)"],
    ["il va faire beau a montelimar", "Montélimar (commune, 26)"],
    ["quelles aides sur rennes", "Rennes (commune, 35)"],
    ["garde d'enfants à Bayonne", "Bayonne (commune, 64)"],
    ["un chantier d'insertion à cesson sévigné ?", "Cesson-Sévigné (commune, 35)"],
    ["la mission locale de St-Malo", "Saint-Malo (commune, 35)"],
    ["les permanences au mans", "Le Mans (commune, 72)"],
    ["les actions de la CC Brocéliande", "CC Brocéliande Communauté (epci, 35)"],
    ["Liffré Cormier communauté", "CC Liffré-Cormier Communauté (epci, 35)"],
    ["sur lannion trégor", "CA Lannion-Trégor Communauté (epci, 22)"],
    ["à Romans", "Romans-sur-Isère (commune, 26)"],
  ])("%s → %s", (question, place) => {
    expect(placesIn(question)).toEqual([place]);
  });

  it("returns every place, in order, with the words that name it", () => {
    const question = "entre Saint-Brieuc et lannion";
    const found = findPlacesInQuery(question);
    expect(found.map((place) => [place.name, place.mention, question.slice(place.start, place.end)])).toEqual([
      ["Saint-Brieuc", "Saint-Brieuc", "Saint-Brieuc"],
      ["Lannion", "lannion", "lannion"],
    ]);
  });

  it("prefers the asker's département among homonyms", () => {
    expect(placesIn("à Saint-Denis", ["93"])).toEqual(["Saint-Denis (commune, 93)"]);
  });

  it("reads a village of another département after a bare « de » as part of a name, not the place meant", () => {
    expect(placesIn("y a apprentis d'auteuil dedans ?", ["63"])).toEqual([]);
    // Without a home département, a larger town, or a place preposition, it is the place.
    expect(placesIn("y a apprentis d'auteuil dedans ?")).toEqual(["Auteuil (commune, 78)"]);
    expect(placesIn("une brsa d'ambert", ["35"])).toEqual(["Ambert (commune, 63)"]);
    expect(placesIn("un jeune près d'auteuil", ["63"])).toEqual(["Auteuil (commune, 78)"]);
  });

  it("reads the short name of a commune of the asker's département, and of a sizeable town elsewhere", () => {
    // "Cesson" is a commune of Seine-et-Marne, but in Ille-et-Vilaine people mean Cesson-Sévigné.
    expect(placesIn("le college de la hublais a cesson", ["35"])).toEqual(["Cesson-Sévigné (commune, 35)"]);
    expect(placesIn("a cesson")).toEqual(["Cesson (commune, 77)"]);
    expect(placesIn("mr 45 ans a lamballe", ["22"])).toEqual(["Lamballe-Armor (commune, 22)"]);
    // No homonym, one town of 5,000 inhabitants or more beginning so: the short name is that town's.
    expect(placesIn("brsa a oloron", ["22"])).toEqual(["Oloron-Sainte-Marie (commune, 64)"]);
    // Before « d' » too (a town ten times the size of its exact homonym), and a saint's name in two words.
    expect(placesIn("un nouvel allocataire a cournon")).toEqual(["Cournon-d'Auvergne (commune, 63)"]);
    expect(placesIn("l'antenne mobilité de st gervais", ["63"])).toEqual(["Saint-Gervais-d'Auvergne (commune, 63)"]);
    expect(placesIn("l'antenne mobilité de st gervais", ["85"])).toEqual(["Saint-Gervais (commune, 85)"]);
    // Elsewhere a saint's short name stands for no town of another département: the town named exactly so.
    expect(placesIn("un atelier mobilité à saint martin", ["22"])).not.toContain("Saint-Martin-d'Hères (commune, 38)");
  });

  it("takes a French word for the word, not a small commune named like it", () => {
    expect(placesIn("les pme du coin")).toEqual([]);
    expect(placesIn("pour qu'on sache quoi prescrire")).toEqual([]);
    // A town of some size keeps its name, even when it is a word too.
    expect(placesIn("une brsa a vitre", ["35"])).toEqual(["Vitré (commune, 35)"]);
    // A word that only begins a town's name is the word: "l'aire d'accueil" is no Aire-sur-la-Lys; but a large
    // town is meant by it, even in lower case.
    expect(placesIn("sur l'aire d'accueil de lannion")).toEqual(["Lannion (commune, 22)"]);
    expect(placesIn("un jeune de romans", ["26"])).toEqual(["Romans-sur-Isère (commune, 26)"]);
    expect(placesIn("a romans")).toEqual(["Romans-sur-Isère (commune, 26)"]);
    // A short form is no part of a longer name: the Hauts-de-Seine are no Hauts de Bienne.
    expect(placesIn("dans les Hauts-de-Seine")).toEqual([]);
  });

  it("gives first the place of the asker's département", () => {
    expect(placesIn("un jeune de Pau qui a déménagé à Lannion", ["22"])).toEqual(["Lannion (commune, 22)", "Pau (commune, 64)"]);
  });

  it.each([
    "qui pilote le plan",
    "fiche 12",
    "jeune de 22 ans",
    "perte de sens au travail",
    "il a bonne mine",
    "une place en crèche",
    "vers l'emploi",
    "un job d'été",
    "y a-t-il une aide pour le sport",
    "Sport et insertion",
    "aide au logement d'urgence",
    "atelier à la montagne",
    "lutter contre la pauvreté",
    "la CAF et l'ARS",
    "Orange",
  ])("names no place in an ordinary question: %s", (question) => {
    expect(placesIn(question)).toEqual([]);
  });

  it("takes an ordinary word for a town with a place preposition or a capital, and enough inhabitants", () => {
    expect(placesIn("un atelier à Orange")).toEqual(["Orange (commune, 84)"]);
    expect(placesIn("le CCAS de Sens")).toEqual(["Sens (commune, 89)"]);
    expect(placesIn("le CCAS de sens")).toEqual([]);
    expect(placesIn("une place à Plan")).toEqual([]);
    // Not a French word: a sous-préfecture, in lower case and after an unaccented « a ».
    expect(placesIn("mme de 41 ans a die, sans référent")).toEqual(["Die (commune, 26)"]);
  });

  it("does not read a département's name as a commune", () => {
    expect(placesIn("aide au permis dans la drome")).toEqual([]);
    expect(placesIn("pour les jeunes des Côtes-d'Armor")).toEqual([]);
  });
});
