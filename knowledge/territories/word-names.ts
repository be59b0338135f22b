import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { z } from "zod";
import { projectRoot } from "../project-root.js";

/** Where the list of communes named like French words lives (written by build-word-names.ts). */
export const WORD_NAMES_URL = pathToFileURL(join(projectRoot(), "knowledge", "territories", "data", "word-names.json"));

let names: ReadonlySet<string> | undefined;

/**
 * True when a folded word is ordinary French and also a commune's name or its first word ("sache" for Saché,
 * "coin" for Coin-lès-Cuvry, "rennes"): read as a place only with more evidence. Loaded on first use.
 */
export function isWordName(word: string): boolean {
  if (names === undefined) {
    const parsed = z.array(z.string()).safeParse(JSON.parse(readFileSync(WORD_NAMES_URL, "utf8")));
    if (!parsed.success) throw new Error(`territories: ${WORD_NAMES_URL.pathname} is not a list of words; run npx tsx knowledge/territories/build-word-names.ts`);
    names = new Set(parsed.data);
  }
  return names.has(word);
}
