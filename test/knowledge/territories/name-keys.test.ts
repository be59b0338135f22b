import { describe, expect, it } from "vitest";
import { epciKeyForms, epciPrefixAt } from "../../../knowledge/territories/epci-names.js";
import { Gazetteer } from "../../../knowledge/territories/gazetteer.js";
import { keyVariants, nameVariants } from "../../../knowledge/territories/name-variants.js";
import { keyOf, keysOfPacked, tokenize } from "../../../knowledge/territories/tokenize.js";

describe("tokenize / keyOf", () => {
  it("folds words and splits on hyphens and apostrophes", () => {
    expect(keyOf("Saint-Aubin-d’Aubigné")).toBe("saint aubin d aubigne");
    expect(keyOf("CŒUR  de Bœuf")).toBe("coeur de boeuf");
    expect(keysOfPacked("Saint-Aubin-d'Aubigné|Côtes-d'Armor")).toEqual(["saint aubin d aubigne", "cotes d armor"]);
  });

  it("joins words separated by spaces, hyphens or apostrophes, or by a hyphen ending a line, not by punctuation", () => {
    const joined = (text: string): boolean[] => tokenize(text).map((token) => token.joined);
    expect(joined("Cesson-Sévigné d'Armor")).toEqual([false, true, true, true]);
    expect(joined("Redon, Rennes")).toEqual([false, false]);
    expect(joined("Cesson-\nSévigné")).toEqual([false, true]);
    expect(joined("Redon\nRennes")).toEqual([false, false]);
  });

  it("keeps offsets into the original text", () => {
    const text = "à Montélimar (26)";
    expect(tokenize(text).map((token) => text.slice(token.start, token.end))).toEqual(["à", "Montélimar", "26"]);
  });
});

describe("nameVariants", () => {
  it("indexes a name under its usual spellings, the article-less form as derived", () => {
    expect(nameVariants("Saint-Aubin-d'Aubigné").map((v) => v.key)).toEqual([
      "saint aubin d aubigne",
      "st aubin d aubigne",
      "saint aubin daubigne",
      "st aubin daubigne",
    ]);
    expect(nameVariants("Les Sables-d'Olonne")).toContainEqual({ key: "sables d olonne", derived: true });
    expect(nameVariants("L'Isle-Adam").map((v) => v.key)).toEqual(["l isle adam", "lisle adam", "isle adam"]);
    expect(keyVariants("rennes")).toEqual([{ key: "rennes", derived: false }]);
  });
});

describe("EPCI names", () => {
  it("splits an EPCI key into its full form, its form without prefix, and its core", () => {
    expect(epciKeyForms("cc broceliande communaute")).toEqual({
      full: "cc broceliande communaute",
      withoutPrefix: "broceliande communaute",
      core: "broceliande",
    });
    expect(epciKeyForms("ca du pays basque").core).toBe("pays basque");
    expect(epciKeyForms("rennes metropole").core).toBe("rennes");
  });

  it("finds a prefix in a text, 'CA' only in capitals", () => {
    expect(epciPrefixAt(tokenize("la communauté de communes du Val"), 1)).toBe(4);
    expect(epciPrefixAt(tokenize("CA Vitré"), 0)).toBe(1);
    expect(epciPrefixAt(tokenize("ça marche"), 0)).toBe(0);
    expect(epciPrefixAt(tokenize("CC"), 0)).toBe(0);
  });
});

describe("Gazetteer", () => {
  it("finds every name starting at a word, longest first, exact forms kept over derived ones", () => {
    const gazetteer = new Gazetteer();
    gazetteer.add("saint malo", 1, false);
    gazetteer.add("saint", 2, false);
    gazetteer.add("saint malo", 1, true);
    const tokens = tokenize("à Saint-Malo demain");
    expect(gazetteer.hitsAt(tokens, 1)).toEqual([
      { length: 2, entries: [{ id: 1, derived: false }] },
      { length: 1, entries: [{ id: 2, derived: false }] },
    ]);
    expect(gazetteer.hitsAt(tokens, 0)).toEqual([]);
    expect(gazetteer.size).toBe(2);
  });
});
