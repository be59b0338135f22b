/**
 * Fuzzes the answer pipeline with 10,000 generated questions (random words, fragments of fiches, hostile
 * strings, very long messages): no exception is allowed; prints the latency figures and how many took > 50 ms.
 */
import type { FicheIndex } from "../../knowledge/search/fiche-index.js";
import { ask } from "../../dialogs/answer/ask.js";
import { seededRandom } from "../support/random.js";

const HOSTILE = ["<script>alert(1)</script>", "'; DROP TABLE fiches;--", "\u0000\u0007", "🙂🎉", "a".repeat(10_000), "**__~~", "[lien](javascript:alert(1))", "%s%n%x", "../../../etc/passwd", "null", "undefined", "NaN", "\\", "$(rm -rf /)"];
const WORDS = ["qui", "pilote", "partenaires", "fiche", "mobilité", "jeunes", "rsa", "brsa", "logement", "santé", "dans", "le", "22", "35", "64", "26", "quand", "budget", "combien", "CAF", "SIAE", "Lannion", "Rennes", "Pau", "orientation", "emploi", "?", "!", "…", "n°", "5.4", "12"];

/** Runs the fuzz and prints its lines. Throws on the first exception, with the question that raised it. */
export function fuzzQuestions(index: FicheIndex, count = 10_000): void {
  const r = seededRandom(42);
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const texts = index.catalog.fiches.map((f) => f.text);
  const times: number[] = [];
  // Warm-up: the first questions build the lazy indexes (places, document frequencies), as the bot does at start.
  for (const w of ["qui pilote la mobilité à Lannion ?", "fiche 12", "jeunes dans le 35"]) ask(w, {}, index);
  for (let k = 0; k < count; k++) {
    const kind = r();
    let q: string;
    if (kind < 0.35) q = Array.from({ length: 1 + Math.floor(r() * 12) }, () => pick(WORDS)).join(" ");
    else if (kind < 0.7) {
      const text = pick(texts);
      const start = Math.floor(r() * Math.max(1, text.length - 200));
      q = text.slice(start, start + 20 + Math.floor(r() * 180));
    } else if (kind < 0.9) q = `${pick(HOSTILE)} ${pick(WORDS)} ${pick(HOSTILE)}`;
    else q = String.fromCharCode(...Array.from({ length: Math.floor(r() * 60) }, () => Math.floor(r() * 0xffff)));
    const home = r() < 0.5 ? { code: pick(["22", "35", "64", "26", "33"]), name: "x" } : null;
    const t0 = performance.now();
    try {
      ask(q, { home }, index);
    } catch (error) {
      throw new Error(`fuzz: question ${k} raised ${(error as Error).message}: ${JSON.stringify(q.slice(0, 200))}`);
    }
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const q = (p: number): string => times[Math.min(times.length - 1, Math.floor(p * times.length))]!.toFixed(2);
  const over = times.filter((t) => t > 50).length;
  const line = (label: string, value: string, target = ""): void => void process.stdout.write(`${label.padEnd(44)} ${value.padStart(10)}  ${target}\n`);
  line(`fuzz: ${count} generated questions, exceptions`, "0");
  line("fuzz: ask() p50 / p99 / max", `${q(0.5)} / ${q(0.99)} / ${times[times.length - 1]!.toFixed(1)} ms`);
  line("fuzz: questions over 50 ms", String(over), "target 0");
}
