import { createRequire } from "node:module";
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { readPackageCommunes } from "./package-data.js";
import { WORD_NAMES_URL } from "./word-names.js";
import { keyOf } from "./tokenize.js";

/**
 * Builds the list of words that are both ordinary French (any inflected form: "sache", "coin", "bain") and the
 * name, or the first word of the name, of a commune: the place guard asks more evidence before reading them as a
 * place. From `an-array-of-french-words` (a development dependency: only this script reads it).
 * Run after upgrading either package: `npx tsx knowledge/territories/build-word-names.ts`.
 */
export function buildWordNames(): string[] {
  const words = z.array(z.string()).parse(createRequire(import.meta.url)("an-array-of-french-words"));
  const dictionary = new Set(words.map((w) => keyOf(w)).filter((w) => !w.includes(" ")));
  const names = new Set<string>();
  for (const commune of readPackageCommunes()) {
    const key = keyOf(commune.nom);
    const first = key.split(" ", 1)[0]!;
    if (dictionary.has(first)) names.add(first);
    if (dictionary.has(key)) names.add(key);
  }
  return [...names].sort();
}

function main(): void {
  const names = buildWordNames();
  const path = fileURLToPath(WORD_NAMES_URL);
  writeFileSync(path, `${JSON.stringify(names)}\n`);
  console.log(`territories: wrote ${names.length} words to ${path}`);
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
