import { describe, expect, it } from "vitest";
import type { Territoire } from "../../../knowledge/model/fiche.js";
import { findTerritoiresInFiche } from "../../../knowledge/territories/fiche-territories.js";

/** "type:name" of each territory, for short expectations. */
const names = (territoires: readonly Territoire[]): string[] => territoires.map((t) => `${t.type}:${t.name}`);

describe("findTerritoiresInFiche: communes", () => {
  it("finds Orthez, the experimentation site of fiche 7 (64, 001 l.476)", () => {
    const line =
      "1\tExpérimenter sur le territoire d’Orthez pour développer un outil de diagnostic et définir un référentiel sur la base de l’existant\tDépartement";
    expect(findTerritoiresInFiche(line, "64")).toEqual([{ name: "Orthez", type: "commune", code: "64430" }]);
  });

  it("finds the towns of the missions locales, in order, once each (35, 004 l.429)", () => {
    const line = "Les missions locales de Saint-Malo, de Fougères, de Vitré, de Redon et WE KER (bassin d'emploi de Rennes).";
    expect(findTerritoiresInFiche(`${line}\n${line}`, "35")).toEqual([
      { name: "Saint-Malo", type: "commune", code: "35288" },
      { name: "Fougères", type: "commune", code: "35115" },
      { name: "Vitré", type: "commune", code: "35360" },
      { name: "Redon", type: "commune", code: "35236" },
      { name: "Bassin d'emploi de Rennes", type: "zone", code: null },
    ]);
  });

  it("finds Cesson-Sévigné written without its hyphen (35, 004 l.1637)", () => {
    const line =
      "Il est implanté au sein du collège de la Hublais à Cesson Sévigné. Le Département a accordé une aide financière équivalente à celle proposée aux collèges accueillant des dispositifs relais";
    expect(findTerritoiresInFiche(line, "35")).toEqual([{ name: "Cesson-Sévigné", type: "commune", code: "35051" }]);
  });

  it("finds the towns of the Drôme, 'Romans' included (26, 003 l.242-243)", () => {
    const lines = "P La pauvreté est aussi concentrée dans des quartiers urbains, notamment a Valence,\nMontélimar, ou Romans.";
    expect(names(findTerritoiresInFiche(lines, "26"))).toEqual([
      "commune:Valence",
      "commune:Montélimar",
      "commune:Romans-sur-Isère",
    ]);
  });

  it("only looks in the fiche's département", () => {
    const line = "Les missions locales de Saint-Malo, de Fougères, de Vitré, de Redon";
    expect(findTerritoiresInFiche(line, "64")).toEqual([]);
    expect(findTerritoiresInFiche(line, "99")).toEqual([]);
  });

  it("skips persons, lower-case words and the département itself", () => {
    expect(findTerritoiresInFiche("Jean-Jacques LASSERRE\nPrésident du Conseil départemental", "64")).toEqual([]);
    expect(findTerritoiresInFiche("les pays de la région, une agence de pau", "64")).toEqual([]);
    expect(findTerritoiresInFiche("La Drôme et la Drôme provençale", "26")).toEqual([]);
  });

  it("does not take an agency of Pôle Emploi for a place (64, 001 l.573)", () => {
    const line =
      "Cette instance sera toujours réunie a minima chaque trimestre à l'initiative du directeur d'agence de Pôle Emploi, sur la base d'un calendrier partagé entre les principaux financeurs de l'IAE.";
    expect(findTerritoiresInFiche(line, "64")).toEqual([]);
  });
});

describe("findTerritoiresInFiche: EPCI", () => {
  it("reads the EPCI where ASIP sessions were held in 2022 (35, 004 l.1480)", () => {
    const line =
      '2022\t7\t<ul style="list-style-type: none"> <li>- CC Roche aux Fées</li> <li>- CC La Baie</li> <li>- CC Bretagne Porte de Loire communauté</li> <li>- CC Redon agglomération</li> <li>- CC Bretagne romantique</li> <li>- CC Liffré Cormier communauté</li> <li>- CC Pays de Chateaugiron</li> </ul>\t1 1 1 1 2 1 1';
    expect(findTerritoiresInFiche(line, "35")).toEqual([
      { name: "CC Roche aux Fées Communauté", type: "epci", code: "243500634" },
      { name: "CC Bretagne Porte de Loire Communauté", type: "epci", code: "200070662" },
      { name: "CA Redon Agglomération", type: "epci", code: "243500741" },
      { name: "CC Bretagne Romantique", type: "epci", code: "243500733" },
      { name: "CC Liffré-Cormier Communauté", type: "epci", code: "243500774" },
      { name: "CC Pays de Châteaugiron Communauté", type: "epci", code: "243500659" },
    ]);
  });

  it("reads CC, CA, and a town named as such in the 2023 list (35, 004 l.1485)", () => {
    const line =
      '2023\t8\t<ul style="list-style-type: none"> <li>- CC Saint Méen Montauban</li> <li>- CC Montfort communauté</li> <li>- CC Brocéliande</li> <li>- CC Couesnon Marches de Bretagne</li> <li>- Ville de St-Malo</li> <li>- CC Val d\'Ille Aubigné</li> <li>- CA Vitré</li> <li>- CC Vallons de Haute Bretagne Communauté</li> </ul>';
    expect(names(findTerritoiresInFiche(line, "35"))).toEqual([
      "epci:CC de Saint-Méen Montauban",
      "epci:CC Montfort Communauté",
      "epci:CC Brocéliande Communauté",
      "epci:CC Couesnon Marches de Bretagne",
      "commune:Saint-Malo",
      "epci:CC Val d'Ille-Aubigné",
      "epci:CA Vitré Communauté",
      "epci:CC Vallons de Haute-Bretagne Communauté",
    ]);
  });

  it("reads an EPCI named by its suffix, and 'Rennes Métropole' as the EPCI, not Rennes", () => {
    const line = "Les territoires de Liffré Cormier communauté et Rennes Métropole : 61% dont 85% issus des QPV";
    expect(names(findTerritoiresInFiche(line, "35"))).toEqual(["epci:CC Liffré-Cormier Communauté", "epci:Rennes Métropole"]);
  });
});

