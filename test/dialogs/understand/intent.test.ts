import { describe, expect, it } from "vitest";
import { detectIntent } from "../../../dialogs/understand/intent.js";

describe("detectIntent", () => {
  it.each([
    ["qui pilotte le dispositif pour former des brsa comme aides a domicile ?", "pilote"],
    ["c'est qui qui porte ça au cd ?", "pilote"],
    ["le bafa pour les personnes en precarité, c'est porté par qui ?", "pilote"],
    ["quels parternaires pour fédérer des employeurs ?", "partenaires"],
    ["les parcours ufolep, ils sont financés par qui ?", "partenaires"],
    ["combien le departement donne par place en creche ?", "budget"],
    ["la gpec par bassin d'emploi demarre quand", "calendrier"],
    ["quel dispositif pour mon allocataire ?", "dispositif"],
    ["aide", "aide"],
    ["bonjour", "salutation"],
    ["🙂🙂", "vide"],
    ["santé mentale, problèmes psy des brsa", "topic"],
    ["qui est aux manettes sur le logement des jeunes ?", "pilote"],
    ["qui chapeaute les chantiers d'insertion ?", "pilote"],
    ["qui est chargée de l'accueil des nouveaux allocataires ?", "pilote"],
    ["qui participe au comité de suivi ?", "partenaires"],
    ["l'épicerie sociale, on travaille avec quelles associations ?", "partenaires"],
    ["le forum emploi, qui est autour de la table ?", "partenaires"],
  ])("%j → %s", (q, intent) => {
    expect(detectIntent(q)).toBe(intent);
  });
  it("does not take a question about food aid for a request for help", () => {
    expect(detectIntent("aide alimentaire a pau : avec quelles structures ?")).not.toBe("aide");
  });
});
