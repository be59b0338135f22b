import type { Storage } from "botbuilder";
import { connectBlobContainer, unreachableMessage } from "./blob-container.js";
import { BlobRecordsStore } from "./blob-records-store.js";
import { BlobStateStorage } from "./blob-state-storage.js";
import type { WarningSink } from "./json-file.js";
import type { RecordsRepository } from "./records-repository.js";

/** Where the shared container is, and how records are kept in it. */
export interface BlobStoresOptions {
  readonly connectionString: string;
  readonly container: string;
  readonly retentionDays: number;
  readonly onWarning: WarningSink;
}

/**
 * The records of every instance in the shared blob container, after checking the container (created if missing).
 * Separate from openBlobStores so that `npm run report` opens no state.
 */
export async function openBlobRecords(options: BlobStoresOptions): Promise<{ ok: true; records: RecordsRepository } | { ok: false; error: string }> {
  const connected = await connectBlobContainer(options.connectionString, options.container);
  if (!connected.ok) return connected;
  try {
    const records = await BlobRecordsStore.open(connected.container, { retentionDays: options.retentionDays, onWarning: options.onWarning });
    return { ok: true, records };
  } catch (error) {
    // Reachable but not usable: e.g. a SAS that may read but not list or delete.
    return { ok: false, error: unreachableMessage(options.container, error) };
  }
}

/** The state and the records of a bot instance in the shared blob container, after checking the container. */
export async function openBlobStores(
  options: BlobStoresOptions,
): Promise<{ ok: true; state: Storage; records: RecordsRepository } | { ok: false; error: string }> {
  const connected = await connectBlobContainer(options.connectionString, options.container);
  if (!connected.ok) return connected;
  try {
    const state = await BlobStateStorage.open(options.connectionString, options.container, { onWarning: options.onWarning });
    const records = await BlobRecordsStore.open(connected.container, { retentionDays: options.retentionDays, onWarning: options.onWarning });
    return { ok: true, state, records };
  } catch (error) {
    // Reachable but not usable: e.g. a SAS that may read but not create the container (BlobsStorage tries), list or delete.
    return { ok: false, error: unreachableMessage(options.container, error) };
  }
}
