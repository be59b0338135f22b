import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Activity } from "botbuilder";
import { AuthenticationError } from "botframework-connector";
import restify from "restify";
import type { ActivityAdapter } from "./adapter.js";
import type { KnowledgeBase } from "../knowledge/knowledge-base.js";
import { checkActivity } from "./activity-envelope.js";
import type { Config } from "./config.js";
import { hasCredentials } from "./config.js";
import type { InsertionBot } from "./insertion-bot.js";
import type { Logger } from "./logger.js";
import { renderChatPage } from "./pages/chat-page.js";
import { relatedFiches, renderFichePage } from "./pages/fiche-page.js";
import { renderNotFoundPage } from "./pages/not-found-page.js";
import { renderPrivacyPage, renderTermsPage } from "./pages/policy-pages.js";

/** The largest request body accepted: an activity is a few KB; a bigger body is refused with 413. */
export const MAX_BODY_BYTES = 256 * 1024;

/** What the HTTP server serves from. */
export interface ServerDeps {
  readonly config: Config;
  readonly kb: KnowledgeBase;
  readonly adapter: ActivityAdapter;
  readonly bot: InsertionBot;
  readonly logger: Logger;
  /** How many answer threads are up (for /healthz); default: none reported. */
  readonly answerThreads?: () => number;
}

const require = createRequire(import.meta.url);
let adaptiveCardsScript: string | null = null;
function adaptiveCardsJs(): string {
  adaptiveCardsScript ??= readFileSync(require.resolve("adaptivecards/dist/adaptivecards.min.js"), "utf8");
  return adaptiveCardsScript;
}

function sendHtml(res: restify.Response, status: number, html: string): void {
  res.writeHead(status, { "Content-Type": "text/html; charset=utf-8", "Content-Length": Buffer.byteLength(html), "X-Content-Type-Options": "nosniff" });
  res.end(html);
}

/** Sends a JSON body (none when undefined) straight on the response: restify's formatter costs more per turn. */
function sendJson(res: restify.Response, status: number, body: unknown): void {
  if (body === undefined) {
    res.writeHead(status, { "Content-Length": 0 });
    res.end();
    return;
  }
  const json = JSON.stringify(body);
  res.writeHead(status, { "Content-Type": "application/json; charset=utf-8", "Content-Length": Buffer.byteLength(json) });
  res.end(json);
}

/**
 * The restify server: POST /api/messages (Bot Framework), GET /healthz, GET /fiches/:id (HTML) and
 * /fiches/:id.json, and, only without app credentials, the local chat page at GET / with its script.
 */
export function createServer(deps: ServerDeps): restify.Server {
  const { config, kb, adapter, bot, logger } = deps;
  const server = restify.createServer({ name: "referent-insertion-bot", handleUncaughtExceptions: false });
  server.use(restify.plugins.bodyParser({ maxBodySize: MAX_BODY_BYTES, mapParams: false, rejectUnknown: true }));
  server.use(restify.plugins.queryParser({ mapParams: false }));

  server.post("/api/messages", async (req, res) => {
    const started = performance.now();
    // With credentials, a request without a token is refused before its body is even read (the adapter then
    // checks the token of those that carry one).
    if (hasCredentials(config) && !req.headers.authorization) {
      res.send(401, { error: "unauthorized" });
      return;
    }
    const checked = checkActivity(req.body);
    if (!checked.ok) {
      res.send(400, { error: checked.error });
      logger.info({ route: "messages", status: 400, ms: Math.round(performance.now() - started) }, "activity refused");
      return;
    }
    const activity = req.body as Activity;
    let status: number;
    let body: unknown;
    try {
      const reply = await adapter.handle(req.headers.authorization ?? "", activity, (context) => bot.run(context));
      status = reply?.status ?? 200;
      body = reply?.body;
    } catch (error) {
      // As CloudAdapter.process answers: 401 for a refused token, 500 for anything else (the turn's own errors are
      // the turn-error handler's and never come here).
      const message = error instanceof Error ? error.message : String(error);
      status = error instanceof AuthenticationError ? 401 : 500;
      body = { error: message };
      if (status === 500) logger.error({ err: { message } }, "activity not processed");
    }
    sendJson(res, status, body);
    if (res.statusCode >= 400) logger.warn({ route: "messages", status: res.statusCode, ms: Math.round(performance.now() - started) }, "activity refused");
  });

  server.get("/healthz", async (_req, res) => {
    res.send(200, { status: "ok", plans: kb.catalog.plans.length, fiches: kb.catalog.fiches.length, ...(deps.answerThreads ? { answerThreads: deps.answerThreads() } : {}) });
  });

  server.get("/fiches/:id", async (req, res) => {
    const raw = String(req.params.id ?? "");
    const json = raw.endsWith(".json");
    const id = json ? raw.slice(0, -5) : raw;
    const fiche = kb.index.get(id);
    if (json) {
      if (fiche) res.send(200, fiche);
      else res.send(404, { error: "fiche introuvable", id });
      return;
    }
    if (!fiche) return sendHtml(res, 404, renderNotFoundPage(id, config.PUBLIC_URL, kb.catalog));
    const plan = kb.catalog.plans.find((p) => p.id === fiche.planId);
    sendHtml(res, 200, renderFichePage(fiche, { plan, related: relatedFiches(fiche, kb.catalog), publicUrl: config.PUBLIC_URL }));
  });

  server.get("/confidentialite", async (_req, res) => sendHtml(res, 200, renderPrivacyPage(config.RECORDS_RETENTION_DAYS)));
  server.get("/conditions-utilisation", async (_req, res) => sendHtml(res, 200, renderTermsPage()));

  if (!hasCredentials(config)) {
    server.get("/", async (_req, res) => sendHtml(res, 200, renderChatPage({ botName: "Assistant insertion" })));
    server.get("/static/adaptivecards.js", async (_req, res) => {
      const js = adaptiveCardsJs();
      res.writeHead(200, { "Content-Type": "application/javascript; charset=utf-8", "Content-Length": Buffer.byteLength(js), "Cache-Control": "max-age=3600" });
      res.end(js);
    });
  }
  return server;
}
