import { randomUUID } from "node:crypto";
import type { Storage, StoreItems } from "botbuilder";
import type { Low } from "lowdb";
import { z } from "zod";
import { openJsonFile, warnOnConsole, type WarningSink, writeOrRestore } from "./json-file.js";
import { GroupCommit } from "./group-commit.js";

const StoredItemSchema = z.looseObject({ eTag: z.string().min(1) });

/** The state file: `{ "version": 1, "items": { "<key>": { "eTag": "…", … } } }`. */
export const StateFileSchema = z.object({
  version: z.literal(1),
  items: z.record(z.string(), StoredItemSchema),
});

/** The state file's content. */
export type StateFile = z.infer<typeof StateFileSchema>;
type StoredItem = z.infer<typeof StoredItemSchema>;

const KeysSchema = z.array(z.string());
const ChangesSchema = z.record(z.string(), z.looseObject({ eTag: z.string().optional() }));

/** Options of LowdbStorage.open. */
export interface LowdbStorageOptions {
  /** Told when the file was corrupt and moved aside. Default: console.warn. */
  onWarning?: WarningSink;
}

/** The error of a write whose eTag no longer matches the stored item: read again, reapply, retry. */
export class ETagConflictError extends Error {
  constructor(readonly key: string) {
    super(`Storage: error writing "${key}" due to eTag conflict.`);
    this.name = "ETagConflictError";
  }
}

/**
 * Bot Framework state storage in a local JSON file (lowdb), for a single bot process: conversation and user state
 * survive restarts without any cloud service.
 *
 * - eTags, as MemoryStorage: an item written with eTag "*", an empty or no eTag, or whose key is not stored, is
 *   written unconditionally; otherwise its eTag must equal the stored one, or `write` rejects with an
 *   ETagConflictError and nothing of the batch is written. Every written item gets a new random eTag, which `read`
 *   returns.
 * - Writes and deletes are checked in call order and committed in groups: the writes accepted while the file is
 *   being written share the next write (temp file + rename, see openJsonFile), and each resolves only once its
 *   group is on disk. Reads see every accepted write (so a retry after a conflict sees what beat it).
 * - `read` and `write` copy the items (through JSON, like MemoryStorage): callers may mutate what they read or wrote.
 * - A corrupt file is moved aside and the store starts empty (see openJsonFile).
 */
export class LowdbStorage implements Storage {
  readonly #db: Low<StateFile>;
  /** The state as last written to the file. */
  #committed: StateFile;
  /** The state with every accepted write, written or about to be: eTag checks run against it. */
  #pending: StateFile;
  readonly #group = new GroupCommit(() => this.#persist());

  private constructor(db: Low<StateFile>) {
    this.#db = db;
    this.#committed = db.data;
    this.#pending = db.data;
  }

  /** Opens (or creates) the state file at `path`, creating its folders. */
  static async open(path: string, options: LowdbStorageOptions = {}): Promise<LowdbStorage> {
    const db = await openJsonFile(path, StateFileSchema, (): StateFile => ({ version: 1, items: {} }), options.onWarning ?? warnOnConsole);
    return new LowdbStorage(db);
  }

  /** The stored items among `keys`, each with its eTag; missing keys are left out. */
  async read(keys: string[]): Promise<StoreItems> {
    const parsed = KeysSchema.safeParse(keys);
    if (!parsed.success) throw new TypeError(`LowdbStorage.read: keys must be an array of strings`);
    const items: StoreItems = {};
    for (const key of parsed.data) {
      // The latest accepted state: a turn that retries after an eTag conflict must see the write that beat it,
      // even while that write is still on its way to the file.
      const item = this.#pending.items[key];
      if (item !== undefined) items[key] = structuredClone(item);
    }
    return items;
  }

  /** Writes `changes` (see the class comment for eTags); rejects on a conflict, writing nothing. */
  async write(changes: StoreItems): Promise<void> {
    // Copied now, through JSON: the caller may keep mutating its objects, and what cannot be stored fails here.
    const parsed = ChangesSchema.safeParse(JSON.parse(JSON.stringify(changes ?? null)));
    if (!parsed.success) throw new TypeError(`LowdbStorage.write: changes must map keys to objects (${z.prettifyError(parsed.error)})`);
    const incoming = parsed.data;
    // Checked and applied in call order against the latest accepted state (written or about to be).
    const items: Record<string, StoredItem> = { ...this.#pending.items };
    for (const [key, item] of Object.entries(incoming)) {
      const stored = items[key];
      if (stored !== undefined && item.eTag && item.eTag !== "*" && item.eTag !== stored.eTag) throw new ETagConflictError(key);
    }
    for (const [key, item] of Object.entries(incoming)) items[key] = { ...item, eTag: randomUUID() };
    this.#pending = { version: 1, items };
    return this.#group.next();
  }

  /** Deletes `keys`; missing keys are ignored. */
  async delete(keys: string[]): Promise<void> {
    const parsed = KeysSchema.safeParse(keys);
    if (!parsed.success) throw new TypeError(`LowdbStorage.delete: keys must be an array of strings`);
    const present = parsed.data.filter((key) => key in this.#pending.items);
    if (present.length === 0) return this.flush();
    const items = { ...this.#pending.items };
    for (const key of present) delete items[key];
    this.#pending = { version: 1, items };
    return this.#group.next();
  }

  /** Resolves once every write and delete called so far is on disk (or failed). For a clean shutdown. */
  async flush(): Promise<void> {
    await this.#group.idle();
  }

  /**
   * Writes the latest accepted state. A failed write rejects its callers but its changes stay accepted and go with
   * the next write: rolling them back would also drop the changes accepted during the failed write, which the next
   * write would then acknowledge without storing.
   */
  async #persist(): Promise<void> {
    await this.#commit(this.#pending);
  }

  /** Writes `next` to the file, then makes it the state; on failure the state stays as it was. */
  async #commit(next: StateFile): Promise<void> {
    await writeOrRestore(this.#db, next, this.#committed);
    this.#committed = next;
  }
}
