import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildWordNames } from "../../../knowledge/territories/build-word-names.js";
import { isWordName, WORD_NAMES_URL } from "../../../knowledge/territories/word-names.js";

describe("communes named like French words", () => {
  it("match the installed word list and communes (else: npx tsx knowledge/territories/build-word-names.ts)", () => {
    expect(JSON.parse(readFileSync(WORD_NAMES_URL, "utf8"))).toEqual(buildWordNames());
  }, 30_000);

  it("hold the ordinary words that name communes, not the names that are only names", () => {
    expect(["sache", "coin", "aire", "rennes"].map(isWordName)).toEqual([true, true, true, true]);
    expect(["lannion", "cesson", "redon"].map(isWordName)).toEqual([false, false, false]);
  });
});
