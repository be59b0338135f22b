import type { Storage, StoreItems } from "botbuilder";
import { BlobsStorage } from "botbuilder-azure-blobs";
import { z } from "zod";
import { BLOB_PIPELINE_OPTIONS } from "./blob-container.js";
import type { WarningSink } from "./json-file.js";
import { ETagConflictError } from "./lowdb-storage.js";

const KeysSchema = z.array(z.string().min(1));
const ChangesSchema = z.record(z.string().min(1), z.looseObject({ eTag: z.string().optional() }));
const StoredItemSchema = z.looseObject({ eTag: z.string().min(1) });
/** BlobsStorage turns the SDK's 412 into a plain Error with this message. */
const CONFLICT = /^Storage: error writing "(.*)" due to eTag conflict\.$/s;

/**
 * Bot Framework state shared by every bot instance, in an Azure Blob Storage container: botbuilder-azure-blobs'
 * BlobsStorage (one JSON blob per state key, the blob's ETag as the item's eTag), wrapped so that it behaves as
 * ConversationState and UserState expect, as LowdbStorage does:
 *
 * - eTags: a write whose eTag is "*", empty or absent overwrites (sent with no If-Match header: BlobsStorage would
 *   send an empty one for an absent eTag); any other eTag must still be the blob's, or the write rejects with an
 *   ETagConflictError, as LowdbStorage's, so that a turn on another instance that wrote first is never
 *   overwritten. Unlike LowdbStorage, a write with an eTag on a key that no longer exists (deleted since it was
 *   read) is a conflict too. A batch of several keys is not atomic: blobs are written one by one.
 * - Reads are validated: a blob that is not a JSON object (truncated, written by hand) is reported through
 *   `onWarning` and read as missing, so that the turn starts that state afresh and its next write replaces it,
 *   rather than every turn of that user failing.
 * - Changes are checked before anything is sent: an item that is not an object is refused with a TypeError.
 */
export class BlobStateStorage implements Storage {
  readonly #blobs: BlobsStorage;
  readonly #onWarning: WarningSink;

  private constructor(blobs: BlobsStorage, onWarning: WarningSink) {
    this.#blobs = blobs;
    this.#onWarning = onWarning;
  }

  /**
   * Opens the state on `containerName` (see connectBlobContainer, which should have checked it first). Resolves
   * once BlobsStorage has made sure of the container: its first call does, and keeps that call's outcome for good.
   */
  static async open(connectionString: string, containerName: string, options: { onWarning: WarningSink }): Promise<BlobStateStorage> {
    const blobs = new BlobsStorage(connectionString, containerName, { storagePipelineOptions: BLOB_PIPELINE_OPTIONS });
    await blobs.read([]);
    return new BlobStateStorage(blobs, options.onWarning);
  }

  /** The stored items among `keys`, each with its eTag; missing keys (and unreadable blobs) are left out. */
  async read(keys: string[]): Promise<StoreItems> {
    const parsed = KeysSchema.safeParse(keys);
    if (!parsed.success) throw new TypeError("BlobStateStorage.read: keys must be an array of non-empty strings");
    let raw: StoreItems;
    try {
      raw = await this.#blobs.read(parsed.data);
    } catch (error) {
      if (!(error instanceof SyntaxError)) throw error;
      raw = await this.#readOneByOne(parsed.data);
    }
    const items: StoreItems = {};
    for (const [key, value] of Object.entries(raw)) {
      const item = StoredItemSchema.safeParse(value);
      if (item.success) items[key] = item.data;
      else this.#onWarning(`storage: state blob "${key}" is not a JSON object with an eTag; reading it as empty, the next write replaces it`);
    }
    return items;
  }

  /** Writes `changes` (see the class comment for eTags); rejects with ETagConflictError on a stale eTag. */
  async write(changes: StoreItems): Promise<void> {
    const parsed = ChangesSchema.safeParse(changes);
    if (!parsed.success) throw new TypeError(`BlobStateStorage.write: changes must map keys to objects (${z.prettifyError(parsed.error)})`);
    const normalized: StoreItems = {};
    for (const [key, item] of Object.entries(parsed.data)) {
      normalized[key] = { ...item, eTag: item.eTag === undefined || item.eTag === "" ? "*" : item.eTag };
    }
    try {
      await this.#blobs.write(normalized);
    } catch (error) {
      const conflict = error instanceof Error ? CONFLICT.exec(error.message) : null;
      if (conflict) throw new ETagConflictError(conflict[1]!);
      throw error;
    }
  }

  /** Deletes `keys`; missing keys are ignored. */
  async delete(keys: string[]): Promise<void> {
    const parsed = KeysSchema.safeParse(keys);
    if (!parsed.success) throw new TypeError("BlobStateStorage.delete: keys must be an array of non-empty strings");
    await this.#blobs.delete(parsed.data);
  }

  /** After a read failed on invalid JSON: each key alone, the unreadable ones reported and left out. */
  async #readOneByOne(keys: readonly string[]): Promise<StoreItems> {
    const items: StoreItems = {};
    for (const key of keys) {
      try {
        Object.assign(items, await this.#blobs.read([key]));
      } catch (error) {
        if (!(error instanceof SyntaxError)) throw error;
        this.#onWarning(`storage: state blob "${key}" is not valid JSON (${error.message}); reading it as empty, the next write replaces it`);
      }
    }
    return items;
  }
}
