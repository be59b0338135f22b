import { randomUUID } from "node:crypto";
import type { Storage, StoreItems } from "botbuilder";
import { z } from "zod";
import { openJsonFile, warnOnConsole, type JsonFile, type WarningSink } from "./json-file.js";
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
  readonly #file: JsonFile<StateFile>;
  /**
   * The state with every accepted write, written or about to be: eTag checks run against it. Changed in place
   * (copying thousands of conversations' items at every write cost more than the turn); each file write
   * serializes it at once (JsonFile.save).
   */
  readonly #state: StateFile;
  readonly #group = new GroupCommit(() => this.#persist());

  private constructor(file: JsonFile<StateFile>) {
    this.#file = file;
    this.#state = { version: 1, items: { ...file.data.items } };
  }

  /** Opens (or creates) the state file at `path`, creating its folders. */
  static async open(path: string, options: LowdbStorageOptions = {}): Promise<LowdbStorage> {
    const file = await openJsonFile(path, StateFileSchema, (): StateFile => ({ version: 1, items: {} }), options.onWarning ?? warnOnConsole);
    return new LowdbStorage(file);
  }

  /** The stored items among `keys`, each with its eTag; missing keys are left out. */
  async read(keys: string[]): Promise<StoreItems> {
    const parsed = KeysSchema.safeParse(keys);
    if (!parsed.success) throw new TypeError(`LowdbStorage.read: keys must be an array of strings`);
    const items: StoreItems = {};
    for (const key of parsed.data) {
      // The latest accepted state: a turn that retries after an eTag conflict must see the write that beat it,
      // even while that write is still on its way to the file.
      const item = Object.hasOwn(this.#state.items, key) ? this.#state.items[key] : undefined;
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
    // Checked, then applied, in call order against the latest accepted state (written or about to be); both loops
    // run without a pause, so no other write comes between the check and the change.
    const items = this.#state.items;
    for (const [key, item] of Object.entries(incoming)) {
      const stored = Object.hasOwn(items, key) ? items[key] : undefined;
      if (stored !== undefined && item.eTag && item.eTag !== "*" && item.eTag !== stored.eTag) throw new ETagConflictError(key);
    }
    for (const [key, item] of Object.entries(incoming)) items[key] = { ...item, eTag: randomUUID() };
    return this.#group.next();
  }

  /** Deletes `keys`; missing keys are ignored. */
  async delete(keys: string[]): Promise<void> {
    const parsed = KeysSchema.safeParse(keys);
    if (!parsed.success) throw new TypeError(`LowdbStorage.delete: keys must be an array of strings`);
    const present = parsed.data.filter((key) => Object.hasOwn(this.#state.items, key));
    if (present.length === 0) return this.flush();
    for (const key of present) delete this.#state.items[key];
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
  #persist(): Promise<void> {
    return this.#file.save(this.#state);
  }
}
