import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { openKnowledgeBase } from "../../../knowledge/knowledge-base.js";
import type { Catalog, Fiche, Plan } from "../../../knowledge/model/index.js";
import { relatedFiches, renderFichePage, renderNotFoundPage } from "../../../bot/pages/fiche-page.js";
import { escapeHtml } from "../../../bot/pages/html.js";

const PUBLIC_URL = "http://localhost:3978";
const SCRIPT = "<script>alert(1)</script>";
const IMG = `"><img src=x onerror=alert(1)>`;

let catalog: Catalog;
let fiche: Fiche;
let plan: Plan;

beforeAll(() => {
  const o = openKnowledgeBase();
  if (!o.ok) throw new Error(o.error);
  catalog = o.kb.catalog;
  const found = catalog.fiches.find((f) => !f.empty && f.pilotes.length > 0 && f.objectif !== null);
  if (!found) throw new Error("no fiche with pilotes and objectif in the catalog");
  fiche = found;
  const p = catalog.plans.find((x) => x.id === fiche.planId);
  if (!p) throw new Error(`no plan ${fiche.planId}`);
  plan = p;
});

const render = (f: Fiche, p: Plan | undefined = plan, publicUrl = PUBLIC_URL, related: readonly Fiche[] = []) =>
  renderFichePage(f, { plan: p, related, publicUrl });

/** The href values of a page. */
const hrefs = (page: string) => [...page.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!);

/** Everything outside the page's own <style> and <script> elements. */
const withoutOwnBlocks = (page: string) => page.replace(/<style>[\s\S]*?<\/style>/, "").replace(/<script>[^<]*<\/script>/g, "");

