import type { Fiche, Plan } from "../../knowledge/model/index.js";
import { fieldRow, listValue, tagList, textValue } from "./fiche-fields.js";
import { html, type SafeHtml } from "./html.js";
import { dispositifLabel, planKindLabel, publicLabel, territoireLabel, thematiqueLabel } from "./labels.js";
import { renderPage } from "./page-layout.js";
import { ficheUrl } from "./safe-url.js";

export { relatedFiches } from "./related-fiches.js";
export { renderNotFoundPage } from "./not-found-page.js";

/** What the fiche page shows around the fiche itself. */
export interface FichePageContext {
  /** The fiche's plan, when the catalog has it. */
  readonly plan: Plan | undefined;
  /** Fiches to suggest (see relatedFiches). */
  readonly related: readonly Fiche[];
  /** Base of the site's links, e.g. "https://bot.example.fr". */
  readonly publicUrl: string;
}

/** "Fiche 12" (or "Fiche ASE" for a labelled fiche). */
function ficheLabel(fiche: Fiche): string {
  return `Fiche ${fiche.number}`;
}

/** "lignes 85 à 123", or "ligne 85" for a one-line fiche. */
export function sourceLinesLabel(lineStart: number, lineEnd: number): string {
  return lineStart === lineEnd ? `ligne ${lineStart}` : `lignes ${lineStart} à ${lineEnd}`;
}

function planSection(fiche: Fiche, plan: Plan | undefined): SafeHtml {
  const departement = `${fiche.departement.name} (${fiche.departement.code})`;
  return html`<section aria-labelledby="plan-title">
<h2 id="plan-title">Plan</h2>
<dl class="fields">
${fieldRow("Plan", textValue(plan?.title ?? null))}
${plan && fieldRow("Type", html`${planKindLabel(plan.kind)}`)}
${plan && fieldRow("Période", html`${plan.period}`)}
${fieldRow("Département", html`${departement}`)}
${fiche.axe !== null && fieldRow("Axe", html`<span class="prose">${fiche.axe}</span>`)}
${fiche.objectif !== null && fieldRow("Objectif opérationnel", html`<span class="prose">${fiche.objectif}</span>`)}
</dl>
</section>`;
}

function keyFactsSection(fiche: Fiche): SafeHtml {
  const publics = html`${listValue(fiche.publics)}${fiche.publicsTags.length > 0 && tagList(fiche.publicsTags.map(publicLabel))}`;
  return html`<section aria-labelledby="facts-title">
<h2 id="facts-title">L'action en bref</h2>
<dl class="fields">
${fieldRow("Pilotes", listValue(fiche.pilotes))}
${fieldRow("Partenaires", listValue(fiche.partenaires))}
${fieldRow("Publics", publics)}
${fieldRow("Calendrier", textValue(fiche.calendrier))}
${fieldRow("Budget", textValue(fiche.budget))}
${fiche.territoires.length > 0 && fieldRow("Territoires", listValue(fiche.territoires.map(territoireLabel)))}
${fiche.dispositifs.length > 0 && fieldRow("Dispositifs", listValue(fiche.dispositifs.map(dispositifLabel)))}
${fiche.thematiques.length > 0 && fieldRow("Thématiques", tagList(fiche.thematiques.map(thematiqueLabel)))}
</dl>
</section>`;
}

function proseSection(id: string, title: string, text: string | null): SafeHtml | null {
  if (text === null || text.trim() === "") return null;
  return html`<section aria-labelledby="${id}">
<h2 id="${id}">${title}</h2>
<p class="prose">${text.trim()}</p>
</section>`;
}

function relatedSection(related: readonly Fiche[], publicUrl: string): SafeHtml | null {
  if (related.length === 0) return null;
  return html`<nav aria-labelledby="related-title">
<h2 id="related-title">Fiches liées</h2>
<ul class="links">
${related.map((f) => html`<li><a href="${ficheUrl(publicUrl, f.id)}">${ficheLabel(f)}</a> – ${f.title}</li>\n`)}</ul>
</nav>`;
}

/**
 * The printable page of one fiche: number, title, plan, axe and objectif, the fields référents look for (pilotes,
 * partenaires, publics, calendrier, budget, territoires, dispositifs, thématiques), summary and contenu, the
 * fiche's full text, its source lines, related fiches and a link to its JSON. Every catalog value is escaped.
 */
export function renderFichePage(fiche: Fiche, context: FichePageContext): string {
  const { plan, related, publicUrl } = context;
  const eyebrow = plan ? `${plan.kind} ${plan.period} · ${fiche.departement.name} (${fiche.departement.code})` : fiche.departement.name;
  const body = html`<header>
<p class="eyebrow">${eyebrow}</p>
<h1><span class="number">${ficheLabel(fiche)}</span> ${fiche.title}</h1>
</header>
<main>
${fiche.empty && html`<p class="notice" role="note"><strong>Fiche annoncée, non rédigée.</strong> Le plan annonce cette fiche (numéro, titre, parfois un calendrier) sans en détailler le contenu.</p>`}
${planSection(fiche, plan)}
${keyFactsSection(fiche)}
${proseSection("summary-title", "Objectif", fiche.summary)}
${proseSection("contenu-title", "Contenu", fiche.contenu)}
${fiche.text.trim() !== "" && html`<details>
<summary>Texte de la fiche dans le plan</summary>
<pre class="text">${fiche.text}</pre>
</details>`}
<p class="source">Source : fichier <code>${fiche.source.file}</code>, ${sourceLinesLabel(fiche.source.lineStart, fiche.source.lineEnd)}.</p>
${relatedSection(related, publicUrl)}
</main>
<footer>
<a class="no-print" href="${ficheUrl(publicUrl, fiche.id, ".json")}" type="application/json">Données de la fiche (JSON)</a>
<span>Fiche extraite du plan par l'assistant des référents insertion : en cas de doute, le plan fait foi.</span>
</footer>`;
  return renderPage({ title: `${ficheLabel(fiche)} – ${fiche.title}`, body });
}
