import { describe, expect, it } from "vitest";
import { understand } from "../../../dialogs/understand/understand.js";
import { departementByCode } from "../../../knowledge/territories/departements.js";

const home22 = { home: departementByCode("22") };

describe("understand", () => {
  it("takes the territory from a commune named in the question, over the home département", () => {
    const u = understand("une brsa d'Orthez, son référent hésite entre suivi social et suivi pro", home22);
    expect(u.territory?.code).toBe("64");
    expect(u.territorySource).toBe("question");
    expect(u.place).toBe("Orthez");
    // The place is where to look, not what to look for.
    expect(u.query.terms).not.toContain("orthez");
  });
  it("takes a département by number or by name", () => {
    expect(understand("c'est qui le pilote pour les transports dans le 22 ?").territory?.code).toBe("22");
    expect(understand("qui anime les CTA avec les siae dans les pyrenees atlantique ?").territory?.code).toBe("64");
  });
  it("reads a commune whose name holds a département's as the commune (Romans-sur-Isère is in the Drôme)", () => {
    const u = understand("un patron de romans-sur-isere cherche des allocataires a embaucher");
    expect(u.territory?.code).toBe("26");
    expect(u.place).toBe("Romans-sur-Isère");
    expect(understand("y a quoi en isère pour les jeunes").territory?.code).toBe("38");
  });
  it("falls back to the asker's home, or to none", () => {
    expect(understand("qui pilote la mobilité ?", home22).territorySource).toBe("home");
    expect(understand("qui pilote la mobilité ?").territory).toBeNull();
  });
  it("turns everyday words into the plans' concepts", () => {
    const u = understand("y a quoi pour une maman solo sans voiture ?");
    const keys = u.query.concepts.map((c) => c.key);
    expect(keys).toContain("g:familles-monoparentales");
    expect(keys).toContain("g:mobilite");
  });
  it("leaves intent words and stopwords out of the search terms", () => {
    expect(understand("qui pilote l'action pour les gens du voyage ?").query.terms).toEqual(["voyag"]);
  });
  it("recognises questions the plans cannot answer", () => {
    expect(understand("il va faire beau à Bayonne ce week-end ?").intent).toBe("hors-sujet");
    expect(understand("can you help me write an email to my manager?").intent).toBe("hors-sujet");
    // The département's other benefits (old age, disability): not insertion, unless the question makes it so.
    expect(understand("comment on fait une demande d'apa pour ma grand mere a issoire").intent).toBe("hors-sujet");
    expect(understand("une brsa aidante de sa mere qui touche l'apa, y a un accompagnement ?").intent).not.toBe("hors-sujet");
    expect(understand("aide pour payer la carte grise d'une bénéficiaire qui a trouvé un CDD dans le 22").intent).not.toBe("hors-sujet");
  });
  it("cleans HTML, markdown, mentions and emoji, and cuts very long messages", () => {
    expect(understand("<at>Référent</at> **fiche 12** 🙂").ficheNumber).toBe("12");
    expect(understand("a".repeat(10_000)).text.length).toBeLessThanOrEqual(500);
  });
});
