import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildCatalog } from "../../../knowledge/catalog/build-catalog.js";
import { readCatalogFile, SHIPPED_CATALOG } from "../../../knowledge/catalog/shipped-catalog.js";
import { openKnowledgeBase } from "../../../knowledge/knowledge-base.js";

describe("the shipped catalog (knowledge/catalog.json)", () => {
  it("is what the sources and the reader give today (else: run `npm run ingest` and commit the file)", () => {
    const built = buildCatalog();
    if (!built.ok) throw new Error(built.error);
    const shipped: unknown = JSON.parse(readFileSync(SHIPPED_CATALOG, "utf8"));
    expect(shipped, "knowledge/catalog.json is stale: run `npm run ingest` and commit it").toEqual(JSON.parse(JSON.stringify(built.catalog)));
  });

  it("loads with its fiche links under the bot's public URL", () => {
    const read = readCatalogFile(SHIPPED_CATALOG, "https://insertion.example.fr/");
    if (!read.ok) throw new Error(read.error);
    expect(read.catalog.fiches.length).toBeGreaterThan(50);
    for (const f of read.catalog.fiches) expect(f.url).toBe(`https://insertion.example.fr/fiches/${f.id}`);
    const opened = openKnowledgeBase({ publicUrl: "https://insertion.example.fr" });
    if (!opened.ok) throw new Error(opened.error);
    const first = opened.kb.catalog.fiches[0]!;
    expect(opened.kb.index.get(first.id)?.url).toBe(`https://insertion.example.fr/fiches/${first.id}`);
  });

  it("names the file and the command to run when it is missing or invalid", () => {
    const dir = mkdtempSync(join(tmpdir(), "catalog-"));
    const missing = readCatalogFile(join(dir, "none.json"));
    expect(missing).toEqual({ ok: false, error: expect.stringMatching(/^knowledge: .*none\.json: catalog not found; run `npm run ingest`/) });
    const bad = join(dir, "bad.json");
    const shipped = JSON.parse(readFileSync(SHIPPED_CATALOG, "utf8")) as { fiches: Array<Record<string, unknown>> };
    delete shipped.fiches[0]!["title"];
    writeFileSync(bad, JSON.stringify(shipped));
    const invalid = readCatalogFile(bad);
    expect(invalid.ok).toBe(false);
    if (!invalid.ok) expect(invalid.error).toMatch(/^knowledge: .*bad\.json: not a catalog .*fiches\.0\.title/);
    writeFileSync(bad, "{ not json");
    expect(openKnowledgeBase({ catalogPath: bad })).toEqual({ ok: false, error: expect.stringMatching(/bad\.json: not valid JSON/) });
  });
});
