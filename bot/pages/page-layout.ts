import { createHash } from "node:crypto";
import { html, rawHtml, type SafeHtml } from "./html.js";

/** Opens every <details> before printing, so that the printed fiche carries its full text. */
const PRINT_SCRIPT = `addEventListener("beforeprint",function(){document.querySelectorAll("details").forEach(function(d){d.open=true})});`;
const PRINT_SCRIPT_HASH = createHash("sha256").update(PRINT_SCRIPT).digest("base64");

/** No external resource, no script but the print helper, forms only to the site itself. */
const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  `script-src 'sha256-${PRINT_SCRIPT_HASH}'`,
  "img-src 'self' data:",
  "form-action 'self'",
  "base-uri 'none'",
].join("; ");

const STYLE = `
:root { color-scheme: light; --ink: #1b1b1b; --muted: #5c5c5c; --line: #dddddd; --accent: #000091; --soft: #f5f5fe; --warn: #fff4e5; --warn-line: #b34000; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Marianne, Arial, sans-serif; color: var(--ink); background: #fff; }
.page { max-width: 54rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
a { color: var(--accent); }
a:focus-visible, summary:focus-visible, input:focus-visible, button:focus-visible { outline: 3px solid #0a76f6; outline-offset: 2px; }
h1 { font-size: 1.6rem; line-height: 1.25; margin: .25rem 0 .75rem; }
h2 { font-size: 1.15rem; margin: 1.75rem 0 .5rem; padding-bottom: .25rem; border-bottom: 1px solid var(--line); }
.eyebrow { margin: 0; color: var(--muted); font-size: .95rem; }
.number { display: inline-block; margin-right: .4rem; padding: .05rem .5rem; border-radius: .3rem; background: var(--accent); color: #fff; font-size: .9em; white-space: nowrap; }
dl.fields { display: grid; grid-template-columns: minmax(8rem, 13rem) 1fr; gap: .5rem 1rem; margin: .5rem 0; }
dl.fields dt { font-weight: 600; }
dl.fields dd { margin: 0; overflow-wrap: anywhere; }
dl.fields ul { margin: 0; padding-left: 1.1rem; }
.missing { color: var(--muted); font-style: italic; }
.tags { display: flex; flex-wrap: wrap; gap: .3rem; margin: .35rem 0 0; padding: 0; list-style: none; }
.tag { display: inline-block; padding: .05rem .5rem; border: 1px solid #c5c5f5; border-radius: 1rem; background: var(--soft); color: var(--accent); font-size: .8rem; }
.notice { margin: 1rem 0; padding: .75rem 1rem; border-left: 4px solid var(--warn-line); background: var(--warn); }
.prose { white-space: pre-line; overflow-wrap: anywhere; }
details { margin: 1.5rem 0; border: 1px solid var(--line); border-radius: .4rem; padding: .5rem 1rem; }
details summary { cursor: pointer; font-weight: 600; }
pre.text { white-space: pre-wrap; overflow-wrap: anywhere; font: .9rem/1.45 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; margin: .75rem 0 0; }
.source, footer { color: var(--muted); font-size: .9rem; }
footer { margin-top: 2.5rem; padding-top: 1rem; border-top: 1px solid var(--line); display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; }
ul.links { padding-left: 1.1rem; }
ul.links li { margin: .3rem 0; }
form.search { display: flex; flex-wrap: wrap; gap: .5rem; margin: .5rem 0; }
form.search label { flex-basis: 100%; }
form.search input { flex: 1 1 16rem; padding: .5rem; font: inherit; border: 1px solid #888; border-radius: .3rem; }
form.search button { padding: .5rem 1rem; font: inherit; color: #fff; background: var(--accent); border: 0; border-radius: .3rem; cursor: pointer; }
@media (max-width: 36rem) {
  dl.fields { grid-template-columns: 1fr; gap: .1rem; }
  dl.fields dd { margin-bottom: .6rem; }
  h1 { font-size: 1.35rem; }
}
@media print {
  body { font-size: 11pt; color: #000; }
  .page { max-width: none; padding: 0; }
  a { color: #000; text-decoration: none; }
  .no-print, form.search { display: none !important; }
  .number { border: 1px solid #000; background: none; color: #000; }
  .tag { border-color: #777; background: none; color: #000; }
  details { border: 0; padding: 0; }
  details summary { list-style: none; }
  details summary::-webkit-details-marker { display: none; }
  h2, dt { break-after: avoid; }
  dd, li { break-inside: avoid; }
}
`;

/**
 * The start of every page of the site, up to </head>: French, UTF-8, responsive, `noindex` (the pages quote plans
 * for référents, not for search engines), its Content Security Policy and its inline styles.
 */
export function pageHead(title: string, contentSecurityPolicy: string, style: string): SafeHtml {
  return html`<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<meta http-equiv="Content-Security-Policy" content="${rawHtml(contentSecurityPolicy)}">
<title>${title}</title>
<style>${rawHtml(style)}</style>
</head>`;
}

/** A standalone page of the site: title, optional description and the body's markup. */
export interface PageOptions {
  /** The <title>, plain text. */
  readonly title: string;
  readonly body: SafeHtml;
}

/**
 * A complete French HTML5 page: UTF-8, responsive, inline styles with a print style, a strict Content Security
 * Policy (no external resource) and `noindex` (the pages quote plans for référents, not for search engines).
 */
export function renderPage(options: PageOptions): string {
  return html`${pageHead(options.title, CONTENT_SECURITY_POLICY, STYLE)}
<body>
<div class="page">
${options.body}
</div>
<script>${rawHtml(PRINT_SCRIPT)}</script>
</body>
</html>
`.html;
}
