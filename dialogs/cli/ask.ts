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
import { jsonLines } from "./json-lines.js";

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
  let text: string;
  try {
    text = readFileSync(values.batch, "utf8");
  } catch (e) {
    fail(`ask: ${values.batch}: ${(e as Error).message}`);
  }
  for (const line of jsonLines(text, BatchLineSchema)) {
    if (!line.ok) fail(`ask: ${values.batch}:${line.line}: ${line.reason === "not-json" ? line.error : 'expected {"q": "...", "departement"?: "22"}'}`);
    const answer = ask(line.item.q, { home: home(line.item.departement) }, index);
    process.stdout.write(values.json ? `${JSON.stringify(answer)}\n` : `> ${answer.q}\n\n${answer.text}\n\n`);
  }
} else {
  const question = positionals.join(" ");
  if (!question.trim()) fail('ask: give a question, e.g. npm run ask -- --departement 22 "qui pilote la fiche 12 ?"');
  const answer = ask(question, { home: home(values.departement) }, index);
  process.stdout.write(values.json ? `${JSON.stringify(answer)}\n` : `${answer.text}\n`);
}
