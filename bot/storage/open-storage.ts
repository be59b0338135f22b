import type { Storage } from "botbuilder";
import { join, resolve } from "node:path";
import type { Config } from "../config.js";
import type { WarningSink } from "./json-file.js";
import { LowdbStorage } from "./lowdb-storage.js";
import type { RecordsRepository } from "./records-repository.js";
import { RecordsStore } from "./records-store.js";

/** Where state and records live: lowdb files under DATA_DIR (the default), or a blob container all instances share. */
export type StorageChoice =
  | { readonly kind: "lowdb"; readonly dataDir: string }
  | { readonly kind: "blobs"; readonly connectionString: string; readonly container: string };

/** What opening the stores needs besides the choice. */
export interface OpenStoresOptions {
  /** RECORDS_RETENTION_DAYS. */
  readonly retentionDays: number;
  /** Recoverable problems (a corrupt file moved aside, an unreadable blob skipped). */
  readonly onWarning: WarningSink;
}

/** The bot's state and records, whatever the medium. */
export interface Stores {
  readonly state: Storage;
  readonly records: RecordsRepository;
}

type Opened<T> = ({ ok: true } & T) | { ok: false; error: string };

/** The storage the configuration asks for (STORAGE, DATA_DIR, AZURE_STORAGE_*). */
export function storageChoice(config: Pick<Config, "STORAGE" | "DATA_DIR" | "AZURE_STORAGE_CONNECTION_STRING" | "AZURE_STORAGE_CONTAINER">): Opened<{ choice: StorageChoice }> {
  if (config.STORAGE !== "blobs") return { ok: true, choice: { kind: "lowdb", dataDir: resolve(config.DATA_DIR) } };
  const connectionString = config.AZURE_STORAGE_CONNECTION_STRING;
  const container = config.AZURE_STORAGE_CONTAINER;
  // loadConfig already refuses STORAGE=blobs without them; checked again for a Config built by hand.
  if (connectionString === undefined || container === undefined) {
    return { ok: false, error: "storage: STORAGE=blobs needs AZURE_STORAGE_CONNECTION_STRING and AZURE_STORAGE_CONTAINER (see .env.example)" };
  }
  return { ok: true, choice: { kind: "blobs", connectionString, container } };
}

/**
 * Opens the state and the records of one bot instance. lowdb: DATA_DIR/state.json and DATA_DIR/records.jsonl.
 * blobs: the container is checked (created if missing) first, and an unreachable one fails here with one line
 * for the operator. The Azure modules are loaded only then, so that the lowdb default starts no slower.
 */
export async function openStores(choice: StorageChoice, options: OpenStoresOptions): Promise<Opened<Stores>> {
  if (choice.kind === "blobs") {
    const { openBlobStores } = await import("./open-blob-stores.js");
    return openBlobStores({ ...choice, ...options });
  }
  const state = await LowdbStorage.open(join(choice.dataDir, "state.json"), { onWarning: options.onWarning });
  const records = await openFileRecords(choice.dataDir, options);
  return { ok: true, state, records };
}

/** Opens only the records (for `npm run report`), as openStores would. */
export async function openRecords(choice: StorageChoice, options: OpenStoresOptions): Promise<Opened<{ records: RecordsRepository }>> {
  if (choice.kind === "blobs") {
    const { openBlobRecords } = await import("./open-blob-stores.js");
    return openBlobRecords({ ...choice, ...options });
  }
  return { ok: true, records: await openFileRecords(choice.dataDir, options) };
}

async function openFileRecords(dataDir: string, options: OpenStoresOptions): Promise<RecordsRepository> {
  return RecordsStore.open(join(dataDir, "records.jsonl"), { retentionDays: options.retentionDays, onWarning: options.onWarning });
}
