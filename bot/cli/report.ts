/**
 * `npm run report`: prints, for the coordinator, the questions the bot could not answer (most frequent first) and
 * the 👎 with their comments, from DATA_DIR/records.json. Personal data was masked before it was stored.
 */
import { join, resolve } from "node:path";
import { loadConfig, readDotEnv } from "../config.js";
import { formatReport, RecordsStore } from "../storage/records-store.js";

const loaded = loadConfig({ ...readDotEnv(), ...process.env });
if (!loaded.ok) {
  process.stderr.write(`${loaded.error}\n`);
  process.exit(1);
}
const store = await RecordsStore.open(join(resolve(loaded.config.DATA_DIR), "records.json"), {
  retentionDays: loaded.config.RECORDS_RETENTION_DAYS,
  onWarning: (m) => process.stderr.write(`${m}\n`),
});
process.stdout.write(`${formatReport(await store.list())}\n`);
