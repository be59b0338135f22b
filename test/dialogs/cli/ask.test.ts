import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { AnswerSchema } from "../../../dialogs/answer/answer-types.js";

const root = join(import.meta.dirname, "../../..");
const tsx = join(root, "node_modules/.bin/tsx");
const run = (...args: string[]) => spawnSync(tsx, ["dialogs/cli/ask.ts", ...args], { cwd: root, encoding: "utf8" });

describe("npm run ask", () => {
  it("prints the answer as the bot writes it", () => {
    const r = run("--departement", "22", "fiche 12");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^La fiche 12 « /);
  });

  it("answers a batch as JSON lines, in order, in the GUIDE's shape", () => {
    const file = join(mkdtempSync(join(tmpdir(), "batch-")), "q.jsonl");
    writeFileSync(file, ['{"q": "fiche 12", "departement": "22"}', '{"q": "il va pleuvoir demain ?"}', '{"q": "c\'est quoi l\'action 6.2 de la calpae ?", "departement": "35"}'].join("\n"));
    const r = run("--json", "--batch", file);
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split("\n").map((l) => AnswerSchema.parse(JSON.parse(l)));
    expect(lines.map((a) => [a.q, a.answered])).toEqual([
      ["fiche 12", true],
      ["il va pleuvoir demain ?", false],
      ["c'est quoi l'action 6.2 de la calpae ?", true],
    ]);
    expect(lines[0]!.fiches[0]).toMatchObject({ id: "22-pdi-2023-2027-12", number: "12", departement: { code: "22", name: "Côtes-d'Armor" } });
  });

  it("names the line of a batch file that is not JSON", () => {
    const file = join(mkdtempSync(join(tmpdir(), "batch-")), "bad.jsonl");
    writeFileSync(file, '{"q": "fiche 1"}\nnot json\n');
    const r = run("--json", "--batch", file);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/bad\.jsonl:2: not a JSON line/);
  });
});
