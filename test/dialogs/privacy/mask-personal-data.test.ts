import { describe, expect, it } from "vitest";
import { containsPersonalData, maskPersonalData } from "../../../dialogs/privacy/mask-personal-data.js";

// Every value below is fake.
const NOW = new Date("2026-05-04T10:00:00Z");
const mask = (text: string): ReturnType<typeof maskPersonalData> => maskPersonalData(text, NOW);

describe("maskPersonalData", () => {
  it("masks a whole case note and keeps the question and the town", () => {
    const note =
      "Mme X, née le 12/03/1985, NIR 2 85 03 75 116 238 91, tél 06 12 34 56 78, marie.x@example.fr, " +
      "IBAN FR76 3000 6000 0112 3456 7890 189, 12 rue des Lilas 22000 Saint-Brieuc, cherche une solution de garde à Lannion";
    const { text, masked } = mask(note);
    for (const value of ["12/03/1985", "2 85 03 75 116 238 91", "06 12 34 56 78", "marie.x@example.fr", "FR76", "3000 6000", "rue des Lilas", "Lilas"]) {
      expect(text).not.toContain(value);
    }
    expect(text).not.toMatch(/\d{2} \d{2} \d{2}/);
    expect(text).toContain("cherche une solution de garde à Lannion");
    expect(text).toContain("née le [date de naissance]");
    expect(text).toContain("NIR [NIR]");
    expect(text).toContain("tél [téléphone]");
    expect(text).toContain("[e-mail]");
    expect(text).toContain("IBAN [IBAN]");
    expect(text).toContain("[adresse] 22000 Saint-Brieuc");
    expect(masked).toEqual(["NIR", "IBAN", "e-mail", "téléphone", "date de naissance", "adresse"]);
  });

  it.each([
    ["2 85 03 75 116 238 91", "[NIR]"],
    ["185037511623891", "[NIR]"],
    ["1850375116238", "[NIR]"],
    ["2 85 03 2A 116 238 91", "[NIR]"],
    ["06 12 34 56 78", "[téléphone]"],
    ["06.12.34.56.78", "[téléphone]"],
    ["06-12-34-56-78", "[téléphone]"],
    ["0612345678", "[téléphone]"],
    ["+33 6 12 34 56 78", "[téléphone]"],
    ["+33612345678", "[téléphone]"],
    ["0033 6 12 34 56 78", "[téléphone]"],
    ["+33 (0)6 12 34 56 78", "[téléphone]"],
    ["02 96 00 00 00", "[téléphone]"],
    ["jean-paul.dupont+rsa@mairie-exemple.fr", "[e-mail]"],
    ["FR76 3000 6000 0112 3456 7890 189", "[IBAN]"],
    ["FR7630006000011234567890189", "[IBAN]"],
    ["fr76 3000 6000 0112 3456 7890 189", "[IBAN]"],
    ["née le 12/03/1985", "née le [date de naissance]"],
    ["né(e) le 5 mars 1985", "né(e) le [date de naissance]"],
    ["né le 1er janvier 2001", "né le [date de naissance]"],
    ["née en 1985", "née en [date de naissance]"],
    ["DDN 12/03/85", "DDN [date de naissance]"],
    ["date de naissance : 01/02/1990", "date de naissance : [date de naissance]"],
    ["12/03/1985", "[date de naissance]"],
    ["3 mars 1979", "[date de naissance]"],
    ["12 rue des Lilas", "[adresse]"],
    ["3 bis avenue de la République", "[adresse]"],
    ["12 rue de la gare", "[adresse]"],
    ["7, allée des Roses", "[adresse]"],
    ["4 bd Carnot", "[adresse]"],
    ["5 chemin des Vignes", "[adresse]"],
    ["1 place de l'Église", "[adresse]"],
    ["lieu-dit Kerhuel", "[adresse]"],
    ["n° allocataire 1234567", "n° allocataire [numéro d'allocataire]"],
    ["numéro CAF : 7654321", "numéro CAF : [numéro d'allocataire]"],
  ])("masks %j", (value, expected) => {
    expect(mask(`voir ${value}, merci`).text).toBe(`voir ${expected}, merci`);
  });

  it.each([
    "c'est quoi la fiche 5.4 ?",
    "un budget de 45 000 € au 30/06/2023",
    "quel montant engagé au 30/06/2023 pour l'action 12 ?",
    "un jeune de 22 ans sans ressources",
    "y a quoi dans le 35 pour la mobilité ?",
    "en 2023 qui pilotait le PDI 2023-2027 ?",
    "1 250 000 € sur 2019-2023, 400h de formation, les 16-25 ans",
    "fiche 22-pdi-2023-2027-12 et 35-calpae-2019-2023-5-4",
    "la loi du 1er décembre 2008 sur le RSA",
    "il reste 1 place en crèche et 2 cours de français par semaine",
    "rendez-vous le 12 mai 2025 à 14h, 3 places, section 1.2.08",
    "les 15 communes de Lannion-Trégor Communauté, code postal 22300",
  ])("leaves %j unchanged", (text) => {
    expect(mask(text)).toEqual({ text, masked: [] });
  });

  it("judges a full date's age from `now`", () => {
    expect(maskPersonalData("le 12/03/2015", new Date("2026-01-01")).masked).toEqual([]);
    expect(maskPersonalData("le 12/03/2015", new Date("2040-01-01")).masked).toEqual(["date de naissance"]);
  });

  it("reports each kind once", () => {
    expect(mask("06 12 34 56 78 ou 07 12 34 56 78").masked).toEqual(["téléphone"]);
  });
});

describe("containsPersonalData", () => {
  it("tells personal data from ordinary numbers", () => {
    expect(containsPersonalData("appeler le 06 12 34 56 78", NOW)).toBe(true);
    expect(containsPersonalData("fiche 5.4, 45 000 €, 22 ans", NOW)).toBe(false);
  });
});
