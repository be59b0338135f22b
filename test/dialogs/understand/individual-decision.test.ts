import { describe, expect, it } from "vitest";
import { isIndividualDecision } from "../../../dialogs/understand/individual-decision.js";

describe("isIndividualDecision", () => {
  it.each([
    "Mme B. a-t-elle droit au RSA ? elle vit seule avec 700 € de salaire",
    "est ce que mon allocataire a droit a la prime d'activité",
    "mr L. est il eligible au rsa majoré ?",
    "peux-tu calculer le montant de son rsa, couple sans enfant",
    "combien va toucher mme R. si elle reprend un mi-temps ?",
    "simule le montant de l'aide pour cette personne",
    "faut-il suspendre son rsa, il ne vient plus aux rendez-vous ?",
  ])("« %s » asks for an individual decision", (q) => {
    expect(isIndividualDecision(q)).toBe(true);
  });

  it.each([
    "qui a droit à l'accompagnement global dans le 22 ?",
    "quel est le montant du fonds d'aide aux artistes ?",
    "combien coûte l'action mobilité ?",
    "que prévoit le plan sur les sanctions et les radiations ?",
    "un jeune sans permis à Dinan, quelle action ?",
    "qui pilote la clause sociale ?",
  ])("« %s » is a question on the plans", (q) => {
    expect(isIndividualDecision(q)).toBe(false);
  });
});
