/**
 * Composition root: reads the configuration (environment and .env), builds the app and starts listening.
 * `npm start` runs it.
 */
import { warmUpInBackground } from "../dialogs/answer/warm-up.js";
import { createApp } from "./app.js";
import { hasCredentials, loadConfig, readDotEnv } from "./config.js";
import { createLogger } from "./logger.js";

const started = performance.now();

/** Resolves once the bot listens and has warmed up (dist/bot/start.cjs then saves V8's code cache). */
export const warmed: Promise<void> = main();

async function main(): Promise<void> {
  const loaded = loadConfig({ ...readDotEnv(), ...process.env });
  if (!loaded.ok) {
    process.stderr.write(`${loaded.error}\n`);
    process.exit(1);
  }
  const config = loaded.config;
  const logger = createLogger(config.LOG_LEVEL);
  const built = await createApp(config, logger);
  if (!built.ok) {
    process.stderr.write(`${built.error}\n`);
    process.exit(1);
  }
  const { server, kb } = built.app;

  const stop = (): void => {
    server.close(() => process.exit(0));
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);

  await new Promise<void>((listening) =>
    server.listen(config.PORT, () => {
      const mode = hasCredentials(config) ? `Bot Framework app ${config.MicrosoftAppId}` : `local mode: open ${config.PUBLIC_URL}/`;
      logger.info({ port: config.PORT, fiches: kb.catalog.fiches.length, readyMs: Math.round(performance.now() - started) }, `ready (${mode})`);
      listening();
    }),
  );
  // Listening first: the pieces built on first use are prepared meanwhile, between requests. Where answer threads
  // answer (they warm up themselves), the main thread only prepares what understanding a question needs.
  const ms = await warmUpInBackground(kb.index, { answers: built.app.answerer.started === 0 });
  logger.info({ warmUpMs: Math.round(ms), warmMs: Math.round(performance.now() - started) }, "warm");
}
