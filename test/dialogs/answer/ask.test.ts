import { describe, expect, it } from "vitest";
import { ask } from "../../../dialogs/answer/ask.js";
import { AnswerSchema } from "../../../dialogs/answer/answer-types.js";
import { openKnowledgeBase } from "../../../knowledge/knowledge-base.js";
import { departementByCode } from "../../../knowledge/territories/departements.js";

const opened = openKnowledgeBase();
if (!opened.ok) throw new Error(opened.error);
const { index } = opened.kb;
const home = (code: string) => ({ home: departementByCode(code) });

describe("ask", () => {
  it("answers the question asked first: who pilots, then the fiche with its link", () => {
    const a = ask("qui pilote le dispositif pour former des brsa comme aides a domicile ?", home("22"), index);
    expect(a.answered).toBe(true);
    expect(a.fiches[0]?.number).toBe("17");
    expect(a.text).toMatch(/^La fiche 17 « .+ » est pilotée par .*CLPS/);
    expect(a.text).toContain("(http://localhost:3978/fiches/22-pdi-2023-2027-17)");
    expect(AnswerSchema.safeParse(a).success).toBe(true);
  });

  it("writes paragraphs Teams shows as paragraphs (two newlines)", () => {
    const a = ask("fiche 12", home("22"), index);
    expect(a.text).toContain("\n\n");
    expect(a.text.replace(/\n\n/g, "")).not.toMatch(/[^\n]\n[^\n-]/);
  });

  it("says plainly when no fiche of the département covers the question", () => {
    const a = ask("pour les familles monoparentales au rsa, le pacte prévoit une action spécifique ?", home("64"), index);
    expect(a.answered).toBe(false);
    expect(a.fiches).toEqual([]);
    expect(a.text).toMatch(/^Aucune fiche dans le plan des Pyrénées-Atlantiques/);
    expect(a.text).toContain("monoparentales");
  });

  it("declines a subject no fiche of the plan names, rather than answer with a broader one", () => {
    const a = ask("y a une aide au surendettement dans la calpae ?", home("35"), index);
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/^Aucune fiche dans le plan d'Ille-et-Vilaine/);
  });

  it("offers the closest fiches, saying so, when a situation is near them but none clearly answers it", () => {
    const a = ask("mr 60 ans brsa a dieulefit, a jamais touché un ordi, pas d'adresse mail, il doit tout faire en ligne (caf, ft) et il y arrive pas. y a un soutien pour l'equiper et le former ?", home("26"), index);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Aucune fiche dans le plan de la Drôme ne répond exactement à cette question\. Les plus proches :/);
    expect(a.fiches.map((f) => f.number)).toContain("17");
    expect(a.fiches.length).toBeLessThanOrEqual(3);
    expect(a.tentative).toBe(true);
    expect(ask("qui pilote le dispositif pour former des brsa comme aides a domicile ?", home("22"), index).tentative).toBeUndefined();
    // A question outside the field gets no such offer: no fiche shares any of its concepts.
    const off = ask("c'est quoi la meilleure pizzeria de romans ?", home("26"), index);
    expect(off.answered).toBe(false);
  });

  it("quotes the lines of the fiche that name who takes part, for a question about partners", () => {
    const a = ask("brsa createurs d'entreprise : partenaires ?", home("26"), index);
    expect(a.fiches[0]?.number).toBe("12");
    expect(a.text).toMatch(/Dans la fiche :\n\n(?:- « [^»]*»\n)*- « Chambre de commerces[^»]*Chambre des métiers/);
  });

  it("lists first the partners the question names, in a long list that is cut", () => {
    const a = ask("tag22 et germe armor, ils sont partenaires de quelle action du plan insertion ?", home("22"), index);
    expect(a.fiches[0]!.id).toBe("22-pdi-2023-2027-23");
    // Both named entries lead, though the plan lists them last of thirteen.
    const listed = a.text.split(" : ").slice(1).join(" : ");
    expect(listed.indexOf("Tag22")).toBeLessThan(120);
    expect(listed.indexOf("réseau germe armor")).toBeLessThan(120);
  });

  it("gives each further fiche the field the question asks about", () => {
    const a = ask("convention cpam / departement, echeance ?", home("64"), index);
    expect(a.fiches.map((f) => f.number)).toContain("16");
    expect(a.text).toMatch(/\*\*Fiche 16\*\* – Favoriser l'accès aux soins .* — calendrier : Juin 2018/);
  });

  it("sums a fiche up for a lookup, beyond its fields", () => {
    const a = ask("détaille l'action 7.1", home("35"), index);
    expect(a.text).toMatch(/Contenu : .*plateformes de conseil en mobilité/);
    expect(a.text).toContain("Dispositifs cités :");
    expect(a.text).toMatch(/Acteurs cités :\n\n- « [^»]*Pass Emploi/);
  });

  it("names the départements covered when asked about another one", () => {
    const a = ask("qui pilote la mobilité dans le 33 ?", {}, index);
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/pas encore de plan d'insertion pour la Gironde.*Côtes-d'Armor \(22\)/s);
  });

  it("finds a fiche by number in the asker's département, or in every département when none is known", () => {
    expect(ask("c'est quoi l'action 6.2 de la calpae ?", home("35"), index).fiches.map((f) => f.id)).toEqual(["35-calpae-2019-2023-6-2"]);
    const everywhere = ask("fiche 2", {}, index);
    expect(new Set(everywhere.fiches.map((f) => f.departement.code)).size).toBeGreaterThan(1);
    expect(everywhere.text).toContain("plusieurs départements");
  });

  it("says when a fiche number does not exist", () => {
    const a = ask("fiche 99", home("64"), index);
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/pas de fiche n°99 dans le plan des Pyrénées-Atlantiques. Fiches disponibles : 1, 2/);
  });

  it("says a number is no fiche's, then answers the question's words when a fiche treats them", () => {
    // « c'est quoi Orient'Action 86 ? »: the number may be part of a name; the words still find the fiche.
    const a = ask("c'est quoi l'action 99 sur la garantie d'activité départementale ?", home("22"), index);
    expect(a.answered).toBe(true);
    expect(a.fiches[0]!.id).toBe("22-pdi-2023-2027-3");
    expect(a.text).toMatch(/^Je ne trouve pas de fiche n°99 dans le plan des Côtes-d'Armor\./);
  });

  it("reads the plan a question names as its territory when one département has a plan of that kind", () => {
    // Asked from anywhere: « le pdie » is the Drôme's plan, the only PDIE of the catalog.
    const a = ask("c'est quoi la 13 dans le pdie", {}, index);
    expect(a.territory).toEqual({ code: "26", name: "Drôme" });
    expect(a.fiches.map((f) => f.id)).toEqual(["26-pdie-2019-2022-13"]);
    expect(ask("fiche 3.4 du pdie ca dit quoi", {}, index).text).toMatch(/^Je ne trouve pas de fiche n°3.4 dans le plan de la Drôme/);
    // A covered home département stays: there « le pdi » is the référent's own plan.
    expect(ask("y a une action dans le pdi pour les jeunes ?", home("35"), index).territory?.code).toBe("35");
  });

  it("tells an announced-only fiche from a written one", () => {
    const a = ask("fiche 11", home("22"), index);
    expect(a.text).toMatch(/annoncée dans le plan mais pas encore rédigée/);
  });

  it.each([
    ["", /pas compris/],
    ["🙂🎉👍", /pas compris/],
    ["?!?!...", /pas compris|Je réponds/],
    ["<script>alert(1)</script>", /pas compris|Aucune fiche/],
    ["**gras** et _italique_ ?", /pas compris|Aucune fiche/],
    ["what is the weather like in Rennes?", /Je réponds en français/],
    ["il va pleuvoir demain sur rennes ?", /Je ne peux pas répondre/],
    ["mobilité ".repeat(2000), /./],
    ["aide", /Plans disponibles/],
  ])("answers %j briefly and helpfully, without throwing", (q, expected) => {
    const a = ask(q, home("35"), index);
    expect(a.text).toMatch(expected);
    expect(a.text.length).toBeLessThan(4000);
    expect(AnswerSchema.safeParse(a).success).toBe(true);
  });

  it("declines to decide a person's rights or compute an amount, says who does, and offers the plan's actions", () => {
    for (const q of ["est-ce que mme T. a droit au rsa majoré ? elle a 2 enfants", "tu peux calculer le montant de son rsa ?"]) {
      const a = ask(q, home("22"), index);
      expect(a.answered).toBe(false);
      expect(a.fiches).toEqual([]);
      expect(a.text).toMatch(/ne peux pas me prononcer sur la situation d'une personne/);
      expect(a.text).toMatch(/CAF ou la MSA et le Département/);
    }
    // A question on a programme's public is answered as usual.
    expect(ask("qui a droit à l'accompagnement global ?", home("22"), index).text).not.toMatch(/situation d'une personne/);
  });

  it("never lets the plan's text turn into markup or a link", () => {
    const a = ask("fiche 5.8", home("35"), index);
    expect(a.text).not.toMatch(/<script|javascript:/i);
  });
});
