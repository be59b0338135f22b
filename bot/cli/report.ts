/**
 * `npm run report`: prints, for the coordinator, the questions the bot could not answer (most frequent first) and
 * the 👎 with their comments, from DATA_DIR/records.jsonl or, with STORAGE=blobs, from the records every instance
 * wrote to the shared blob container (expired ones are deleted on the way). Personal data was masked before it
 * was stored.
 */
import { loadConfig, readDotEnv } from "../config.js";
import { formatReport } from "../storage/format-report.js";
import { openRecords, storageChoice } from "../storage/open-storage.js";

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

// Everything comes from the configuration: an argument is a mistake (a typo of another command), not ignored.
if (process.argv.length > 2) fail(`report: unexpected argument ${JSON.stringify(process.argv[2])}; it takes none (DATA_DIR, STORAGE and the rest come from .env or the environment)`);
const loaded = loadConfig({ ...readDotEnv(), ...process.env });
if (!loaded.ok) fail(loaded.error);
const chosen = storageChoice(loaded.config);
if (!chosen.ok) fail(chosen.error);
const opened = await openRecords(chosen.choice, {
  retentionDays: loaded.config.RECORDS_RETENTION_DAYS,
  onWarning: (m) => process.stderr.write(`${m}\n`),
});
if (!opened.ok) fail(opened.error);
process.stdout.write(`${formatReport(await opened.records.list())}\n`);
