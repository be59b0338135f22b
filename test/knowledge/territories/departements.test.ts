import { describe, expect, it } from "vitest";
import {
  allDepartements,
  departementByCode,
  departementWithArticle,
  ofDepartement,
  findDepartementInText,
  findDepartementMentions,
} from "../../../knowledge/territories/departements.js";

const codeIn = (text: string): string | null => findDepartementInText(text)?.code ?? null;

describe("departementByCode / allDepartements", () => {
  it("knows the 101 départements by INSEE code", () => {
    expect(allDepartements()).toHaveLength(101);
    expect(departementByCode("22")).toEqual({ code: "22", name: "Côtes-d'Armor" });
    expect(departementByCode("64")?.name).toBe("Pyrénées-Atlantiques");
    expect(departementByCode("2a")?.name).toBe("Corse-du-Sud");
    expect(departementByCode("5")?.code).toBe("05");
    expect(departementByCode("974")?.name).toBe("La Réunion");
    expect(departementByCode("20")).toBeNull();
    expect(departementByCode("99")).toBeNull();
  });
});

describe("findDepartementInText: names", () => {
  it.each([
    ["aide à la mobilité dans les cotes d'armor", "22"],
    ["Côtes-d'Armor", "22"],
    ["les jeunes des cotes darmor", "22"],
    ["les Côtes-du-Nord", "22"],
    ["y a quoi dans les pyrenees atlantique pour les brsa", "64"],
    ["ille et vilaine", "35"],
    ["Ille-et-Vilaine", "35"],
    ["le plan de la drome", "26"],
    ["Haute-Savoie", "74"],
    ["seine st denis", "93"],
    ["le Nord", "59"],
    ["dans le Lot", "46"],
    ["à La Réunion", "974"],
  ])("%s → %s", (text, code) => {
    expect(codeIn(text)).toBe(code);
  });

  it("reads ordinary words only when capitalised, and not 'Nord' in 'Nord Drôme'", () => {
    expect(codeIn("au nord de la ville")).toBeNull();
    expect(codeIn("un lot de vêtements")).toBeNull();
    expect(codeIn("la réunion de jeudi")).toBeNull();
    expect(codeIn("la somme de 500 €")).toBeNull();
    expect(codeIn("Nord Drôme")).toBe("26");
  });
});

describe("findDepartementInText: numbers", () => {
  it.each([
    ["y a quoi pour la mobilité dans le 22", "22"],
    ["dans le 35", "35"],
    ["les brsa du 64", "64"],
    ["Montélimar (26)", "26"],
    ["département 35", "35"],
    ["département du 26", "26"],
    ["CD35", "35"],
    ["le CD 22 finance quoi ?", "22"],
    ["dans le 974", "974"],
    ["cd 2a", "2A"],
    // After a plan's name.
    ["c quoi la fiche 9 du pdi 72 ?", "72"],
    ["la calpae 35 prevoit une action ?", "35"],
  ])("%s → %s", (text, code) => {
    expect(codeIn(text)).toBe(code);
  });

  it.each([
    "fiche 12",
    "la fiche 22",
    "jeune de 22 ans",
    "action 5.4",
    "jeune de 16 ans",
    "le plan 2023-2027",
    "400h de formation",
    "le 22 mars",
    "du 12 au 15",
    "le 22,5 %",
    "22 personnes",
  ])("a bare or counted number is not a département: %s", (text) => {
    expect(codeIn(text)).toBeNull();
  });
});

describe("findDepartementInText: demonyms", () => {
  it.each([
    ["un jeune costarmoricain", "22"],
    ["les drômoises", "26"],
    ["une famille brétillienne", "35"],
    ["bretilien", "35"],
    ["le territoire béarnais", "64"],
    ["au Pays basque", "64"],
  ])("%s → %s", (text, code) => {
    expect(codeIn(text)).toBe(code);
  });
});

describe("findDepartementMentions", () => {
  it("lists every mention in order with its cue and place in the text", () => {
    const text = "Un drômois venu du 35 travaille en Côtes-d'Armor";
    expect(findDepartementMentions(text).map((m) => [m.departement.code, m.cue, text.slice(m.start, m.end)])).toEqual([
      ["26", "demonym", "drômois"],
      ["35", "number", "35"],
      ["22", "name", "Côtes-d'Armor"],
    ]);
  });

  it("finds the names of a plan (verbatim, 004 l.1637)", () => {
    const line =
      "4 jeunes orientés prioritairement par les centres départementaux d'action sociale d'Ille-et-Vilaine ou par les services de la DSDEN";
    expect(findDepartementMentions(line, undefined, { cues: ["name"], capitalisedOnly: true })).toHaveLength(1);
  });

  it("says a département's name as French does, from INSEE's type de nom", () => {
    const of = (code: string) => ofDepartement(departementByCode(code)!);
    expect([of("26"), of("22"), of("35"), of("75"), of("90")]).toEqual(["de la Drôme", "des Côtes-d'Armor", "d'Ille-et-Vilaine", "de Paris", "du Territoire de Belfort"]);
    expect(departementWithArticle(departementByCode("64")!)).toBe("les Pyrénées-Atlantiques");
  });
});
