import { describe, expect, it } from "vitest";
import { readLabel } from "../../../knowledge/ingest/labels.js";

describe("readLabel", () => {
  it.each([
    // Lines of the shipped plans.
    ["Pilote de l'action ou co-pilotes", "pilotes"],
    ["Partenaires pressentis", "partenaires"],
    ["Bénéficiaires de l'action", "publics"],
    ["Phasage > 2024 à 2027", "calendrier"],
    ["L'objectifs visé", "objectifs"],
    ["BENEF|C|A|RES", "publics"],
    ["BENEHC'AlRES", "publics"],
    ["P 0BJECTIFS", "objectifs"],
    ["PARTENAIR ES", "partenaires"],
    ["### 3. Partenaires et co-financiers", "partenaires"],
    ["6. Indicateurs quantitatifs, bilan et projection", "indicateurs"],
    ["#### Public ciblé :", "publics"],
    // Wordings other plans use.
    ["Responsable : CCAS", "pilotes"],
    // A co-porteur leads the action with the porteur (unseen-plan-5, fiche 1.1).
    ["Co-porteur", "pilotes"],
    ["Acteurs associés : CAF", "partenaires"],
    ["Échéancier : 2025", "calendrier"],
    ["Financement : FSE", "budget"],
    ["**Public(s) visé(s)**", "publics"],
    ["Public bénéficiaire", "publics"],
    ["**Pilote(s)**", "pilotes"],
    ["Chef de file : Département", "pilotes"],
    ["Partenaires à mobiliser", "partenaires"],
    ["Partenaires financiers : FSE", "partenaires"],
    ["Calendrier / échéances", "calendrier"],
    ["Calendrier de mise en œuvre : 2025", "calendrier"],
    ["Objectif général", "objectifs"],
    ["Indicateurs de suivi et d'évaluation", "indicateurs"],
    ["Coût estimé : 10 000 €", "budget"],
    ["Actions à mener", "actions"],
    ["Constat :", "contexte"],
    ["Contexte et enjeux", "contexte"],
    ["Territoire(s) concerné(s)", "territoire"],
    ["Intitulé de l'action : Créer un guichet", "intitule"],
    ["Acteurs : CCAS, associations", "partenaires"],
    ["Financeurs : FSE, Département", "partenaires"],
    ["Cible(s)", "publics"],
    ["Montant alloué : 20 000 €", "budget"],
    ["Délai de mise en œuvre : 6 mois", "calendrier"],
    // OCR damage in lower case, one letter off, before a colon.
    ["Partenalres : CAF", "partenaires"],
    ["Pi1ote : Département", "pilotes"],
    ["Bénéficlaires : jeunes", "publics"],
  ])("%j opens the %s field", (line, kind) => {
    expect(readLabel(line)?.kind).toBe(kind);
  });

  it.each(["Partenaires sociaux ont été réunis pour", "Le constat est partagé par tous", "Les acteurs de terrain se sont réunis", "Le montant dépend des revenus", "Parents : garde", "Patente : x", "Le pilote a décidé", "Le responsable a validé", "Un diagnostic global doit être réalisé."])("%j is prose, not a label", (line) => {
    expect(readLabel(line)).toBeNull();
  });

  it("keeps a value written on the label's line", () => {
    expect(readLabel("Partenaires : CAF, MSA")).toMatchObject({ kind: "partenaires", rest: "CAF, MSA" });
  });
});
