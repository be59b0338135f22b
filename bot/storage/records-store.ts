import type { Low } from "lowdb";
import { z } from "zod";
import { openJsonFile, warnOnConsole, type WarningSink, writeOrRestore } from "./json-file.js";
import { prepareRecord } from "./prepare-record.js";
import { RecordsFileSchema, type RecordInput, type RecordsFile, type StoredRecord } from "./records-schema.js";
import { GroupCommit } from "./group-commit.js";
import type { RecordsRepository } from "./records-repository.js";

export { formatReport, normalizeQuestion } from "./format-report.js";
export { hashConversationId } from "./conversation-hash.js";
export type { FeedbackRecord, RecordInput, StoredRecord, UnansweredRecord } from "./records-schema.js";

/** Default number of days a record is kept: 180, as RECORDS_RETENTION_DAYS. */
export const DEFAULT_RETENTION_DAYS = 180;
const DAY_MS = 86_400_000;

/** Options of RecordsStore.open. */
export interface RecordsStoreOptions {
  /** Days a record is kept; older ones are dropped on open and on append. Default 180. */
  retentionDays?: number;
  /** Told when the file was corrupt and moved aside. Default: console.warn. */
  onWarning?: WarningSink;
  /** The clock, for tests. Default: the current time. */
  now?: () => Date;
}

/** Which records `list` returns; every field narrows. */
export interface RecordsFilter {
  kind?: StoredRecord["kind"];
  /** Only records at or after this date. */
  since?: Date;
}

/** The outcome of `append`: the record as stored (masked), or why it was refused. */
export type AppendResult = { ok: true; record: StoredRecord } | { ok: false; error: string };

/**
 * The coordinator's records, in their own JSON file: 👍/👎 feedback on answers and questions no fiche answered.
 * Append-only; records older than the retention period are dropped (on open and on append), and every free text
 * (question, comment) goes through maskPersonalData before it reaches the disk. Writes are serialized and atomic,
 * and a corrupt file is moved aside, as for LowdbStorage.
 */
export class RecordsStore implements RecordsRepository {
  readonly #db: Low<RecordsFile>;
  readonly #group = new GroupCommit(() => this.#persist());
  readonly #retentionMs: number;
  readonly #now: () => Date;
  /** What the file holds. */
  #committed: RecordsFile;
  /** Every accepted record, written or about to be (group commit, as LowdbStorage). */
  #pending: RecordsFile;

  private constructor(db: Low<RecordsFile>, retentionDays: number, now: () => Date) {
    this.#db = db;
    this.#committed = db.data;
    this.#pending = db.data;
    this.#retentionMs = retentionDays * DAY_MS;
    this.#now = now;
  }

  /** Opens (or creates) the records file at `path`, then drops the expired records. */
  static async open(path: string, options: RecordsStoreOptions = {}): Promise<RecordsStore> {
    const retentionDays = z.number().int().min(1).parse(options.retentionDays ?? DEFAULT_RETENTION_DAYS);
    const db = await openJsonFile(path, RecordsFileSchema, (): RecordsFile => ({ version: 1, records: [] }), options.onWarning ?? warnOnConsole);
    const store = new RecordsStore(db, retentionDays, options.now ?? (() => new Date()));
    const kept = store.#unexpired(store.#committed.records);
    if (kept.length < store.#committed.records.length) {
      store.#pending = { version: 1, records: kept };
      await store.#group.next();
    }
    return store;
  }

  /**
   * Validates, masks and appends a record; `at` defaults to now. An invalid record (unknown field, raw conversation
   * id, empty question…) is refused with its reason, not thrown: it comes from a user's click or message.
   */
  async append(input: RecordInput): Promise<AppendResult> {
    const prepared = prepareRecord(input, this.#now());
    if (!prepared.ok) return prepared;
    const record = prepared.record;
    if (this.#expired(record)) return { ok: false, error: "record older than the retention period" };
    this.#pending = { version: 1, records: [...this.#pending.records, record] };
    await this.#group.next();
    return { ok: true, record: structuredClone(record) };
  }

  /** The unexpired records matching `filter`, oldest first, as copies. */
  async list(filter: RecordsFilter = {}): Promise<StoredRecord[]> {
    const since = filter.since?.getTime() ?? -Infinity;
    return this.#unexpired(this.#committed.records)
      .filter((r) => (filter.kind === undefined || r.kind === filter.kind) && Date.parse(r.at) >= since)
      .map((r) => structuredClone(r));
  }

  /** Resolves once every append called so far is on disk (or failed). For a clean shutdown. */
  flush(): Promise<void> {
    return this.#group.idle();
  }

  #expired(record: StoredRecord): boolean {
    return Date.parse(record.at) < this.#now().getTime() - this.#retentionMs;
  }

  #unexpired(records: readonly StoredRecord[]): StoredRecord[] {
    return records.filter((r) => !this.#expired(r));
  }

  /**
   * Writes the accepted records, less the expired ones. A failed write rejects its callers and its records stay
   * pending for the next write (see LowdbStorage: a rollback would lose records acknowledged meanwhile).
   */
  async #persist(): Promise<void> {
    await this.#commit({ version: 1, records: this.#unexpired(this.#pending.records) });
    // Records appended during the write stay pending; expired ones leave memory too.
    this.#pending = { version: 1, records: this.#unexpired(this.#pending.records) };
  }

  /** Writes `next` to the file, then makes it the state; on failure the state stays as it was. */
  async #commit(next: RecordsFile): Promise<void> {
    await writeOrRestore(this.#db, next, this.#committed);
    this.#committed = next;
  }
}
