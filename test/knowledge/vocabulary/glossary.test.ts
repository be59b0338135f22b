import { describe, it, expect } from "vitest";
import {
  findGlossaryEntries,
  glossaryForms,
  loadGlossary,
  lookupGlossary,
  parseGlossary,
} from "../../../knowledge/vocabulary/glossary.js";

describe("loadGlossary", () => {
  it("loads about 200 valid entries with distinct terms", () => {
    const entries = loadGlossary();
    expect(entries.length).toBeGreaterThanOrEqual(200);
    expect(new Set(entries.map((e) => e.term.toLowerCase())).size).toBe(entries.length);
    for (const entry of entries) {
      if (entry.kind === "acronym") expect(entry.expansions.length).toBeGreaterThan(0);
      else expect(entry.variants.length).toBeGreaterThan(0);
    }
    expect(loadGlossary()).toBe(entries);
  });

  it.each([
    "RSA", "BRSA", "CER", "PPAE", "IAE", "SIAE", "ACI", "EI", "ETTI", "AI", "GEIQ", "PLIE", "FAJ", "FSE", "FSL", "ASE",
    "CAF", "MSA", "CPAM", "ARS", "France Travail", "Pôle emploi", "mission locale", "Cap emploi", "PMSMP", "CCAS",
    "CIAS", "MDD", "MSD", "SDSEI", "CDAS", "DDETS", "Direccte", "DREETS", "EPCI", "PDI", "PTI", "PDIE", "CALPAE",
    "PDALHPD", "VAE", "CEJ", "garantie jeunes", "QPV", "RQTH", "MDPH", "CHRS", "SIAO", "ADIL", "ADIE", "CMA", "CCI",
    "ESS", "PEC", "CUI", "CDDI", "AAVA", "PASS", "CQP", "BAFA", "TI", "TNS",
    // from the structure reports' acronym sections
    "PTLI", "CNAF", "CDAP", "MSAP", "ALIE", "CTA", "CDIAE", "GPECT", "PIC", "PRF", "FPC", "FLE", "NEET", "EHPAD",
    "CESF", "MSP", "PRAPS", "PLANIR", "OFII", "CIR", "AFPA", "ASLL", "FAPI", "DDCS", "DEFM", "MRS", "BMO", "COPIL",
    "EVS", "AVIP", "EAJE", "PSU", "DCPC", "SPIE", "CIPI", "CAE", "COORACE", "FASTT", "CISP", "ASIP", "Pimms", "CLIC",
    "PAE", "SDAASP", "PPEF", "MEP", "PMI", "TISF", "PJJ", "MAM", "SEA35", "CAO", "CHU", "RHJ", "MASP", "CCAPEX",
    "AIS", "EMPP", "PSSM", "AGEFIPH", "FIPHFP", "SAVS", "CIDF", "SPIP", "PIJ", "BAFD", "ACM", "UFOLEP", "GPAS",
    "CQP ALS", "PSC1", "DRAJES", "DSDEN", "DIHAL", "CNFPT", "ETP",
  ])("knows %s", (form) => {
    expect(lookupGlossary(form).length).toBeGreaterThan(0);
  });

  it("spells acronyms out correctly", () => {
    expect(lookupGlossary("CER")[0]?.expansions).toContain("contrat d'engagement réciproque");
    expect(lookupGlossary("PLIE")[0]?.expansions).toEqual(["plan local pour l'insertion et l'emploi"]);
    expect(lookupGlossary("CALPAE")[0]?.expansions).toEqual([
      "convention d'appui à la lutte contre la pauvreté et d'accès à l'emploi",
    ]);
    expect(lookupGlossary("SDSel")[0]?.term).toBe("SDSEI");
  });
});

describe("lookupGlossary", () => {
  it("folds case and accents, except for short capitalised forms", () => {
    expect(lookupGlossary("ccas")[0]?.term).toBe("CCAS");
    expect(lookupGlossary("maman solo")[0]?.term).toBe("familles monoparentales");
    expect(lookupGlossary("pole emploi")[0]?.term).toBe("France Travail");
    expect(lookupGlossary("AI")[0]?.expansions).toEqual(["association intermédiaire"]);
    expect(lookupGlossary("ai")).toEqual([]);
    expect(lookupGlossary("pe")).toEqual([]);
    expect(lookupGlossary("inconnu au bataillon")).toEqual([]);
  });
});

describe("findGlossaryEntries", () => {
  it("finds the acronyms of an Ille-et-Vilaine indicator line", () => {
    // Ille-et-Vilaine CALPAE report, Annexe 9.
    const text =
      "Nombre de bénéficiaires du RSA orientés vers la garantie d'activité départementale (HORS accompagnement global)";
    const terms = findGlossaryEntries(text).map((e) => e.term);
    expect(terms).toEqual(expect.arrayContaining(["RSA", "GA", "AG"]));
  });

  it("reads the OCR spellings of the Drôme plan", () => {
    // Drôme PDIE, action 6 (OCR): "Pôle emploi" read as "Pble emploi".
    const text = "PARTENAIRES\nPble emploi, MSA, CAF, etc.";
    expect(findGlossaryEntries(text).map((e) => e.term)).toEqual(["CAF", "MSA", "France Travail"]);
  });

  it("does not take everyday words for acronyms", () => {
    expect(findGlossaryEntries("j'ai pe-être vu une page")).toEqual([]);
  });
});

describe("parseGlossary", () => {
  it("reports invalid entries readably instead of throwing", () => {
    const result = parseGlossary([{ term: "XYZ", kind: "acronym", variants: ["xyz"] }]);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error).toMatch(/XYZ: an acronym needs at least one expansion/);
  });

  it("accepts a minimal synonym and lists its forms", () => {
    const result = parseGlossary([{ term: "boulot", kind: "synonym", variants: ["taf"] }]);
    expect(result.success).toBe(true);
    if (result.success) expect(glossaryForms(result.entries[0]!)).toEqual(["boulot", "taf"]);
  });
});
