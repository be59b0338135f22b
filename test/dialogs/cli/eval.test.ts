import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "../../..");
const tsx = join(root, "node_modules/.bin/tsx");
const run = (...args: string[]) => spawnSync(tsx, ["dialogs/cli/eval.ts", ...args], { cwd: root, encoding: "utf8" });

describe("npm run eval", () => {
  it("prints the figures of a question set beside plain minisearch's", () => {
    const file = join(mkdtempSync(join(tmpdir(), "eval-")), "q.jsonl");
    writeFileSync(file, ['{"q": "fiche 12", "departement": "22", "kind": "fiche-lookup", "expect_fiches": ["12"], "expect_text": []}', '{"q": "il va pleuvoir demain ?", "kind": "out-of-scope", "expect_fiches": [], "expect_text": []}'].join("\n"));
    const r = run("--file", file);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/overall\s+2 \| 1\.00 1\.00 1\.00 \S+ 1\/1 \|/);
  });

  it("names what is wrong in its arguments or its question set, without a stack trace", () => {
    const unknown = run("--help");
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/^eval: Unknown option '--help'\nusage: npm run eval/);
    const missing = run("--file", "/nonexistent/q.jsonl");
    expect(missing.stderr).toBe("eval: /nonexistent/q.jsonl: cannot read the question set (ENOENT)\n");
    const file = join(mkdtempSync(join(tmpdir(), "eval-")), "bad.jsonl");
    writeFileSync(file, '{"q": "fiche 1", "kind": "x", "expect_fiches": [], "expect_text": []}\nnot json\n');
    const bad = run("--file", file);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/bad\.jsonl:2: not a JSON line/);
  });
});
