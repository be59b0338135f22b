import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readPlan } from "../../../knowledge/ingest/read-plan.js";

// Small plans written for these tests, in layouts the shipped plans do not use: the reader must find the fiches
// of a plan it has never seen from the text alone (markdown headings with bold labels; "FICHE N°1 - TITLE" with
// label-tab-value rows; bodies that open with a « Constat » or an unlabelled paragraph; bold labels on their own
// lines; form-like fiches with an « Intitulé » row; capital labels in a plan that is no OCR'd sidebar layout;
// `pdftotext -layout` output, whose columns are runs of spaces and whose values wrap; a plan that is only tables
// of actions; a plan that numbers its fiches afresh in each axe).
const fixtures = join(import.meta.dirname, "../../fixtures");
const read = (file: string) => {
  const r = readPlan(readFileSync(join(fixtures, file), "utf8"), { file });
  if (!r.ok) throw new Error(r.error);
  return r.fiches;
};

describe("layouts of plans not in the catalog", () => {
  it("reads markdown fiches with bold labels, under their axes", () => {
    const fiches = read("synthetic-markdown-plan.txt");
    expect(fiches.map((f) => [f.number, f.title])).toEqual([
      ["1", "Développer la mobilité des personnes en insertion"],
      ["2", "Faciliter la garde d'enfants des parents isolés"],
      ["3", "Renforcer la clause sociale dans les marchés publics"],
    ]);
    expect(fiches[0]).toMatchObject({
      pilotes: ["Conseil départemental", "direction de l'insertion"],
      partenaires: ["Plateforme mobilité Wimoov", "Région", "Communautés de communes"],
      publics: ["Allocataires du RSA sans moyen de locomotion"],
      calendrier: "2024-2026",
      budget: "120 000 € par an",
      axe: "Axe 1 : Lever les freins périphériques",
    });
    expect(fiches[2]!.axe).toBe("Axe 2 : Favoriser le retour à l'emploi");
  });

  it("reads three-level numbers (« ## Action 1.1.2 : Title ») with inline labels", () => {
    const text = [
      "PLAN 2024-2028",
      "",
      "## Action 1.1.1 : Orienter les nouveaux entrants",
      "",
      "Pilote : Département",
      "Partenaires : CAF, France Travail",
      "Public : Nouveaux allocataires",
      "",
      "## Action 1.1.2 : Accompagner les jeunes",
      "",
      "Pilote : Missions locales",
      "Partenaires : Département",
      "Public : Jeunes de moins de 26 ans",
    ].join("\n");
    const r = readPlan(text, { file: "inline" });
    if (!r.ok) throw new Error(r.error);
    expect(r.fiches.map((f) => [f.number, f.title, f.pilotes, f.partenaires])).toEqual([
      ["1.1.1", "Orienter les nouveaux entrants", ["Département"], ["CAF", "France Travail"]],
      ["1.1.2", "Accompagner les jeunes", ["Missions locales"], ["Département"]],
    ]);
  });

  it("does not take a fiche of an older plan, named in the context, for a fiche of this one", () => {
    // From the plan written for the tests in test/eval/unseen-plan-5: the review of the previous pacte.
    const text = [
      "## 2. Bilan du précédent pacte",
      "",
      "- Fiche 2.4 du PTI 2017-2021 « Coup de pouce mobilité » : 1 240 aides individuelles versées ;",
      "- Fiche 3.5 du précédent PTI « Forum emploi saisonnier » : non engagée.",
      "",
      "FICHE ACTION 2.1",
      "Mobilité solidaire en territoires ruraux",
      "Pilote\tDépartement de la Gironde",
      "Partenaires associés\tassociations mobilité, garages solidaires",
      "",
      "Fiche action 2.2 du PTI 2022-2025 : Garde d'enfants",
      "Pilote\tCAF de la Gironde",
      "Partenaires associés\tcrèches AVIP",
    ].join("\n");
    const r = readPlan(text, { file: "inline", period: "2022-2025" });
    if (!r.ok) throw new Error(r.error);
    // The plan's own years name its own fiche.
    expect(r.fiches.map((f) => [f.number, f.title])).toEqual([
      ["2.1", "Mobilité solidaire en territoires ruraux"],
      ["2.2", "Garde d'enfants"],
    ]);
  });

  it("reads a heading wrapped at the page's width onto a line that begins with a capital", () => {
    // From the plan written for the tests in test/eval/unseen-plan-7 (web pages saved as text by a text browser).
    const text = [
      "Action 1.2 : Renforcer l'accompagnement global Département / France",
      "Travail pour les personnes cumulant des freins sociaux et professionnels",
      "",
      "   Chef de file : France Travail – Direction territoriale du Puy-de-Dôme",
      "   Co-pilote : Conseil départemental – Maisons des Solidarités (MDS)",
      "",
      "   Acteurs associés",
      "          * PLIE de Clermont Auvergne Métropole",
      "          * CAF du Puy-de-Dôme",
    ].join("\n");
    const r = readPlan(text, { file: "inline" });
    if (!r.ok) throw new Error(r.error);
    expect(r.fiches.map((f) => [f.number, f.title])).toEqual([["1.2", "Renforcer l'accompagnement global Département / France Travail pour les personnes cumulant des freins sociaux et professionnels"]]);
    expect(r.fiches[0]!.pilotes).toEqual(["France Travail", "Direction territoriale du Puy-de-Dôme", "Conseil départemental", "Maisons des Solidarités (MDS)"]);
    expect(r.fiches[0]!.partenaires).toEqual(["PLIE de Clermont Auvergne Métropole", "CAF du Puy-de-Dôme"]);
  });

  it("reads a fiche announced in a sentence as a reference when the plan writes it out", () => {
    const text = [
      "FICHE ACTION 1 : Orienter sans délai",
      "Pilote\tDépartement",
      "Partenaires\tCAF",
      "Objectifs\tOrienter. La fiche-action 2, relative à la garde d'enfants, sera présentée ci-après.",
      "Calendrier\t2024",
      "",
      "FICHE ACTION 2 : Garde d'enfants",
      "Pilote\tCAF",
      "Partenaires\tcrèches",
    ].join("\n");
    const r = readPlan(text, { file: "inline" });
    if (!r.ok) throw new Error(r.error);
    expect(r.fiches.map((f) => [f.number, f.title, f.calendrier])).toEqual([
      ["1", "Orienter sans délai", "2024"],
      ["2", "Garde d'enfants", null],
    ]);
  });

  it("keeps a fiche announced in a sentence of prose, not written yet, out of the fiche above", () => {
    // From the plan written for the tests in test/eval/unseen-plan-6.
    const text = [
      "FICHE ACTION 1.3 : Prendre en compte la santé dans les parcours d'insertion",
      "Pilote\tCPAM de la Vienne",
      "Partenaires\tARS Nouvelle-Aquitaine",
      "Objectifs\tRepérer plus tôt les problèmes de santé.",
      "",
      "La fiche-action 1.4, consacrée aux travailleurs indépendants et aux",
      "exploitants agricoles, sera présentée lors d'une prochaine séance du",
      "comité de pilotage.",
      "",
      "FICHE ACTION 2.1 : Développer la mobilité solidaire",
      "Pilote\tDépartement de la Vienne",
      "Partenaires\tRégion Nouvelle-Aquitaine",
    ].join("\n");
    const r = readPlan(text, { file: "inline" });
    if (!r.ok) throw new Error(r.error);
    const byNumber = new Map(r.fiches.map((f) => [f.number, f]));
    expect([...byNumber.keys()].sort()).toEqual(["1.3", "1.4", "2.1"]);
    expect(byNumber.get("1.3")!.text).not.toMatch(/indépendants/);
    expect(byNumber.get("1.4")).toMatchObject({ title: "Travailleurs indépendants et exploitants agricoles", empty: true });
    expect(byNumber.get("1.4")!.text).toMatch(/sera présentée lors d'une prochaine séance du comité de pilotage\.$/);
  });

  it("reads a table laid out with spaces under a row of labels: each cell to its column, wrapped cells joined", () => {
    // From the plan written for the tests in test/eval/unseen-plan-7 (a text browser's dump of an HTML table).
    const text = [
      "FICHE 2.4 — SÉCURISER LE LOGEMENT DES PERSONNES QUI REPRENNENT UN EMPLOI",
      "OU UNE FORMATION",
      "",
      "   Pilote                    Partenaires                 Public visé",
      "   Conseil départemental     Ophis du Puy-de-Dôme        Allocataires du RSA",
      "   – Direction de            Auvergne Habitat            et jeunes de moins",
      "   l'habitat et du           Assemblia                   de 30 ans qui",
      "   logement                  Habitat Jeunes Clermont     reprennent un emploi",
      "                             SIAO 63 (service intégré    ou une formation loin",
      "                             d'accueil et                de leur domicile, ou",
      "                             d'orientation)              dont le logement",
      "                             CAF du Puy-de-Dôme          menace le maintien",
      "                                                         dans l'emploi",
      "",
      "   Objectifs"
    ].join("\n");
    const r = readPlan(text, { file: "inline" });
    if (!r.ok) throw new Error(r.error);
    const f = r.fiches[0]!;
    expect(f.number).toBe("2.4");
    expect(f.pilotes).toEqual(["Conseil départemental", "Direction de l'habitat et du logement"]);
    expect(f.partenaires).toEqual(["Ophis du Puy-de-Dôme", "Auvergne Habitat", "Assemblia", "Habitat Jeunes Clermont", "SIAO 63 (service intégré d'accueil et d'orientation)", "CAF du Puy-de-Dôme"]);
    expect(f.publics[0]).toBe("Allocataires du RSA et jeunes de moins de 30 ans qui reprennent un emploi ou une formation loin de leur domicile");
  });

  it("reads « FICHE N°1 - TITLE » with label-tab-value rows, titles in sentence case", () => {
    const fiches = read("synthetic-tab-plan.txt");
    expect(fiches.map((f) => [f.number, f.title, f.pilotes, f.calendrier])).toEqual([
      ["1", "Accompagner les jeunes vers l'emploi", ["Mission locale"], "2022-2024"],
      ["2", "Soutenir les travailleurs indépendants", ["Chambre de métiers et de l'artisanat"], "2023"],
    ]);
    expect(fiches[0]!.partenaires).toEqual(["France Travail", "Département", "CCAS"]);
    expect(fiches[0]!.budget).toBe("50 000 €");
  });

  it("reads « Fiche Action n° 1.1 : Title » bodies that open with a « Constat », not the sommaire's entries", () => {
    const fiches = read("synthetic-constat-plan.txt");
    expect(fiches.map((f) => [f.number, f.title, f.pilotes, f.calendrier])).toEqual([
      ["1.1", "Réduire les délais d'orientation", ["Direction de l'insertion du Département"], "2024-2025"],
      ["1.2", "Lever les freins à la mobilité", ["Département"], "à partir de septembre 2024"],
      ["2.1", "Développer les clauses sociales dans la commande publique", ["Service de la commande publique"], "2024-2028"],
    ]);
    expect(fiches.every((f) => !f.empty)).toBe(true);
    expect(fiches[1]!.summary).toMatch(/^Créer une plateforme mobilité/);
    expect(fiches[1]!.budget).toBe("150 000 € par an");
  });

  it("reads bold labels on their own lines, with « (s) » and « / » in them", () => {
    const fiches = read("synthetic-bold-block-plan.txt");
    expect(fiches.map((f) => [f.number, f.title])).toEqual([
      ["1", "Accompagner les travailleurs indépendants au RSA"],
      ["2", "Garde d'enfants pour les parents en parcours d'insertion"],
    ]);
    expect(fiches[0]).toMatchObject({
      pilotes: ["Chambre de métiers et de l'artisanat"],
      partenaires: ["CCI", "BGE", "France Travail", "URSSAF"],
      publics: ["Travailleurs indépendants bénéficiaires du RSA"],
      calendrier: "2025 : lancement ; 2026 : évaluation",
    });
    // « Territoire(s) concerné(s) » closes the partenaires: its value is no partner.
    expect(fiches[0]!.partenaires).not.toContain("Ensemble du département");
    expect(fiches[1]).toMatchObject({ pilotes: ["Direction Enfance Famille du Département"], publics: ["Parents isolés bénéficiaires du RSA", "familles monoparentales"] });
  });

  it("reads form-like fiches: the title from the heading row's second cell, label-tab-value rows", () => {
    const fiches = read("synthetic-form-plan.txt");
    expect(fiches.map((f) => [f.number, f.title, f.pilotes])).toEqual([
      ["1.1", "Créer un guichet unique d'accueil des allocataires", ["Conseil départemental (Direction de l'action sociale)"]],
      ["1.2", "Soutenir la santé des allocataires", ["Département"]],
    ]);
    expect(fiches[1]!.partenaires).toEqual(["CPAM", "Agence régionale de santé", "centres d'examens de santé"]);
    expect(fiches[1]!.budget).toBe("45 000 € par an");
  });

  it("reads « FA 1.1 : Title » with capital labels whole (no sidebar splicing outside the OCR'd layout)", () => {
    const fiches = read("synthetic-capitals-plan.txt");
    expect(fiches.map((f) => [f.number, f.title])).toEqual([
      ["1.1", "Job dating avec les employeurs des secteurs en tension"],
      ["1.2", "Prime à la reprise d'emploi"],
    ]);
    expect(fiches[0]!.publics).toEqual(["Allocataires du RSA inscrits à France Travail"]);
    expect(fiches[0]!.calendrier).toBe("Premier semestre 2024");
  });

  it("reads bodies that open with an unlabelled paragraph", () => {
    const fiches = read("synthetic-intro-plan.txt");
    expect(fiches.map((f) => [f.number, f.title, f.pilotes])).toEqual([
      ["3", "Accompagner vers le numérique", ["Département"]],
      ["4", "Insertion par le sport", ["Direction des sports"]],
    ]);
    expect(fiches[1]!.partenaires).toEqual(["UFOLEP", "clubs sportifs", "missions locales"]);
  });

  it("reads `pdftotext -layout` output: columns of spaces, values wrapped onto the next lines", () => {
    const fiches = read("synthetic-layout-plan.txt");
    expect(fiches.map((f) => [f.number, f.title, f.pilotes])).toEqual([
      ["5", "Favoriser l'accès au permis de conduire", ["Direction de l'insertion et de l'emploi"]],
      ["6", "Lutter contre l'illettrisme", ["Département"]],
    ]);
    expect(fiches[0]).toMatchObject({
      publics: ["Bénéficiaires du RSA de plus de 18 ans ayant un projet professionnel nécessitant le permis"],
      summary: "Permettre aux allocataires de passer le permis B grâce à une aide financière et un accompagnement pédagogique.",
      partenaires: ["Auto-écoles solidaires", "France Travail", "Missions locales"],
      calendrier: "2025-2027",
      budget: "200 000 € sur la durée du plan",
    });
  });

  it("reads a plan whose actions are only table rows, fields from the columns, a wrapped cell joined", () => {
    const fiches = read("synthetic-table-plan.txt");
    expect(fiches.map((f) => [f.number, f.title, f.pilotes, f.calendrier])).toEqual([
      ["1", "Créer une plateforme départementale de mobilité solidaire", ["Département"], "2024"],
      ["2", "Accompagner les jeunes sortant de l'Aide sociale à l'enfance vers l'autonomie", ["Département (ASE)"], "2025"],
      ["3", "Développer les clauses sociales dans les marchés publics des collectivités", ["Maison de l'emploi"], "2024-2025"],
    ]);
    expect(fiches[0]!.partenaires).toEqual(["Région", "Wimoov", "EPCI"]);
    expect(fiches[2]).toMatchObject({ budget: "60 000 €", axe: "Axe 2 : FAVORISER L'ACCÈS À L'EMPLOI", empty: false });
    expect(fiches[2]!.text).toContain("Partenaires : Communes, bailleurs sociaux, SIAE");
  });

  it("reads a plan that numbers its fiches afresh in each axe: the axe's number goes in front", () => {
    const fiches = read("synthetic-per-axe-plan.txt");
    expect(fiches.map((f) => [f.number, f.title, f.empty])).toEqual([
      ["1.1", "Orienter vite les nouveaux allocataires", false],
      ["1.2", "Renforcer l'accompagnement social", false],
      ["2.1", "Développer les clauses sociales", false],
      ["2.2", "Soutenir les SIAE", false],
      // Announced in the sommaire only.
      ["2.3", "Créer un club d'entreprises", true],
    ]);
    expect(fiches[2]!.axe).toBe("Axe 2 : L'EMPLOI");
  });

  it("numbers by axe only a plan whose numbering restarts in each axe, announced-only fiches included", () => {
    const body = (n: number, title: string) => [`Fiche action ${n} : ${title}`, "Pilote : Département", "Partenaires : CAF, France Travail", "Public : bénéficiaires du RSA", ""];
    const plan = (axes: Array<[string, Array<[number, string]>]>, sommaire: string[] = []) =>
      [...sommaire, "", ...axes.flatMap(([axe, fiches]) => [axe, "", ...fiches.flatMap(([n, t]) => body(n, t))])].join("\n");
    const sommaire = ["SOMMAIRE", "AXE 1 : ACCUEILLIR", "Fiche action 1 : Accueillir", "Fiche action 2 : Orienter", "Fiche action 3 : Suivre", "AXE 2 : EMPLOYER", "Fiche action 1 : Recruter", "Fiche action 2 : Former", "Fiche action 3 : Maintenir en emploi"];
    const restarting = readPlan(plan([["AXE 1 : ACCUEILLIR", [[1, "Accueillir"], [2, "Orienter"], [3, "Suivre"]]], ["AXE 2 : EMPLOYER", [[1, "Recruter"], [2, "Former"]]]], sommaire), { file: "restart" });
    if (!restarting.ok) throw new Error(restarting.error);
    expect(restarting.fiches.map((f) => [f.number, f.title, f.empty])).toEqual([
      ["1.1", "Accueillir", false],
      ["1.2", "Orienter", false],
      ["1.3", "Suivre", false],
      ["2.1", "Recruter", false],
      ["2.2", "Former", false],
      ["2.3", "Maintenir en emploi", true],
    ]);
    // Numbered straight through, with one number printed twice: the numbers are kept (the catalog tells the
    // repeat apart and lists it for review).
    const straight = readPlan(plan([["AXE 1 : ACCUEILLIR", [[1, "Accueillir"], [2, "Orienter"], [3, "Suivre"]]], ["AXE 2 : EMPLOYER", [[3, "Recruter"], [5, "Former"], [6, "Maintenir en emploi"]]]]), { file: "straight" });
    if (!straight.ok) throw new Error(straight.error);
    expect(straight.fiches.map((f) => f.number)).toEqual(["1", "2", "3", "3", "5", "6"]);
  });

  it("joins an action table's wrapped cells to their own column, and stops at the prose after it", () => {
    const text = [
      "PLAN D'ACTIONS",
      "",
      "N°\tAction\tPilote\tPartenaires",
      "1\tCréer une plateforme de\tDépartement\tRégion,",
      "\tmobilité solidaire\t\tEPCI",
      "2\tDévelopper les clauses sociales\tMaison de l'emploi\tCommunes,",
      "\t\t\tfoyers de jeunes travailleurs",
      "source : enquête 2023",
    ].join("\n");
    const r = readPlan(text, { file: "wrapped" });
    if (!r.ok) throw new Error(r.error);
    expect(r.fiches.map((f) => [f.number, f.title, f.partenaires])).toEqual([
      ["1", "Créer une plateforme de mobilité solidaire", ["Région", "EPCI"]],
      ["2", "Développer les clauses sociales", ["Communes", "foyers de jeunes travailleurs"]],
    ]);
  });

  it("takes a form-like fiche's title from its « Intitulé » row when the heading gives none", () => {
    const text = ["FICHE ACTION N°4", "Intitulé\tAccompagner les aidants familiaux", "Pilote\tDépartement", "Partenaires\tCAF, MSA", "Public\tAidants au RSA"].join("\n");
    const r = readPlan(text, { file: "form" });
    if (!r.ok) throw new Error(r.error);
    expect(r.fiches.map((f) => [f.number, f.title, f.pilotes])).toEqual([["4", "Accompagner les aidants familiaux", ["Département"]]]);
  });

  it("joins a value wrapped onto the next line, not the next item of a list", () => {
    const text = [
      "Fiche action 1 : Accueillir les publics",
      "Public :",
      "bénéficiaires du RSA soumis aux droits et devoirs du Département",
      "jeunes de moins de 25 ans sans ressources",
      "Partenaires :",
      "- Caisse d'allocations familiales des Côtes-d'Armor et",
      "mutualité sociale agricole",
      "Pilote : Département",
    ].join("\n");
    const r = readPlan(text, { file: "wrap" });
    if (!r.ok) throw new Error(r.error);
    expect(r.fiches[0]!.publics).toEqual(["bénéficiaires du RSA soumis aux droits et devoirs du Département", "jeunes de moins de 25 ans sans ressources"]);
    // A bulleted value cut after « et » goes on with the next line.
    expect(r.fiches[0]!.partenaires).toEqual(["Caisse d'allocations familiales des Côtes-d'Armor et mutualité sociale agricole"]);
  });

  it("numbers bodies headed by a section number and no marker word (« 1.2 Soutenir les chantiers d'insertion »)", () => {
    const fiches = read("synthetic-section-number-plan.txt");
    expect(fiches.map((f) => [f.number, f.title, f.pilotes])).toEqual([
      ["1.1", "Développer le parrainage vers l'emploi", ["Département"]],
      ["1.2", "Soutenir les chantiers d'insertion", ["Département"]],
      ["2.1", "Faciliter l'accès aux soins", ["CPAM"]],
    ]);
    expect(fiches[1]!.budget).toBe("400 000 € par an");
    // With no « Axe » named so, the numbered parts in capitals are the axes.
    expect(fiches.map((f) => f.axe)).toEqual(["Axe 1 : FAVORISER L'ACCÈS À L'EMPLOI", "Axe 1 : FAVORISER L'ACCÈS À L'EMPLOI", "Axe 2 : LEVER LES FREINS"]);
  });

  it("reads a two-column `pdftotext -layout` plan: wrapped labels, page headers inside fiches, « (suite) » headings", () => {
    // Cut from a plan written for the tests in the layout of a Word table flattened by pdftotext: labels on the
    // left wrap onto two lines (« Porteur(s) de » / « l'action »), pages end with a footer and start (after a form
    // feed) with a running header, a fiche's heading is printed again as « ACTION 5.1 (suite) », a title goes on
    // at the title column (« Mobi'Sèvres »), a label sits level with the middle of its value, and the sommaire
    // announces fiches with dot leaders and « fiche à venir ».
    const fiches = read("synthetic-two-column-plan.txt");
    const written = fiches.filter((f) => !f.empty);
    expect(written.map((f) => [f.number, f.title])).toEqual([
      ["3.1", "Structurer une plateforme départementale de mobilité solidaire « Mobi'Sèvres »"],
      ["4.1", "Favoriser l'accès aux soins et le soutien psychologique des personnes accompagnées"],
      ["5.1", "Conforter l'offre d'insertion par l'activité économique et développer les clauses sociales"],
    ]);
    expect(written[0]!.pilotes).toEqual(["Département des Deux-Sèvres", "Direction de l'insertion et de l'emploi", "DDETSPP des Deux-Sèvres"]);
    // The partner list runs over a page break: no page header among the partenaires.
    expect(written[0]!.partenaires).toContain("Garage solidaire du Bocage (Bressuire)");
    expect(written.flatMap((f) => [...f.pilotes, ...f.partenaires]).filter((v) => /PDI des Deux-Sèvres|^Axe I/.test(v))).toEqual([]);
    // A name cut at its hyphen, an acronym wrapped onto the next line: one entry each.
    expect(written[2]!.partenaires).toContain("Conseil départemental de l'insertion par l'activité économique (CDIAE)");
    expect(written[2]!.partenaires).toContain("PLIE du Niortais");
    // « Acteurs associés » printed level with the middle of its list: the lines above it in its block are its own.
    expect(written[1]!.partenaires.slice(0, 2)).toEqual(["ARS Nouvelle-Aquitaine – délégation départementale des Deux-Sèvres", "Centre hospitalier de Niort (EMPP)"]);
    expect(written[1]!.pilotes).not.toContain("Centre hospitalier de Niort (EMPP)");
    expect(fiches.find((f) => f.number === "4.3")).toMatchObject({ empty: true, title: "Sécuriser l'accès et le maintien dans le logement des allocataires" });
    expect(fiches.filter((f) => f.number.includes("5.1"))).toHaveLength(1);
  });

  it("reads fiches laid out as markdown pipe tables and HTML tables (a PDF-to-markdown converter's output)", () => {
    // Cut from a plan written for the tests: « | Champ | Contenu | » rows, a title in the header row
    // (« | FICHE ACTION N°3 | … | ») or in an « Intitulé » row, labels as a 4-column header row with their values
    // below, a label and one value per column (« | Pilote(s) | DDETS | Département – DIE | »), one-column label and
    // value rows, an HTML table with a « Pilotage » rowspan, <br> lists, image placeholders, and a table of figures
    // by territory whose counts are no fiche numbers.
    const fiches = read("synthetic-markdown-tables-plan.txt");
    expect(fiches.map((f) => f.number)).toEqual(["2", "3", "4", "5", "8", "12"]);
    expect(fiches.every((f) => !f.empty)).toBe(true);
    expect(fiches[0]!.title).toBe("Épiceries sociales et solidaires : un tremplin vers l'autonomie budgétaire");
    expect(fiches[1]!.title).toBe("Aller vers les droits : permanences insertion dans les France Services et lutte contre le non-recours");
    expect(fiches[2]!.pilotes).toContain("Mission Inclusion numérique");
    expect(fiches[3]).toMatchObject({ title: "Logement d'abord : accès direct au logement et accompagnement pluridisciplinaire des personnes sans domicile" });
    expect(fiches[3]!.pilotes).toContain("DDETS de la Haute-Vienne");
    expect(fiches[3]!.partenaires).toEqual(expect.arrayContaining(["SIAO 87", "PLIE de Limoges Métropole"]));
    expect(fiches[4]).toMatchObject({ title: "Sécuriser les parcours vers l'emploi des bénéficiaires du rSa reconnus travailleurs handicapés", pilotes: ["MDPH de la Haute-Vienne", "Cap emploi 87"] });
    expect(fiches[5]!.pilotes).toEqual(["Délégation départementale aux droits des femmes et à l'égalité (DDFE 87)", "Département de la Haute-Vienne"]);
    expect(fiches[5]!.partenaires).toContain("CIDFF de la Haute-Vienne");
    // « • A<br>• B » in a cell: one partenaire per item.
    expect(fiches[0]!.partenaires[0]).toBe("Épicerie sociale « La Courte Échelle » (Limoges, Val de l'Aurence)");
  });

  it("reads a Word export that puts each table cell on its own line", () => {
    // Cut from a plan written for the tests: no tabs, a label then its value on the next line (two labels, then
    // their two values, for « Pilote » and « Partenaires » side by side); an axe banner
    // repeated by a merged row above « Intitulé de l'action »; a fiche whose number is only the cell under « N° de
    // fiche »; « Lien avec d'autres fiches » listing « Fiche-action n° 3 ; fiche-action n° 11 »; a table of
    // contents with page numbers and « (fiche en cours de rédaction) ».
    const fiches = read("synthetic-cell-per-line-plan.txt");
    const written = fiches.filter((f) => !f.empty);
    expect(written.map((f) => [f.number, f.title])).toEqual([
      ["6", "Réserver des places d'accueil du jeune enfant pour les parents isolés en parcours d'insertion"],
      ["10", "Développer l'insertion par l'activité économique et la clause sociale dans la commande publique"],
      ["11", "Valoriser l'expérience des allocataires de 55 ans et plus et préparer, le cas échéant, la transition vers la retraite"],
    ]);
    expect(written[0]!.pilotes).toContain("CAF de Loir-et-Cher");
    expect(written[2]!.pilotes).toEqual(["Conseil départemental de Loir-et-Cher (DEI)", "CARSAT Centre-Val de Loire"]);
    // « Pilote » and « Partenaires » one under the other, then their two values: each value to its label.
    expect(written[1]!.pilotes).toEqual(["Conseil départemental de Loir-et-Cher", "Direction de l'emploi et de l'insertion", "Direction de la commande publique"]);
    expect(written[1]!.partenaires.slice(0, 3)).toEqual(["DDETS de Loir-et-Cher", "France Travail", "PLIE du Blaisois"]);
    // The references are no fiches; the sommaire's titles lose their page numbers and status.
    expect(fiches.map((f) => f.number).filter((n) => !/^\d+$/.test(n))).toEqual([]);
    expect(fiches.find((f) => f.number === "9")).toMatchObject({ empty: true, title: "Accès et maintien dans le logement des allocataires du RSA" });
    expect(fiches.find((f) => f.number === "5")!.title).toBe("Mobilité : garage solidaire et microcrédit");
  });

  it("reads an OCR'd plan of prose fiches: inline labels, damaged labels, a heading in capitals over two lines", () => {
    // Cut from a plan written for the tests as tesseract would read a scan: « ACTION 1 - ORIENTER SANS DELAI ET
    // POSER UN DIAGNOSTIC » / « PARTAGE DES L'ENTREE DANS LE RSA », labels closed by a full stop (« Contexte. Dans
    // un département… »), « PlLOTE » alone on its line, « Partenalres associés : » opening a list written as a
    // sentence and wrapped, running headers and footers between pages.
    const fiches = read("synthetic-ocr-prose-plan.txt");
    expect(fiches.map((f) => [f.number, f.title])).toEqual([
      ["1", "Orienter sans delai et poser un diagnostic partage des l'entree dans le RSA"],
      ["4", "Bouger pour travailler — une plateforme départementale de mobilité"],
      ["5", "Faciliter la garde des jeunes enfants pour les parents en parcours d'insertion"],
    ]);
    expect(fiches[1]!.pilotes).toEqual(["Conseil départemental de la Sarthe", "Direction de l'insertion et de l'emploi"]);
    expect(fiches[2]!.pilotes[0]).toBe("CAF de la Sarthe");
    expect(fiches[2]!.partenaires).toEqual(expect.arrayContaining(["Pôle emploi", "Communauté de communes du Pays Fléchois", "MSA Mayenne-Orne-Sarthe"]));
  });

  it("reads « ## 2.1 Title » headings over rows of <b>label</b> and value cells, items split at <br>", () => {
    // Cut from a plan written for the tests in the converter style of the shipped plans (tab cells, HTML left in):
    // a markdown heading numbered like a fiche with no marker word, « <b>Pilotes</b>\tA<br>B », a label alone on
    // its row with its value on the next, checkboxes for the territories.
    const fiches = read("synthetic-bold-cells-plan.txt");
    expect(fiches.map((f) => [f.number, f.title])).toEqual([
      ["2.1", "Lever les freins à la mobilité dans les territoires ruraux et périurbains"],
      ["2.2", "Faciliter la garde des jeunes enfants des parents en démarche d'insertion"],
    ]);
    expect(fiches[0]!.pilotes).toContain("Région Nouvelle-Aquitaine (autorité organisatrice de la mobilité)");
    expect(fiches[0]!.partenaires).toEqual(["association Mob'In Gironde", "Garage solidaire de l'Entre-deux-Mers", "Communauté de communes du Sud Gironde", "Pôle emploi", "missions locales du Médoc, de la Haute Gironde et du Sud Gironde"]);
  });

  it("reads pandoc grid tables (a Word plan converted to markdown): cells wrapped over lines, items in cells", () => {
    // Cut from a plan written for the tests (test/eval/unseen-plan-6): each cell wraps at its column border, a
    // label over two lines (« **Public(s) / cible(s)** »), a header row giving the axe instead of the title (the
    // title is in an « Intitulé » row), heading attributes « {#axe-1} » and a footnote call « [^2] ».
    const fiches = read("synthetic-grid-table-plan.md");
    expect(fiches.map((f) => [f.number, f.title, f.axe])).toEqual([
      ["1.1", "Orienter chaque nouvel allocataire du RSA dans les quatre semaines grâce à un diagnostic partagé", "Axe 1 : Accueillir, orienter et accompagner sans rupture de parcours"],
      ["2.2", "Faciliter l'accès à un mode de garde pour les parents en parcours d'insertion", "Axe 2 : Lever les freins périphériques"],
    ]);
    expect(fiches[0]!.pilotes).toEqual(["Département de la Vienne", "Direction de l'insertion et de l'emploi (DIE)", "France Travail", "Direction territoriale de la Vienne"]);
    expect(fiches[0]!.partenaires).toEqual(["CAF de la Vienne", "MSA Poitou", "Cap emploi 86", "missions locales de la Vienne"]);
    expect(fiches[0]!.publics[1]).toBe("y compris les conjoints soumis aux droits et devoirs");
    expect(fiches[1]!.partenaires).toContain("Communauté d'agglomération de Grand Châtellerault");
    expect(fiches[1]!.partenaires).toContain("crèche à vocation d'insertion professionnelle Les Petits Pas");
    expect(fiches.every((f) => !/[+=|]{3}|\{#|\[\^/.test(f.text))).toBe(true);
  });
});
