import { describe, expect, it } from "vitest";
import { analyzeFrench } from "../../../knowledge/search/french.js";
import { cutText } from "../../../dialogs/answer/cut-text.js";
import { passagesOf } from "../../../dialogs/answer/fiche-passages.js";
import { ficheDigest, relevantPassages } from "../../../dialogs/answer/passages.js";

// Cut from the plans: a PDI fiche with labels and bullets, a PTI table row, an OCR'd PDIE column.
const PDI = `Action n° 17
Construire des parcours intégrés insertion, formation, emploi
Objectif de l'action
- Mettre en place des parcours d'accès à l'emploi d'aide à domicile en direction des publics allocataires du rSa
Contenu de l'action et réalisation
- > Dès la fin 2022, la Région Bretagne et le Département des Côtes d'Armor expérimentent des parcours d'accès à l'emploi d'aide à domicile.
- l'accès à un titre professionnel des assistants de vie aux familles
- > Dans ce parcours, un soutien financier est prévu pour lever les freins liés à la mobilité ou la garde d'enfants dans la limite de 400h.
Indicateurs de suivi
- Nombre de personnes en emploi à l'issue du parcours`;

const PTI = `Développer la dimension éducative dans les actions d'aide alimentaire
| Actions opérationnelles | Pilote(s) Principaux acteurs associés
1 | Mettre en place des ateliers budget au sein des lieux de distribution alimentaire | Caisse Primaire d'assurance maladie/ARS
Calendrier | Moyens à mobiliser | Suivi
Année 2018 | Financements Ateliers Santé ville PAU et BAYONNE, épiceries sociales (association « Lou Mercat », Centre social « Lo Solan ») | Non engagé`;

const PDIE = `> CONTENU DE L'ACTION
La création d'entreprise peut étre une alternative pour retrouver un emploi
stable et durable.
PARTENAIRES
Chambre de commerces et d'industries, Chambre des métiers
et de l'artisanat, plateforme d'initiatives locales,
autres (incubateurs etc)`;

const terms = (q: string): string[] => analyzeFrench(q).map((t) => (t.length >= 9 ? t.slice(0, 7) : t));

