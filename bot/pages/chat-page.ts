import { createHash } from "node:crypto";
import { CHAT_CLIENT_SCRIPT } from "./chat-client-script.js";
import { CHAT_MARKDOWN_SCRIPT } from "./chat-markdown-script.js";
import { html, rawHtml } from "./html.js";
import { pageHead } from "./page-layout.js";

/** Where the server serves node_modules/adaptivecards/dist/adaptivecards.js. */
export const ADAPTIVE_CARDS_SCRIPT_PATH = "/static/adaptivecards.js";

/** Options of the local chat page. */
export interface ChatPageOptions {
  /** The bot's display name, shown in the header and sent as the activities' recipient name. */
  readonly botName: string;
}

const INLINE_SCRIPT = `${CHAT_MARKDOWN_SCRIPT}\n${CHAT_CLIENT_SCRIPT}`;
const INLINE_SCRIPT_HASH = createHash("sha256").update(INLINE_SCRIPT).digest("base64");

/** Scripts: the Adaptive Cards renderer from the site and the page's own inline script, nothing else. */
const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  `script-src 'self' 'sha256-${INLINE_SCRIPT_HASH}'`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: https: http:",
  "connect-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
].join("; ");

const STYLE = `
:root { color-scheme: light; --ink: #1b1b1b; --muted: #5c5c5c; --line: #dddddd; --accent: #000091; --user: #e3e3fd; --bot: #f6f6f6; --error: #ce0500; }
* { box-sizing: border-box; }
html, body { height: 100%; }
body { margin: 0; display: flex; flex-direction: column; height: 100vh; height: 100dvh; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: var(--ink); background: #fff; }
header { display: flex; align-items: center; justify-content: space-between; gap: 1rem; padding: .6rem 1rem; border-bottom: 1px solid var(--line); }
header h1 { margin: 0; font-size: 1.1rem; }
header p { margin: 0; color: var(--muted); font-size: .85rem; }
.visually-hidden { position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
#chat-log { flex: 1; overflow-y: auto; padding: 1rem; display: flex; flex-direction: column; gap: .75rem; }
.msg { max-width: min(46rem, 92%); overflow-wrap: anywhere; }
.msg.user { align-self: flex-end; }
.msg.bot { align-self: flex-start; }
.msg.system { align-self: center; color: var(--error); font-size: .9rem; text-align: center; }
.bubble { padding: .55rem .85rem; border-radius: .8rem; }
.user .bubble { background: var(--user); border-bottom-right-radius: .2rem; white-space: pre-wrap; }
.bot .bubble { background: var(--bot); border-bottom-left-radius: .2rem; }
.bubble p, .card .ac-textBlock p { margin: 0; }
.bubble p + p, .bubble p + ul, .bubble ul + p, .bubble p + ol, .bubble ol + p { margin-top: .6rem; }
.bubble ul, .bubble ol { margin: .3rem 0; padding-left: 1.2rem; }
.card { margin-top: .5rem; border: 1px solid var(--line); border-radius: .6rem; overflow: hidden; background: #fff; }
.card-notice { margin: .4rem 0 0; color: var(--muted); font-style: italic; font-size: .9rem; }
.suggestions { display: flex; flex-wrap: wrap; gap: .4rem; margin-top: .5rem; }
.suggestion { padding: .3rem .8rem; font: inherit; font-size: .9rem; color: var(--accent); background: #fff; border: 1px solid var(--accent); border-radius: 1rem; cursor: pointer; }
.suggestion:hover { background: var(--user); }
#chat-typing { padding: 0 1rem .4rem; color: var(--muted); font-size: .9rem; font-style: italic; }
form { display: flex; gap: .5rem; padding: .75rem 1rem; border-top: 1px solid var(--line); }
form input { flex: 1; min-width: 0; padding: .6rem .75rem; font: inherit; border: 1px solid #888; border-radius: .4rem; }
button.primary { padding: .6rem 1.1rem; font: inherit; color: #fff; background: var(--accent); border: 0; border-radius: .4rem; cursor: pointer; }
button.secondary { padding: .3rem .7rem; font: inherit; font-size: .85rem; color: var(--accent); background: #fff; border: 1px solid var(--accent); border-radius: .4rem; cursor: pointer; }
button:disabled, input:disabled { opacity: .6; cursor: wait; }
a:focus-visible, button:focus-visible, input:focus-visible { outline: 3px solid #0a76f6; outline-offset: 2px; }
@media (max-width: 30rem) { header p { display: none; } .msg { max-width: 100%; } }
`;

/** The page's settings for its script, as JSON safe inside a <script> element. */
function configJson(options: ChatPageOptions): string {
  return JSON.stringify({ botName: options.botName }).replace(/</g, "\\u003c");
}

/**
 * The local chat page (local mode only, without Teams credentials): a French, self-contained page that posts
 * Bot Framework activities to `/api/messages` with `deliveryMode: "expectReplies"` and renders the replies'
 * Markdown text, Adaptive Cards (renderer loaded from /static/adaptivecards.js) and suggested actions. A `?q=`
 * parameter is asked right after the welcome.
 */
export function renderChatPage(options: ChatPageOptions): string {
  return html`${pageHead(`${options.botName} – conversation locale`, CONTENT_SECURITY_POLICY, STYLE)}
<body>
<header>
<div>
<h1>${options.botName}</h1>
<p>Conversation locale de test : les réponses viennent des plans chargés sur ce poste.</p>
</div>
<button type="button" class="secondary" id="chat-reset">Nouvelle conversation</button>
</header>
<main id="chat-log" data-testid="chat-log" role="log" aria-live="polite" aria-relevant="additions" aria-label="Conversation" tabindex="0"></main>
<div id="chat-typing" role="status" hidden>${options.botName} écrit…</div>
<form id="chat-form" autocomplete="off">
<label for="chat-input" class="visually-hidden">Votre question</label>
<input id="chat-input" data-testid="chat-input" type="text" name="text" maxlength="2000" placeholder="Posez votre question, par exemple « qui pilote l'action mobilité dans le 22 ? »" autofocus>
<button type="submit" class="primary" id="chat-send" data-testid="chat-send">Envoyer</button>
</form>
<script type="application/json" id="chat-config">${rawHtml(configJson(options))}</script>
<script src="${ADAPTIVE_CARDS_SCRIPT_PATH}"></script>
<script>${rawHtml(INLINE_SCRIPT)}</script>
</body>
</html>
`.html;
}
