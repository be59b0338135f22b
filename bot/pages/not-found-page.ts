import type { Catalog } from "../../knowledge/model/index.js";
import { html } from "./html.js";
import { renderPage } from "./page-layout.js";
import { ficheUrl } from "./safe-url.js";

/** How much of an unknown id the page repeats. */
const ID_MAX = 120;

/**
 * The French 404 page for an unknown fiche id: repeats the id (escaped, shortened), lists the plans with a link to
 * their first fiche, and offers a question box that opens the chat page (`/?q=...`).
 */
export function renderNotFoundPage(id: string, publicUrl: string, catalog: Catalog): string {
  const shownId = id.length > ID_MAX ? `${id.slice(0, ID_MAX)}…` : id;
  const plans = catalog.plans.map((plan) => {
    const fiches = catalog.fiches.filter((f) => f.planId === plan.id);
    const first = fiches[0];
    const label = `${plan.departement.name} (${plan.departement.code}) – ${plan.title}`;
    const count = `${fiches.length} fiche${fiches.length > 1 ? "s" : ""}`;
    return first
      ? html`<li><a href="${ficheUrl(publicUrl, first.id)}">${label}</a> · ${plan.period} · ${count}</li>\n`
      : html`<li>${label} · ${plan.period} · aucune fiche</li>\n`;
  });
  const body = html`<header>
<p class="eyebrow">Erreur 404</p>
<h1>Fiche introuvable</h1>
</header>
<main>
<p>Aucune fiche ne porte l'identifiant « <code>${shownId}</code> ». Le lien est peut-être incomplet, ou la fiche a changé de numéro dans une nouvelle version du plan.</p>
<section aria-labelledby="search-title">
<h2 id="search-title">Chercher une fiche</h2>
<form class="search" method="get" action="/" role="search">
<label for="q">Posez votre question (par exemple « qui pilote l'action mobilité dans le 22 ? »)</label>
<input id="q" name="q" type="search" required autocomplete="off">
<button type="submit">Rechercher</button>
</form>
</section>
<section aria-labelledby="plans-title">
<h2 id="plans-title">Les plans disponibles</h2>
${plans.length > 0 ? html`<ul class="links">\n${plans}</ul>` : html`<p>Aucun plan n'est chargé.</p>`}
</section>
</main>`;
  return renderPage({ title: "Fiche introuvable", body });
}