describe("passages", () => {
  it("joins a sentence the PDF cut over lines, and keeps labels apart", () => {
    const texts = passagesOf(PDIE).map((p) => p.text);
    expect(texts).toContain("La création d'entreprise peut étre une alternative pour retrouver un emploi stable et durable.");
    expect(texts).toContain("Chambre de commerces et d'industries, Chambre des métiers et de l'artisanat, plateforme d'initiatives locales, autres (incubateurs etc)");
    expect(texts).not.toContain("PARTENAIRES");
    expect(passagesOf(PDIE).find((p) => p.text.startsWith("Chambre"))?.section).toBe("partenaires");
  });

  it("quotes the passages that answer the question, in the fiche's order", () => {
    const quotes = relevantPassages(PDI, { terms: terms("un titre professionnel pour travailler a domicile ?") });
    expect(quotes[0]).toMatch(/^Mettre en place des parcours/);
    expect(quotes.some((q) => q.includes("assistants de vie aux familles"))).toBe(true);
    expect(quotes.join(" ").length).toBeLessThanOrEqual(450);
  });

  it("puts an amount first for a question about money", () => {
    const quotes = relevantPassages(PDI, { terms: terms("combien pour la garde ?"), money: true }, { count: 1 });
    expect(quotes).toEqual([expect.stringContaining("400h")]);
  });

  it("prefers an amount to a line that only names a fund, and joins a name the PDF cut after « de »", () => {
    const text = "Le fonds d'aide aux artistes est reconduit avec les opérateurs.\nLe montant de l'aide est plafonné à 1 000 € par personne.\nParticipations versées à la Mission Locale du Pays de\nFougères et à l'association Tremplin.";
    expect(relevantPassages(text, { terms: terms("fonds d'aide aux artistes"), money: true }, { count: 1 })).toEqual([expect.stringContaining("1 000 €")]);
    expect(passagesOf(text).map((p) => p.text)).toContain("Participations versées à la Mission Locale du Pays de Fougères et à l'association Tremplin.");
  });

  it("finds a passage by the concept it names even when the concept's words are stopwords", () => {
    const text = "Le Département organisera des rencontres avec les entreprises.\nIl mobilisera les outils facilitant les liens avec l'entreprise (savoir-étre, savoir-faire, coaching).";
    expect(relevantPassages(text, { terms: [], concepts: ["g:savoir-etre"] })).toEqual([expect.stringContaining("savoir-étre")]);
  });

  it("puts a date first for a question about when", () => {
    const text = "Les ateliers réunissent les allocataires et les employeurs du bassin.\nLes premiers ateliers ont eu lieu le 25 février 2022 à Rennes.";
    expect(relevantPassages(text, { terms: terms("les ateliers ?"), dates: true }, { count: 1 })).toEqual([expect.stringContaining("25 février 2022")]);
  });

  it("quotes the lines naming actors for a question about who, with the action they go with", () => {
    const who = relevantPassages(PTI, { terms: terms("ateliers budget distribution alimentaire"), actors: true });
    expect(who.join("\n")).toContain("Mettre en place des ateliers budget au sein des lieux de distribution alimentaire – Caisse Primaire d'assurance maladie/ARS");
    expect(who.join("\n")).toContain("Lou Mercat");
    expect(who.join("\n")).not.toContain("Actions opérationnelles");
    expect(relevantPassages(PDIE, { terms: terms("createurs d'entreprise"), actors: true }).join("\n")).toContain("incubateurs");
  });

  it("keeps the amount of a long sentence when it must be cut", () => {
    const text = `${"En complément de l'action existante qui vise à valider, conforter et sécuriser le projet des bénéficiaires grâce à un suivi individualisé, "}chaque structure mobilise un fonds d'aide dédié (en moyenne 1 000 € par personne) à la création et à la diffusion des œuvres des artistes accompagnés.`;
    const [quote] = relevantPassages(text, { terms: terms("artistes"), money: true }, { budget: 200 });
    expect(quote).toMatch(/^….*1 000 €/);
    expect(quote!.length).toBeLessThanOrEqual(200);
  });

  it("does not quote what the answer's fields already show, nor anything when nothing matches", () => {
    const shown = ["Mettre en place des ateliers budget au sein des lieux de distribution alimentaire", "Caisse Primaire d'assurance maladie", "ARS"];
    expect(relevantPassages(PTI, { terms: terms("lieux de distribution") }, { shown })).toEqual([]);
    expect(relevantPassages(PDI, { terms: terms("gens du voyage") })).toEqual([]);
  });

  it("sums a fiche up for a lookup, without indicators, cut at a sentence", () => {
    const digest = ficheDigest(PDI, { shown: ["Construire des parcours intégrés insertion, formation, emploi"], max: 300 });
    expect(digest).toMatch(/^Mettre en place des parcours/);
    expect(digest).toContain("Dès la fin 2022");
    expect(digest).not.toContain("Nombre de personnes");
    expect(digest!.length).toBeLessThanOrEqual(300);
    expect(ficheDigest("Action n° 3\nProgrammation ultérieure")).toBeNull();
  });

  it("does not quote the fiche's own heading line, which only repeats its number and title", () => {
    const text = [
      "Fiche Action n° 1.2 : Lever les freins à la mobilité",
      "Constat :",
      "Dans les territoires ruraux, un allocataire sur deux n'a ni permis ni véhicule.",
    ].join("\n");
    expect(ficheDigest(text)).toBe("Dans les territoires ruraux, un allocataire sur deux n'a ni permis ni véhicule.");
    // A page banner that ends on the fiche's number (Côtes-d'Armor, fiche 17) is no content either.
    const banner = "OBJECTIF OPÉRATIONNEL 2-1 Dépasser les freins pour aller vers l'emploi Action n° 17\nDès la fin 2022, la Région Bretagne et le Département des Côtes d'Armor expérimentent des parcours d'accès à l'emploi d'aide à domicile.";
    expect(relevantPassages(banner, { terms: terms("freins emploi aide domicile") })).toEqual([
      "Dès la fin 2022, la Région Bretagne et le Département des Côtes d'Armor expérimentent des parcours d'accès à l'emploi d'aide à domicile.",
    ]);
  });

  it("does not quote a field line whose value the answer shows", () => {
    const text = "Dans les territoires ruraux, un allocataire sur deux n'a ni permis ni véhicule.\nCalendrier : à partir de septembre 2024\nBudget : 150 000 € par an";
    expect(ficheDigest(text, { shown: ["à partir de septembre 2024", "150 000 € par an"] })).toBe("Dans les territoires ruraux, un allocataire sur deux n'a ni permis ni véhicule.");
  });

  it("cuts a long passage at a sentence or a word, marking the cut", () => {
    expect(cutText("Une phrase courte.", 100)).toBe("Une phrase courte.");
    expect(cutText("Première phrase assez longue pour compter. Seconde phrase qui dépasse la limite.", 60)).toBe("Première phrase assez longue pour compter.");
    expect(cutText("un texte sans aucune ponctuation qui continue longtemps encore", 30)).toMatch(/^un texte sans aucune.*…$/);
  });
});

// Cut from the Drôme PDIE, fiche 14: a list of short bullet items.
const LIST = `part le réseau de partenaires associatifs du territoire, le Département s'en-
gage a développer l'employabilité des publics bénéficiaires RSA par le biais de
dispositifs tels que :
- le bénévolat,
- les contrats Parcours Emploi Compétence (CAE-PEC).
> INDICATEURS DE SUIVI
Nombre de contrats PEC signés, nombre de missions bénévoles réalisées,`;

describe("short bullet items", () => {
  it("are one passage together, quoted when one of them is asked about", () => {
    expect(passagesOf(LIST).map((p) => p.text)).toContain("le bénévolat ; les contrats Parcours Emploi Compétence (CAE-PEC).");
    const quoted = relevantPassages(LIST, { terms: analyzeFrench("du bénévolat pour reprendre pied").map((t) => (t.length >= 9 ? t.slice(0, 7) : t)) });
    expect(quoted[0]).toContain("le bénévolat");
  });
});
