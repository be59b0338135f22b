import { describe, expect, it } from "vitest";
import { findFicheNumber } from "../../../dialogs/understand/fiche-number.js";

describe("findFicheNumber", () => {
  it.each([
    ["fiche 12", "12"],
    ["détaille moi la fiche n°2", "2"],
    ["fiche action 2 ?", "2"],
    ["c'est quoi l'action 6.2 de la calpae ?", "6.2"],
    ["action 5.4", "5.4"],
    ["fiche 2-1", "2-1"],
    ["la 12 ?", "12"],
    ["et la 12 dans le pacte ?", "12"],
    ["c'est quoi la 13 dans le pdie", "13"],
    ["action n 19", "19"],
    ["fiche nº 7 stp", "7"],
    // Numbers in words, and a two-level number in a long message.
    ["tu peux me sortir la fiche-projet quinze du pacte ?", "15"],
    ["la fiche numero dix-sept", "17"],
    ["fiche trente et un", "31"],
    ["la 4.3 sur le comite des usagers elle est ou ? je la trouve pas", "4.3"],
  ])("reads %j as fiche %s", (q, n) => {
    expect(findFicheNumber(q)).toBe(n);
  });
  it.each(["jeune de 22 ans sans ressources", "y a quoi dans le 35 pour la mobilité ?", "en 2023 qui pilotait ?", "400h de neutralisation", "une action pour les 16-25 ans ?", "une action deux fois par an", "une fiche sur les deux publics", "y a-t-il une action un peu plus ciblée sur les jeunes ?", "action un jour par semaine", "la mesure quatre-vingt"])(
    "finds no fiche number in %j",
    (q) => {
      expect(findFicheNumber(q)).toBeNull();
    },
  );
});

describe("findFicheNumber with three levels", () => {
  it("reads « action 1.1.2 »", () => {
    expect(findFicheNumber("c'est quoi l'action 1.1.2 ?")).toBe("1.1.2");
  });
});
