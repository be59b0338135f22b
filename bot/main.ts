/**
 * Composition root: reads the configuration (environment and .env), builds the app and starts listening.
 * `npm start` runs it.
 */
import { createApp } from "./app.js";
import { hasCredentials, loadConfig, readDotEnv } from "./config.js";
import { createLogger } from "./logger.js";

const started = performance.now();
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

server.listen(config.PORT, () => {
  const mode = hasCredentials(config) ? `Bot Framework app ${config.MicrosoftAppId}` : `local mode: open ${config.PUBLIC_URL}/`;
  logger.info({ port: config.PORT, fiches: kb.catalog.fiches.length, readyMs: Math.round(performance.now() - started) }, `ready (${mode})`);
});

const stop = (): void => {
  server.close(() => process.exit(0));
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