describe("renderFichePage", () => {
  it("shows the fiche's number, title, plan, pilotes, source lines and JSON link", () => {
    const page = render(fiche);
    expect(page).toMatch(/^<!doctype html>\n<html lang="fr">/);
    expect(page).toContain('<meta charset="utf-8">');
    expect(page).toContain('<meta name="robots" content="noindex">');
    expect(page).toContain("@media print");
    expect(page).toContain(`Fiche ${escapeHtml(fiche.number)}`);
    expect(page).toContain(escapeHtml(fiche.title));
    expect(page).toContain(escapeHtml(plan.title));
    expect(page).toContain(escapeHtml(plan.period));
    for (const pilote of fiche.pilotes) expect(page).toContain(escapeHtml(pilote));
    expect(page).toContain(escapeHtml(fiche.objectif!));
    expect(page).toContain(escapeHtml(fiche.source.file));
    expect(page).toContain(`lignes ${fiche.source.lineStart} à ${fiche.source.lineEnd}`);
    expect(page).toContain(`href="${PUBLIC_URL}/fiches/${fiche.id}.json"`);
    expect(page).toContain("<summary>Texte de la fiche dans le plan</summary>");
    expect(page).toMatch(/<pre class="text">[^<]*\n/);
    expect(page).not.toMatch(/(src|href)="https?:\/\/(?!localhost:3978)/);
  });

  it("allows only its print helper script in its Content Security Policy", () => {
    const page = render(fiche);
    const inline = [...page.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
    expect(inline).toHaveLength(1);
    const hash = createHash("sha256").update(inline[0]!).digest("base64");
    expect(page).toContain(`default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${hash}'`);
  });

  it("names the real source lines of fiche 1 of the Côtes-d'Armor PDI", () => {
    const f = catalog.fiches.find((x) => x.id === "22-pdi-2023-2027-1");
    expect(f).toBeDefined();
    const page = render(f!, catalog.plans.find((p) => p.id === f!.planId));
    expect(page).toContain(`lignes ${f!.source.lineStart} à ${f!.source.lineEnd}`);
    expect(page).toContain("Programme départemental d&#39;insertion (PDI)");
  });

  it("says what the plan leaves unspecified and flags an announced fiche", () => {
    const bare: Fiche = { ...fiche, empty: true, pilotes: [], partenaires: [], publics: [], publicsTags: [], calendrier: null, budget: null, summary: null, contenu: null };
    const page = render(bare);
    expect(page.match(/Non précisé dans le plan/g)).toHaveLength(5);
    expect(page).toContain("Fiche annoncée, non rédigée.");
    expect(render(fiche)).not.toContain("Fiche annoncée");
  });

  it("shows the publics with their data·inclusion labels", () => {
    const page = render({ ...fiche, publics: ["Les allocataires du rSa"], publicsTags: ["beneficiaires-des-minimas-sociaux"] });
    expect(page).toContain("Les allocataires du rSa");
    expect(page).toContain('<li class="tag">Bénéficiaires des minima sociaux</li>');
  });

  it("escapes hostile catalog values everywhere", () => {
    const hostile: Fiche = {
      ...fiche,
      number: IMG,
      title: `${SCRIPT} ${IMG}`,
      text: `${SCRIPT}\n${IMG}`,
      axe: IMG,
      objectif: SCRIPT,
      summary: SCRIPT,
      contenu: IMG,
      pilotes: [SCRIPT, IMG],
      partenaires: [IMG],
      publics: [SCRIPT],
      publicsTags: [IMG],
      calendrier: IMG,
      budget: SCRIPT,
      territoires: [{ name: IMG, type: "zone", code: null }],
      dispositifs: [SCRIPT],
      thematiques: [IMG],
      source: { ...fiche.source, file: IMG },
    };
    const hostilePlan: Plan = { ...plan, title: SCRIPT };
    const page = render(hostile, hostilePlan, PUBLIC_URL, [{ ...fiche, title: IMG }]);
    const body = withoutOwnBlocks(page);
    expect(body).not.toMatch(/<script/i);
    expect(page.match(/<script/gi)).toHaveLength(1);
    expect(page).not.toMatch(/<img/i);
    expect(page).not.toContain("onerror=alert(1)>");
    expect(page).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(page).toContain("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;");
    expect(page).toMatch(/<title>Fiche &quot;&gt;&lt;img[^<]*<\/title>/);
  });

  it("never writes a javascript: URL into a link", () => {
    const page = render({ ...fiche, id: "x", url: "javascript:alert(1)" }, plan, "javascript:alert(1)", [{ ...fiche, id: "y" }]);
    const links = hrefs(page);
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(link).toMatch(/^(https?:\/\/|\/(?!\/))/);
    expect(page).not.toMatch(/href="\s*javascript:/i);
    expect(links).toContain("/fiches/x.json");
  });

  it("links the related fiches", () => {
    const related = relatedFiches(fiche, catalog);
    const page = render(fiche, plan, PUBLIC_URL, related);
    if (related.length === 0) {
      expect(page).not.toContain("Fiches liées");
      return;
    }
    expect(page).toContain("Fiches liées");
    for (const r of related) expect(page).toContain(`href="${PUBLIC_URL}/fiches/${r.id}"`);
  });

  it("renders a fiche whose plan is unknown", () => {
    const page = render(fiche, undefined);
    expect(page).toContain(escapeHtml(fiche.title));
    expect(page).toContain(escapeHtml(fiche.departement.name));
  });
});

describe("relatedFiches", () => {
  it("returns the other fiches of the plan under the same objectif, in catalog order", () => {
    const related = relatedFiches(fiche, catalog);
    const expected = catalog.fiches.filter((f) => f.planId === fiche.planId && f.objectif === fiche.objectif && f.id !== fiche.id).slice(0, 5);
    expect(related.map((f) => f.id)).toEqual(expected.map((f) => f.id));
    for (const f of related) expect([f.planId, f.objectif]).toEqual([fiche.planId, fiche.objectif]);
  });

  it("falls back to the axe, stays in the plan, excludes the fiche and respects max", () => {
    const base = fiche;
    const mk = (id: string, planId: string, axe: string | null, objectif: string | null): Fiche => ({ ...base, id, planId, axe, objectif });
    const synthetic: Catalog = {
      ...catalog,
      fiches: [
        mk("a", "p", "axe 1", "obj 1"),
        mk("b", "p", "axe 1", "obj 2"),
        mk("c", "q", "axe 1", "obj 1"),
        mk("d", "p", "axe 1", "obj 1"),
        mk("e", "p", "axe 1", null),
        mk("f", "p", "axe 1", null),
        mk("g", "p", "axe 2", null),
        mk("h", "p", null, null),
        mk("i", "p", "axe 1", "obj 1"),
      ],
    };
    const [a, , , , e, , , h] = synthetic.fiches;
    expect(relatedFiches(a!, synthetic).map((f) => f.id)).toEqual(["d", "i"]);
    expect(relatedFiches(a!, synthetic, 1).map((f) => f.id)).toEqual(["d"]);
    expect(relatedFiches(e!, synthetic).map((f) => f.id)).toEqual(["a", "b", "d", "f", "i"]);
    expect(relatedFiches(h!, synthetic)).toEqual([]);
  });
});

describe("renderNotFoundPage", () => {
  it("escapes the requested id, lists the plans and offers a search", () => {
    const page = renderNotFoundPage(`${SCRIPT}${IMG}`, PUBLIC_URL, catalog);
    expect(page).toContain("Fiche introuvable");
    expect(page).toContain('<html lang="fr">');
    expect(withoutOwnBlocks(page)).not.toMatch(/<script/i);
    expect(page).not.toMatch(/<img/i);
    expect(page).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(page).toMatch(/<form class="search" method="get" action="\/"[^>]*>/);
    expect(page).toMatch(/<input id="q" name="q"/);
    for (const p of catalog.plans) {
      expect(page).toContain(escapeHtml(p.title));
      const first = catalog.fiches.find((f) => f.planId === p.id);
      if (first) expect(page).toContain(`href="${PUBLIC_URL}/fiches/${first.id}"`);
    }
  });

  it("shortens a very long id", () => {
    const page = renderNotFoundPage("x".repeat(5000), PUBLIC_URL, catalog);
    expect(page).not.toContain("x".repeat(200));
  });
});
