import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "../../..");
const tsx = join(root, "node_modules/.bin/tsx");
const ingest = (...args: string[]) => spawnSync(tsx, ["knowledge/cli/ingest.ts", ...args], { cwd: root, encoding: "utf8" });

describe("npm run ingest", () => {
  it("prints the catalog as JSON in the GUIDE's shape, and the review list on stderr", () => {
    const r = ingest("--json");
    expect(r.status).toBe(0);
    const catalog = JSON.parse(r.stdout) as { plans: unknown[]; fiches: Array<Record<string, unknown>>; dispositifs: unknown[] };
    expect(catalog.plans).toHaveLength(4);
    expect(Object.keys(catalog.fiches[0]!)).toEqual(
      expect.arrayContaining(["id", "planId", "departement", "number", "title", "axe", "objectif", "pilotes", "partenaires", "publics", "calendrier", "budget", "territoires", "dispositifs", "thematiques", "empty", "text", "source", "url"]),
    );
    expect(r.stderr).toMatch(/22-pdi-2023-2027 \(000_302c82a9f0115015\.txt\): 36 fiches, 20 empty/);
    expect(r.stderr).toMatch(/review /);
  });

  it("previews one new plan with --file, touching nothing", () => {
    const dir = mkdtempSync(join(tmpdir(), "new-plan-"));
    const copy = join(dir, "plan-drome.txt");
    writeFileSync(copy, readFileSync(join(root, "knowledge/sources/003_5f25dcd47cc81775.txt")));
    const r = ingest("--json", "--file", copy, "--departement", "26", "--period", "2019-2022");
    expect(r.status).toBe(0);
    const one = JSON.parse(r.stdout) as { plans: Array<{ departement: { name: string } }>; fiches: Array<{ number: string }> };
    expect(one.plans[0]!.departement.name).toBe("Drôme");
    expect(one.fiches.map((f) => f.number)).toEqual(Array.from({ length: 20 }, (_, i) => String(i + 1)));
  });

  it("exits non-zero with a clear message on a bad file or a bad option", () => {
    const dir = mkdtempSync(join(tmpdir(), "bad-plan-"));
    const empty = join(dir, "empty.txt");
    writeFileSync(empty, "");
    const r1 = ingest("--json", "--file", empty, "--departement", "22");
    expect(r1.status).not.toBe(0);
    expect(r1.stderr).toMatch(/empty\.txt: empty file/);
    expect(r1.stdout).toBe("");
    const r2 = ingest("--file", empty);
    expect(r2.status).not.toBe(0);
    expect(r2.stderr).toMatch(/--file needs --departement/);
  });

  it("writes the catalog atomically with --out", () => {
    const out = join(mkdtempSync(join(tmpdir(), "out-")), "catalog.json");
    const r = ingest("--out", out);
    expect(r.status).toBe(0);
    expect((JSON.parse(readFileSync(out, "utf8")) as { fiches: unknown[] }).fiches).toHaveLength(98);
  });
});

describe("npm run ingest -- --out, when the build fails", () => {
  it("leaves the catalog already on disk untouched", () => {
    const dir = mkdtempSync(join(tmpdir(), "keep-"));
    const out = join(dir, "catalog.json");
    writeFileSync(out, '{"previous":true}\n');
    const sources = mkdtempSync(join(tmpdir(), "broken-sources-"));
    writeFileSync(join(sources, "manifest.json"), '{"plans": [ {"id": "bad"');
    const r = ingest("--out", out, "--sources", sources);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/manifest\.json: not valid JSON/);
    expect(readFileSync(out, "utf8")).toBe('{"previous":true}\n');
  });
});