describe("findTerritoiresInFiche: zones", () => {
  it("reads pays and bassins, across a line break, as zones with no code (35, 004 l.1602-1604)", () => {
    const lines = [
      "Dont part Etat : 256 218€ au titre des participations versées aux associations : Pass Emploi (pays de St Malo) 68 000€ ; Eureka emplois services (pays de Brocéliande) 22 500€ ; Mission Locale du Pays de",
      "",
      "Fougères 68 980€ ; Association TREMPLIN (Pays de Vitré La Roche aux Fées) 45 000€ ; WE KER( bassin d'emploi de Rennes) 51 738€.",
    ].join("\n");
    expect(findTerritoiresInFiche(lines, "35")).toEqual([
      { name: "Pays de St Malo", type: "zone", code: null },
      { name: "Pays de Brocéliande", type: "zone", code: null },
      { name: "Pays de Fougères", type: "zone", code: null },
      { name: "Pays de Vitré La Roche aux Fées", type: "zone", code: null },
      { name: "Bassin d'emploi de Rennes", type: "zone", code: null },
    ]);
  });

  it("counts 'pays de St Malo' and 'Pays de Saint-Malo' once", () => {
    expect(names(findTerritoiresInFiche("le pays de St Malo, le Pays de Saint-Malo", "35"))).toEqual(["zone:Pays de St Malo"]);
  });

  it("reads the CDAS listed in brackets (35, 004 l.391 and l.1561)", () => {
    const line391 =
      "Les professionnels susceptibles de devenir référents de parcours ont continué d'être sensibilisés par le biais d'interventions dans les CDAS (couronne Rennaise Nord-Ouest, Kléber, Saint Aubin). Au total, ce sont 90 professionnels qui ont été sensibilisés.";
    const line1561 = "- Formation des équipes de PMI de trois CDAS (Saint Aubin d'Aubigné, des Marches de Bretagne, Redon) ;";
    expect(names(findTerritoiresInFiche(`${line391}\n${line1561}`, "35"))).toEqual([
      "zone:CDAS couronne Rennaise Nord-Ouest",
      "zone:CDAS Kléber",
      "zone:CDAS Saint Aubin",
      "zone:CDAS Saint Aubin d'Aubigné",
      "zone:CDAS Marches de Bretagne",
      "zone:CDAS Redon",
    ]);
  });

  it("reads an agency named after a town of the département (35, 004 l.1535)", () => {
    const cell = "<li>• Assistant.es maternel.les du territoire de l'Agence de redon (environ <b>120</b>)</li>";
    expect(findTerritoiresInFiche(cell, "35")).toEqual([{ name: "Agence de Redon", type: "zone", code: null }]);
  });

  it("reads the pays of the Pôles ESS, not the Côtes d'Armor (22, 000 l.993)", () => {
    const line =
      "- **Acteurs de l'économie sociale et solidaire** : Pôles ESS de territoires (Ouest Côtes d'Armor, Pays de Dinan, Centre Bretagne, Centre Ouest Bretagne, Pays de Saint-Brieuc), réseau germe armor (réseau de progrès des managers), le Tag22 (Incubateur d'entreprises ESS)";
    expect(names(findTerritoiresInFiche(line, "22"))).toEqual(["zone:Pays de Dinan", "zone:Pays de Saint-Brieuc"]);
  });

  it("reads a CC named after a pays as the EPCI, a pays alone as a zone (35, 004 l.313)", () => {
    const line =
      "Les territoires de Liffré Cormier communauté et du pays de Chateaugiron sont nouvellement entrés dans la liste des territoires concernés.";
    expect(names(findTerritoiresInFiche(line, "35"))).toEqual(["epci:CC Liffré-Cormier Communauté", "zone:Pays de Chateaugiron"]);
    expect(names(findTerritoiresInFiche("la CC Pays de Chateaugiron", "35"))).toEqual(["epci:CC Pays de Châteaugiron Communauté"]);
  });

  it("does not read the Pays de la Loire (a région) as a pays", () => {
    expect(findTerritoiresInFiche("la région Pays de la Loire", "35")).toEqual([]);
  });
});

describe("findTerritoiresInFiche: zone names", () => {
  it("stops a pays' name at 'et' and at punctuation", () => {
    expect(names(findTerritoiresInFiche("sur le Pays de Rennes et Pays de Vitré, puis Redon", "35"))).toEqual([
      "zone:Pays de Rennes",
      "zone:Pays de Vitré",
      "commune:Redon",
    ]);
  });
});
