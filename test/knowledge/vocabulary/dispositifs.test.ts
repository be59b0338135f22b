import { describe, it, expect } from "vitest";
import {
  DispositifSeedSchema,
  loadDispositifSeeds,
  parseDispositifSeeds,
} from "../../../knowledge/vocabulary/dispositifs.js";
import { DispositifSchema } from "../../../knowledge/model/dispositif.js";

describe("loadDispositifSeeds", () => {
  it("loads the seeds once, with unique ids and a description each", () => {
    const seeds = loadDispositifSeeds();
    expect(seeds.length).toBeGreaterThanOrEqual(40);
    expect(new Set(seeds.map((s) => s.id)).size).toBe(seeds.length);
    for (const seed of seeds) expect(seed.description.length).toBeGreaterThan(40);
    expect(loadDispositifSeeds()).toBe(seeds);
  });

  it("covers the dispositifs the brief lists", () => {
    const ids = new Set(loadDispositifSeeds().map((s) => s.id));
    for (const id of [
      "garantie-activite", "accompagnement-global", "clause-sociale", "plateforme-mobilite", "premieres-heures",
      "equilibre-emploi", "plie", "iae", "aci", "geiq", "cer", "ppae", "referent-unique", "orientation",
      "carnet-de-bord", "neoinsertion", "faj", "fsl", "pmsmp", "pec", "vae", "creche-avip", "infirmier-territoire",
      "parrainage", "comite-usagers", "pair-aidance", "asip", "prime-numerique-ti", "cqp-als", "bafa-solidarites",
      "parler-bambin", "pdalhpd", "accompagnement-sante", "aide-alimentaire", "alie", "cta", "gpec-territoriale",
      "creation-entreprise", "sport-culture",
    ]) {
      expect(ids, id).toContain(id);
    }
  });

  it("becomes a valid catalog dispositif once departements and fiches are added", () => {
    const seed = loadDispositifSeeds()[0]!;
    expect(DispositifSchema.safeParse({ ...seed, departements: ["35"], fiches: [] }).success).toBe(true);
  });
});

describe("parseDispositifSeeds", () => {
  const seed = { id: "x", name: "Garantie d'activité", aliases: ["GA"], description: "Une offre d'accompagnement." };

  it("accepts a well-formed seed", () => {
    expect(parseDispositifSeeds([seed]).success).toBe(true);
  });

  it("rejects short aliases not written in capitals, since they only match as capitalised tokens", () => {
    expect(DispositifSeedSchema.safeParse({ ...seed, aliases: ["Ga"] }).success).toBe(false);
  });

  it("rejects duplicate ids and shared aliases with a readable message", () => {
    const result = parseDispositifSeeds([seed, { ...seed, id: "y" }, { ...seed }]);
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error).toMatch(/duplicate dispositif id "x"/);
      expect(result.error).toMatch(/alias "GA" belongs to both x and y/);
    }
  });
});
