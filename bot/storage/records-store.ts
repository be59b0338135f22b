import { appendFile, copyFile, mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { z } from "zod";
import { GroupCommit } from "./group-commit.js";
import { corruptPath, warnOnConsole, type WarningSink } from "./json-file.js";
import { prepareRecord } from "./prepare-record.js";
import type { RecordsRepository } from "./records-repository.js";
import { RecordsFileSchema, StoredRecordSchema, type RecordInput, type StoredRecord } from "./records-schema.js";

export { formatReport, normalizeQuestion } from "./format-report.js";
export { hashConversationId } from "./conversation-hash.js";
export type { FeedbackRecord, RecordInput, StoredRecord, UnansweredRecord } from "./records-schema.js";

/** Default number of days a record is kept: 180, as RECORDS_RETENTION_DAYS. */
export const DEFAULT_RETENTION_DAYS = 180;
const DAY_MS = 86_400_000;

/** Options of RecordsStore.open. */
export interface RecordsStoreOptions {
  /** Days a record is kept; older ones are dropped on open, about daily while running, and never listed. Default 180. */
  retentionDays?: number;
  /** Told when unreadable lines were moved aside or an old records file was converted. Default: console.warn. */
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

/** The records of a file, and the lines that were not records (a write cut by a crash, a hand edit). */
interface FileContent {
  readonly records: StoredRecord[];
  readonly unreadable: number;
}

function parseLines(text: string): FileContent {
  const records: StoredRecord[] = [];
  let unreadable = 0;
  const lines = text.split("\n");
  // A file not ending with a newline ends with a line whose write was cut: it is not a record.
  if (lines.at(-1) !== "") unreadable += lines.pop()!.trim() === "" ? 0 : 1;
  for (const line of lines) {
    if (line.trim() === "") continue;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch {
      unreadable++;
      continue;
    }
    const parsed = StoredRecordSchema.safeParse(raw);
    if (parsed.success) records.push(parsed.data);
    else unreadable++;
  }
  return { records, unreadable };
}

const toLines = (records: readonly StoredRecord[]): string => records.map((r) => `${JSON.stringify(r)}\n`).join("");

/**
 * The coordinator's records (👍/👎 feedback, questions no fiche answered) in a JSON Lines file, one record per line,
 * appended. Why not one JSON document: rewriting the whole file at every record made each append cost as much as
 * the file, and kept every record in memory. Here an append writes its lines only (appends of overlapping turns
 * share one write), memory holds nothing but the date of the oldest record, and `list` reads the file.
 *
 * - Every record is validated and its free text masked (prepareRecord) before it reaches the disk.
 * - Retention: expired records are dropped on open and, while running, when the oldest is a day past the
 *   retention period (so the file is rewritten about once a day at most); `list` never returns them.
 * - On open, lines that are not records (the last line of a write cut by a crash, a hand edit) are left out of the
 *   file and the file as it was is copied aside (corruptPath) for an operator, with a warning.
 * - A rewrite (compaction) goes to a temporary file renamed over the old one: a crash leaves one or the other whole.
 * - A records.json of the earlier format beside the file is converted once, then renamed aside.
 */
export class RecordsStore implements RecordsRepository {
  readonly #path: string;
  readonly #retentionMs: number;
  readonly #now: () => Date;
  readonly #onWarning: WarningSink;
  readonly #group = new GroupCommit(() => this.#persist());
  /** Records accepted and not yet written. */
  #pending: StoredRecord[] = [];
  /** Date (ms) of the oldest record in the file, or null when it holds none. */
  #oldest: number | null = null;

  private constructor(path: string, retentionDays: number, now: () => Date, onWarning: WarningSink) {
    this.#path = path;
    this.#retentionMs = retentionDays * DAY_MS;
    this.#now = now;
    this.#onWarning = onWarning;
  }

  /** Opens (or creates) the records file at `path`, converting an old records.json and dropping expired records. */
  static async open(path: string, options: RecordsStoreOptions = {}): Promise<RecordsStore> {
    const retentionDays = z.number().int().min(1).parse(options.retentionDays ?? DEFAULT_RETENTION_DAYS);
    const file = resolve(path);
    const store = new RecordsStore(file, retentionDays, options.now ?? (() => new Date()), options.onWarning ?? warnOnConsole);
    await mkdir(dirname(file), { recursive: true });
    const legacy = await store.#readLegacy();
    const content = existsSync(file) ? parseLines(await readFile(file, "utf8")) : { records: [], unreadable: 0 };
    if (content.unreadable > 0) {
      const aside = corruptPath(file, store.#now());
      await copyFile(file, aside);
      store.#onWarning(`records: ${file}: ${content.unreadable} unreadable line(s) (a write cut by a crash?) left out; the file as it was is in ${aside}`);
    }
    const records = [...legacy.records, ...content.records];
    const kept = records.filter((r) => !store.#expired(r));
    if (legacy.from !== null || content.unreadable > 0 || kept.length < records.length || !existsSync(file)) await store.#rewrite(kept);
    else store.#oldest = oldestOf(kept);
    if (legacy.from !== null) {
      const aside = `${legacy.from}.converted-${store.#now().toISOString().replace(/[:.]/g, "-")}`;
      await rename(legacy.from, aside);
      store.#onWarning(`records: ${legacy.from}: ${legacy.records.length} record(s) moved to ${file}; the old file is kept as ${aside}`);
    }
    return store;
  }

  /**
   * Validates, masks and appends a record; `at` defaults to now. An invalid record (unknown field, raw conversation
   * id, empty question…) is refused with its reason, not thrown: it comes from a user's click or message. Resolves
   * once the record is in the file.
   */
  async append(input: RecordInput): Promise<AppendResult> {
    const prepared = prepareRecord(input, this.#now());
    if (!prepared.ok) return prepared;
    const record = prepared.record;
    if (this.#expired(record)) return { ok: false, error: "record older than the retention period" };
    this.#pending.push(record);
    await this.#group.next();
    return { ok: true, record: structuredClone(record) };
  }

  /** The unexpired records matching `filter`, oldest first (as appended), read from the file. */
  async list(filter: RecordsFilter = {}): Promise<StoredRecord[]> {
    await this.flush();
    const since = filter.since?.getTime() ?? -Infinity;
    const { records } = existsSync(this.#path) ? parseLines(await readFile(this.#path, "utf8")) : { records: [] };
    return records.filter((r) => !this.#expired(r) && (filter.kind === undefined || r.kind === filter.kind) && Date.parse(r.at) >= since);
  }

  /** Resolves once every append called so far is in the file (or failed). For a clean shutdown. */
  flush(): Promise<void> {
    return this.#group.idle();
  }

  #expired(record: StoredRecord): boolean {
    return Date.parse(record.at) < this.#now().getTime() - this.#retentionMs;
  }

  /**
   * Appends the accepted records in one write. A failed write rejects its callers and its records stay pending for the
   * next one (see LowdbStorage). About once a day the expired records are dropped (the file rewritten).
   */
  async #persist(): Promise<void> {
    const records = this.#pending;
    this.#pending = [];
    try {
      if (this.#oldest !== null && this.#oldest < this.#now().getTime() - this.#retentionMs - DAY_MS) {
        const stored = parseLines(await readFile(this.#path, "utf8")).records;
        await this.#rewrite([...stored.filter((r) => !this.#expired(r)), ...records]);
      } else {
        await appendFile(this.#path, toLines(records), "utf8");
        if (this.#oldest === null) this.#oldest = oldestOf(records);
      }
    } catch (error) {
      this.#pending = [...records, ...this.#pending];
      throw error;
    }
  }

  /** Replaces the file with `records`, through a temporary file renamed over it. */
  async #rewrite(records: readonly StoredRecord[]): Promise<void> {
    const tmp = `${this.#path}.${process.pid}.tmp`;
    await writeFile(tmp, toLines(records), "utf8");
    await rename(tmp, this.#path);
    this.#oldest = oldestOf(records);
  }

  /** The records of a records.json of the earlier format beside the file, if there is one and it is readable. */
  async #readLegacy(): Promise<{ from: string | null; records: StoredRecord[] }> {
    const legacy = this.#path.replace(/\.jsonl$/, ".json");
    if (legacy === this.#path || !existsSync(legacy)) return { from: null, records: [] };
    let raw: unknown;
    try {
      raw = JSON.parse(await readFile(legacy, "utf8"));
    } catch (error) {
      this.#onWarning(`records: ${legacy}: not valid JSON (${(error as Error).message}); left as it is`);
      return { from: null, records: [] };
    }
    const parsed = RecordsFileSchema.safeParse(raw);
    if (!parsed.success) {
      this.#onWarning(`records: ${legacy}: not a records file of the earlier format; left as it is`);
      return { from: null, records: [] };
    }
    return { from: legacy, records: parsed.data.records };
  }
}

function oldestOf(records: readonly StoredRecord[]): number | null {
  let oldest: number | null = null;
  for (const r of records) {
    const t = Date.parse(r.at);
    if (oldest === null || t < oldest) oldest = t;
  }
  return oldest;
}
