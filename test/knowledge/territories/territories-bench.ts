/**
 * Timings of the territory matchers, each measured cold in a fresh process then warm:
 * `npx tsx test/knowledge/territories/territories-bench.ts`. Not a test: timings depend on the machine and its load.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const QUESTIONS = [
  "y a quoi pour la mobilité vers lannion",
  "jeune de 19 ans a redon",
  "une brsa d'Orthez",
  "il va faire beau a montelimar",
  "qui pilote le plan",
  "aide au permis de conduire dans les Côtes-d'Armor pour un jeune de 22 ans",
  "CC Brocéliande",
  "accompagnement vers l'emploi des allocataires du RSA sur Rennes",
];
const SOURCES: readonly (readonly [file: string, departement: string])[] = [
  ["000_302c82a9f0115015.txt", "22"],
  ["001_ed31cdd4f23aad27.txt", "64"],
  ["003_5f25dcd47cc81775.txt", "26"],
  ["004_e48324a6600f42d7.txt", "35"],
];
/** Wall time since `since`, and the CPU time of the process since `cpu` (less sensitive to a busy machine). */
const ms = (since: number, cpu?: NodeJS.CpuUsage): string => {
  const wall = `${(performance.now() - since).toFixed(1)} ms`;
  if (cpu === undefined) return wall;
  const used = process.cpuUsage(cpu);
  return `${wall} (CPU ${((used.user + used.system) / 1000).toFixed(1)} ms)`;
};

/** The places index (queries), from a fresh process. */
async function benchPlaces(): Promise<void> {
  const places = await import("../../../knowledge/territories/places.js");
  let t = performance.now();
  const cpu = process.cpuUsage();
  const index = places.placeIndex();
  console.log(`places index, cold build: ${ms(t, cpu)} (${index.size} places, ${index.keyCount} keys)`);
  t = performance.now();
  places.findPlacesInQuery(QUESTIONS[0] ?? "");
  console.log(`first findPlacesInQuery: ${ms(t)}`);
  const rounds = 2000;
  t = performance.now();
  for (let k = 0; k < rounds; k++) places.findPlacesInQuery(QUESTIONS[k % QUESTIONS.length] ?? "");
  console.log(`findPlacesInQuery, warm: ${((performance.now() - t) / rounds).toFixed(3)} ms per question`);
}

/** The fiche scan (ingestion), from a fresh process: snapshot load and per-département lookups included. */
async function benchFiches(): Promise<void> {
  const fiches = await import("../../../knowledge/territories/fiche-territories.js");
  const pieces: [string, string][] = [];
  let size = 0;
  for (const [file, departement] of SOURCES) {
    const text = readFileSync(fileURLToPath(new URL(`../../../knowledge/sources/${file}`, import.meta.url)), "utf8");
    size += text.length;
    const lines = text.split("\n");
    const step = Math.ceil(lines.length / 25);
    for (let k = 0; k < lines.length; k += step) pieces.push([lines.slice(k, k + step).join("\n"), departement]);
  }
  for (const pass of ["cold", "warm"]) {
    const t = performance.now();
    const cpu = process.cpuUsage();
    let found = 0;
    for (const [text, departement] of pieces) found += fiches.findTerritoiresInFiche(text, departement).length;
    const what = `findTerritoiresInFiche, 4 plans in ${pieces.length} pieces (${Math.round(size / 1000)} kB), ${pass}`;
    console.log(`${what}: ${ms(t, cpu)}, ${found} territoires`);
  }
}

const part = process.argv.find((arg) => arg.startsWith("--part="))?.slice("--part=".length);
if (part === "places") await benchPlaces();
else if (part === "fiches") await benchFiches();
else {
  for (const name of ["places", "fiches"]) {
    const args = [...process.execArgv, fileURLToPath(import.meta.url), `--part=${name}`];
    process.stdout.write(execFileSync(process.execPath, args, { encoding: "utf8" }));
  }
}
