import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildCatalog, readOnePlan } from "../../../knowledge/catalog/build-catalog.js";
import { loadCorrections } from "../../../knowledge/catalog/corrections.js";
import { loadManifest, SOURCES_DIR } from "../../../knowledge/catalog/manifest.js";
import { CatalogSchema } from "../../../knowledge/model/index.js";

const built = buildCatalog();
if (!built.ok) throw new Error(built.error);
const catalog = built.catalog;

describe("the shipped catalog", () => {
  it("validates and counts the fiches of each plan", () => {
    expect(CatalogSchema.safeParse(catalog).success).toBe(true);
    const count = (dep: string): number => catalog.fiches.filter((f) => f.departement.code === dep).length;
    expect([count("22"), count("64"), count("26"), count("35")]).toEqual([36, 17, 20, 25]);
    expect(catalog.fiches.filter((f) => f.departement.code === "22" && f.empty)).toHaveLength(20);
  });

  it("gives every fiche a title, a stable readable id and a link", () => {
    for (const f of catalog.fiches) {
      expect(f.title.length).toBeGreaterThan(5);
      expect(f.id).toMatch(/^(22|64|26|35)-[a-z]+-\d{4}-\d{4}-[0-9a-z-]+$/);
      expect(f.url).toBe(`http://localhost:3978/fiches/${f.id}`);
    }
    expect(catalog.fiches.find((f) => f.id === "22-pdi-2023-2027-12")?.number).toBe("12");
    expect(catalog.fiches.find((f) => f.id === "35-calpae-2019-2023-5-4")?.number).toBe("5.4");
  });

  it("names a pilote for every written fiche, or lists it for review", () => {
    const review = new Set(built.reports.flatMap((r) => r.review.filter((i) => i.problem.startsWith("no pilote")).map((i) => i.ficheId)));
    for (const f of catalog.fiches.filter((x) => !x.empty)) {
      expect(f.pilotes.length > 0 || review.has(f.id), f.id).toBe(true);
    }
    // Most written fiches name their pilote; the review list is for the few that do not.
    const written = catalog.fiches.filter((x) => !x.empty);
    expect(written.filter((f) => f.pilotes.length > 0).length / written.length).toBeGreaterThan(0.8);
  });

  it("applies the checked-in corrections (a pilote label lost by OCR)", () => {
    const f = catalog.fiches.find((x) => x.id === "26-pdie-2019-2022-6");
    expect(f?.pilotes).toEqual(["Conseil départemental"]);
  });

  it("points each fiche at its source lines", () => {
    const f = catalog.fiches.find((x) => x.id === "64-pti-2018-2021-7")!;
    const lines = readFileSync(join(SOURCES_DIR, f.source.file), "utf8").split("\n");
    expect(lines[f.source.lineStart - 1]).toMatch(/^Élaborer un outil de diagnostic/);
  });

  it("lists the dispositifs the fiches name, with their départements", () => {
    expect(catalog.dispositifs.length).toBeGreaterThan(10);
    for (const d of catalog.dispositifs) {
      expect(d.fiches.length).toBeGreaterThan(0);
      for (const id of d.fiches) expect(catalog.fiches.find((f) => f.id === id)?.dispositifs).toContain(d.id);
    }
  });
});

describe("reading one plan as if it were new", () => {
  it("gives the same fiches as the catalog", () => {
    const manifest = loadManifest();
    if (!manifest.ok) throw new Error(manifest.error);
    const corrections = loadCorrections(SOURCES_DIR);
    if (!corrections.ok) throw new Error(corrections.error);
    const dir = mkdtempSync(join(tmpdir(), "plan-"));
    for (const entry of manifest.manifest.plans) {
      const copy = join(dir, entry.file);
      copyFileSync(join(SOURCES_DIR, entry.file), copy);
      const one = readOnePlan(entry, copy, corrections.corrections);
      if (!one.ok) throw new Error(one.error);
      const inCatalog = catalog.fiches.filter((f) => f.planId === entry.id);
      expect(one.fiches.map((f) => [f.number, f.title, f.pilotes])).toEqual(inCatalog.map((f) => [f.number, f.title, f.pilotes]));
    }
  });
});

describe("bad input", () => {
  const entry = { id: "99-pdi-2024-2028", departement: { code: "35", name: "Ille-et-Vilaine" }, title: "t", kind: "PDI" as const, period: "2024-2028", file: "x.txt" };
  const dir = mkdtempSync(join(tmpdir(), "bad-"));
  const write = (name: string, content: string | Buffer): string => {
    const p = join(dir, name);
    writeFileSync(p, content);
    return p;
  };
  it("names a missing, empty, binary or non-plan file and the problem", () => {
    const cases: Array<[string, RegExp]> = [
      [join(dir, "missing.txt"), /missing\.txt: file not found/],
      [write("empty.txt", ""), /empty\.txt: empty file/],
      [write("plan.pdf", Buffer.from("%PDF-1.7\n\u0000\u0001binary")), /plan\.pdf: binary file/],
      [write("recipe.txt", "Recette de la tarte aux pommes.\n\n".repeat(20)), /recipe\.txt: no fiche found.*is it an insertion plan\?/],
    ];
    for (const [path, message] of cases) {
      const r = readOnePlan({ ...entry, file: path.split("/").pop()! }, path, []);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error).toMatch(message);
    }
  });
  it("keeps a plan whose number is printed twice, telling the later fiche apart and listing it for review", () => {
    const body = (n: number | string, title: string, pilote: string) => [`Fiche action ${n} : ${title}`, `Pilote : ${pilote}`, "Partenaires : CAF, France Travail, missions locales", "Public : bénéficiaires du RSA", ""];
    const text = [...body(1, "Orienter", "Département"), ...body(2, "Loger", "Département"), ...body(1, "Former", "Région")].join("\n");
    const path = write("twice.txt", text);
    const r = readOnePlan({ ...entry, file: "twice.txt" }, path, []);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.fiches.map((f) => [f.number, f.title])).toEqual([["1", "Orienter"], ["2", "Loger"], ["1 (2)", "Former"]]);
    expect(r.report.review.some((item) => item.number === "1 (2)" && /printed twice/.test(item.problem))).toBe(true);
    // "1 (2)" would have the id of a fiche "1.2": the next suffix is taken.
    const clash = [...body(1, "Orienter", "Département"), ...body(1.2, "Loger", "Département"), ...body(1, "Former", "Région")].join("\n");
    const c = readOnePlan({ ...entry, file: "clash.txt" }, write("clash.txt", clash), []);
    expect(c.ok && c.fiches.map((f) => f.number)).toEqual(["1", "1.2", "1 (3)"]);
  });
  it("refuses a manifest entry that does not parse, naming the field", () => {
    const bad = mkdtempSync(join(tmpdir(), "manifest-"));
    writeFileSync(join(bad, "manifest.json"), JSON.stringify({ plans: [{ ...entry, departement: { code: "999", name: "X" } }] }));
    const r = buildCatalog({ sourcesDir: bad });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/manifest entry does not parse: plans\.0\.departement\.code/);
  });
});
