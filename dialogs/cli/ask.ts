/**
 * `npm run ask -- [--departement CODE] "question"`: prints the answer as the bot writes it in Teams.
 * `npm run --silent ask -- --json --batch FILE`: reads JSON lines {"q", "departement"?} and prints one JSON
 * answer per line, in order (GUIDE §2).
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { z } from "zod";
import { openKnowledgeBase } from "../../knowledge/knowledge-base.js";
import { departementByCode } from "../../knowledge/territories/departements.js";
import { ask } from "../answer/ask.js";

const BatchLineSchema = z.object({ q: z.string(), departement: z.string().optional() }).passthrough();

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

let parsed;
try {
  parsed = parseArgs({
    args: process.argv.slice(2),
    options: { departement: { type: "string" }, json: { type: "boolean" }, batch: { type: "string" } },
    allowPositionals: true,
    strict: true,
  });
} catch (e) {
  fail(`ask: ${(e as Error).message}`);
}
const { values, positionals } = parsed;
const opened = openKnowledgeBase({ publicUrl: process.env.PUBLIC_URL });
if (!opened.ok) fail(opened.error);
const { index } = opened.kb;

const home = (code: string | undefined) => {
  if (!code) return null;
  const d = departementByCode(code);
  if (!d) fail(`ask: unknown département code ${code}`);
  return d;
};

if (values.batch) {
  let lines: string[];
  try {
    lines = readFileSync(values.batch, "utf8").split("\n").filter((l) => l.trim() !== "");
  } catch (e) {
    fail(`ask: ${values.batch}: ${(e as Error).message}`);
  }
  lines.forEach((line, i) => {
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch {
      fail(`ask: ${values.batch}:${i + 1}: not a JSON line`);
    }
    const item = BatchLineSchema.safeParse(raw);
    if (!item.success) fail(`ask: ${values.batch}:${i + 1}: expected {"q": "...", "departement"?: "22"}`);
    const answer = ask(item.data.q, { home: home(item.data.departement) }, index);
    process.stdout.write(values.json ? `${JSON.stringify(answer)}\n` : `> ${answer.q}\n\n${answer.text}\n\n`);
  });
} else {
  const question = positionals.join(" ");
  if (!question.trim()) fail('ask: give a question, e.g. npm run ask -- --departement 22 "qui pilote la fiche 12 ?"');
  const answer = ask(question, { home: home(values.departement) }, index);
  process.stdout.write(values.json ? `${JSON.stringify(answer)}\n` : `${answer.text}\n`);
}
