import { html } from "./html.js";
import { renderPage } from "./page-layout.js";

/** The privacy page the Teams manifest links to: what is stored, where, for how long, what is masked. */
export function renderPrivacyPage(retentionDays: number): string {
  return renderPage({
    title: "Confidentialité — Assistant insertion",
    body: html`<h1>Confidentialité</h1>
<p>L'assistant répond à partir des plans départementaux d'insertion. Il n'a besoin d'aucune donnée personnelle sur les allocataires : n'en saisissez pas.</p>
<h2>Ce qui est conservé</h2>
<ul>
<li>Votre département de référence et l'état de la conversation en cours, pour répondre sans redemander.</li>
<li>Les questions restées sans réponse et vos avis 👍/👎 (avec le commentaire facultatif), pour que le coordinateur améliore le catalogue. La conversation n'y est identifiée que par une empreinte, jamais par votre nom.</li>
</ul>
<h2>Ce qui est masqué</h2>
<p>Avant toute conservation, les numéros de sécurité sociale (NIR), téléphones, adresses e-mail, IBAN, dates de naissance, adresses postales et numéros d'allocataire sont remplacés par une mention générique. Les journaux techniques ne contiennent pas le texte des messages.</p>
<h2>Durée</h2>
<p>Les questions sans réponse et les avis sont conservés ${retentionDays} jours, puis supprimés.</p>`,
  });
}

/** The terms of use page the Teams manifest links to. */
export function renderTermsPage(): string {
  return renderPage({
    title: "Conditions d'utilisation — Assistant insertion",
    body: html`<h1>Conditions d'utilisation</h1>
<p>L'assistant aide les référents insertion à trouver les fiches-actions des plans départementaux d'insertion. Chaque réponse cite sa fiche et son plan ; elle ne remplace ni le plan lui-même, ni une décision individuelle, ni l'avis de votre encadrement.</p>
<p>Ne saisissez pas de données personnelles sur les personnes accompagnées. Signalez une réponse inexacte avec 👎 : elle sera examinée par le coordinateur.</p>`,
  });
}
