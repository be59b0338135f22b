import { describe, it, expect } from "vitest";
import {
  THEMATIQUE_SLUGS,
  THEMATIQUES,
  tagThematiques,
  thematiqueHits,
} from "../../../knowledge/vocabulary/thematiques.js";

// Côtes-d'Armor PDI, action 16.
const MOBILITY_FICHE = [
  "Soutenir les initiatives visant à lever les problèmes de mobilité (plateformes de mobilités et co-voiturage solidaire) en lien avec le schéma départemental des mobilités",
  "Objectif de l'action",
  "- Accompagner les porteurs de projets locaux dans la mise en œuvre de plateformes de mobilité pour mailler l'ensemble du territoire départemental.",
  "Contenu de l'action et réalisation",
  "- > Accompagner des projets de plateformes de mobilité en cours de développement ainsi que celles déjà en place",
  "- > Accompagner par le biais de « diagnostics mobilité » des personnes en insertion afin qu'elles deviennent plus autonomes dans leurs démarches d'insertion",
].join("\n");

// Côtes-d'Armor PDI, action 18.
const HEALTH_FICHE = [
  "Consacrer le rôle des infirmiers de territoire, acteurs clef dans la médiation en santé pour les allocataires du rSa accompagnés par les pôles sociaux du Département",
  "Objectif de l'action",
  "- Faciliter l'accès aux soins des allocataires du rSa accompagnés par les Maisons du Département dans le cadre de leur parcours d'insertion sociale et professionnelle",
].join("\n");

describe("THEMATIQUES", () => {
  it("lists the 16 data·inclusion thématiques with a label and triggers", () => {
    expect(THEMATIQUES.map((t) => t.slug)).toEqual([...THEMATIQUE_SLUGS]);
    expect(THEMATIQUES).toHaveLength(16);
    for (const t of THEMATIQUES) {
      expect(t.label.length).toBeGreaterThan(3);
      expect(t.triggers.length).toBeGreaterThan(t.strong.length);
      expect(t.triggers.slice(0, t.strong.length)).toEqual(t.strong);
    }
    expect(THEMATIQUES.find((t) => t.slug === "mobilite")?.triggers).toEqual(
      expect.arrayContaining(["permis de conduire", "garage* solidaire*", "covoiturage", "véhicule*", "transport*"]),
    );
  });
});

describe("tagThematiques", () => {
  it("tags a mobility fiche mobilite, and not sante", () => {
    const tags = tagThematiques(MOBILITY_FICHE);
    expect(tags).toContain("mobilite");
    expect(tags).not.toContain("sante");
  });

  it("tags a health fiche sante, and not mobilite", () => {
    const tags = tagThematiques(HEALTH_FICHE);
    expect(tags).toContain("sante");
    expect(tags).not.toContain("mobilite");
  });

  it("tags a short question on a single everyday word", () => {
    expect(tagThematiques("aide au permis pour une maman solo")).toEqual(["famille", "mobilite"]);
    expect(tagThematiques("ma cliente veut créer sa boîte")).toEqual(["creer-une-entreprise"]);
    expect(tagThematiques("un ordi pour faire ses démarches en ligne")).toEqual(["numerique"]);
    expect(tagThematiques("bonjour")).toEqual([]);
  });

  it("needs two distinct weak triggers, or a strong one, in a long text", () => {
    // Ille-et-Vilaine CALPAE report, action 3.2, padded to a fiche-sized text.
    const long =
      "Les mesures proposées sont surtout en faveur de l'emploi, de la définition d'un projet professionnel et accès à la formation. Viennent ensuite les mesures pour la mobilité, la parentalité et garde d'enfants, l'accès aux droits et aux soins et également le logement. " +
      "x ".repeat(200);
    const hits = thematiqueHits(long);
    expect(hits.find((h) => h.slug === "mobilite")).toMatchObject({ hits: 1, strong: false });
    expect(tagThematiques(long)).not.toContain("mobilite");
    expect(tagThematiques(long)).toContain("famille");
    expect(tagThematiques(long, { minHits: 1 })).toContain("mobilite");
    expect(tagThematiques(long, { shortTextMaxChars: 10_000 })).toContain("mobilite");
  });

  it("does not take Pôle emploi nor the training of social workers for themes", () => {
    const text = "Pôle emploi et la formation des travailleurs sociaux";
    expect(tagThematiques(text)).toEqual([]);
  });

  it("rejects a meaningless minHits", () => {
    expect(() => tagThematiques("mobilité", { minHits: 0 })).toThrow(/^thematiques: minHits/);
  });
});
