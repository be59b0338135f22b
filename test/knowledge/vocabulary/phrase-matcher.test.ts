import { describe, it, expect } from "vitest";
import { compilePhrases, isExactForm, tokenize } from "../../../knowledge/vocabulary/phrase-matcher.js";
import { fold } from "../../../knowledge/text/fold.js";

function values(phrases: Record<string, string | null>, text: string, longest = true): string[] {
  const rules = Object.entries(phrases).map(([phrase, value]) => ({ phrase, value }));
  return compilePhrases(rules, { longest }).values(text);
}

describe("tokenize", () => {
  it("gives the tokens of fold(text), without the elided articles", () => {
    // Côtes-d'Armor PDI, action 8 (curly apostrophes and an œ ligature added on purpose).
    const text = "Ce carnet de bord s’articulera avec les autres outils utilisés par les acteurs de l’insertion : diagnostic partagé, dispositifs accompagnement et contrats (contrat d'engagement réciproque ou Projet Personnalisé d'Accès à l'Emploi) — mise en œuvre";
    const expected = [...fold(text).matchAll(/[\p{L}\p{N}]+/gu)]
      .map((m) => m[0])
      .filter((t) => !["d", "l", "de", "du", "des"].includes(t));
    expect(tokenize(text)).toEqual(expected);
    expect(tokenize("mise en œuvre")).toEqual(["mise", "en", "oeuvre"]);
  });

  it("keeps a decomposed accent inside its word and splits on no-break spaces", () => {
    expect(tokenize("Cafe\u0301\u00a0Pôle")).toEqual(["cafe", "pole"]);
  });
});

describe("isExactForm", () => {
  it("treats short capitalised single tokens as exact forms only", () => {
    expect(isExactForm("GA")).toBe(true);
    expect(isExactForm("PLIE")).toBe(true);
    expect(isExactForm("CD35")).toBe(true);
    expect(isExactForm("rSa")).toBe(false);
    expect(isExactForm("PMSMP")).toBe(false);
    expect(isExactForm("CQP ALS")).toBe(false);
    expect(isExactForm("115")).toBe(false);
  });
});

describe("compilePhrases", () => {
  it("matches folded text on whole tokens, with light plurals and equivalent separators", () => {
    const phrases = { "clause sociale": "clause", "pair-aidance": "pair", "garantie d'activité": "ga" };
    expect(values(phrases, "Poursuivre le déploiement des CLAUSES SOCIALES")).toEqual(["clause"]);
    expect(values(phrases, "favorisant la pair aidance entre les personnes")).toEqual(["pair"]);
    expect(values(phrases, "la Garantie d’activité départementale")).toEqual(["ga"]);
    expect(values(phrases, "une clause socialement responsable")).toEqual([]);
  });

  it("skips elided and contracted articles on both sides", () => {
    const phrases = { "garde d'enfants": "garde", "plateforme de mobilité": "mobilite" };
    expect(values(phrases, "la garde des enfants")).toEqual(["garde"]);
    expect(values(phrases, "les plateformes mobilités")).toEqual(["mobilite"]);
  });

  it("matches stems as prefixes of a token, never inside it", () => {
    const phrases = { "vehicul*": "v", "garage* solidaire*": "g" };
    expect(values(phrases, "location de véhicules")).toEqual(["v"]);
    expect(values(phrases, "des garages solidaires")).toEqual(["g"]);
    expect(values(phrases, "un survehicule")).toEqual([]);
  });

  it("matches short capitalised forms only as exact capitalised tokens of the original text", () => {
    const phrases = { AG: "ag", GA: "ga" };
    expect(values(phrases, "le conseiller dédié à l'AG")).toEqual(["ag"]);
    expect(values(phrases, "L'AGE moyen")).toEqual([]);
    expect(values(phrases, "un ag, une Ga")).toEqual([]);
    expect(values(phrases, "PILOTAGE, GARANTIR")).toEqual([]);
  });

  it("reports the leftmost-longest match, and stop phrases hide the words they contain", () => {
    const phrases = { emploi: "emploi", "pôle emploi": null, jeune: "jeunes", "jeune enfant": "familles" };
    expect(values(phrases, "inscrits à Pôle emploi")).toEqual([]);
    expect(values(phrases, "accueil du jeune enfant")).toEqual(["familles"]);
    expect(values(phrases, "retour à l'emploi des jeunes")).toEqual(["emploi", "jeunes"]);
    expect(values(phrases, "inscrits à Pôle emploi", false)).toEqual(["emploi"]);
  });

  it("returns values in rule order and an empty array when nothing matches", () => {
    const phrases = { b: "second", "a a": "first" };
    const ordered = compilePhrases([
      { phrase: "mobilité", value: "first" },
      { phrase: "santé", value: "second" },
    ]);
    expect(ordered.values("santé puis mobilité")).toEqual(["first", "second"]);
    expect(values(phrases, "")).toEqual([]);
  });

  it("throws early, with its name, on phrases it cannot use", () => {
    expect(() => compilePhrases([{ phrase: "de l'", value: 1 }], { name: "test" })).toThrow(/^test: phrase/);
    expect(() => compilePhrases([{ phrase: "ve*", value: 1 }], { name: "test" })).toThrow(/^test: stem/);
  });
});
