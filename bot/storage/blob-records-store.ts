import type { ContainerClient } from "@azure/storage-blob";
import { z } from "zod";
import { describeStorageError, httpStatusOf } from "./blob-container.js";
import type { WarningSink } from "./json-file.js";
import { prepareRecord } from "./prepare-record.js";
import { parseRecordBlobName, recordBlobName, RECORDS_PREFIX } from "./record-blob-name.js";
import type { RecordsRepository } from "./records-repository.js";
import { StoredRecordSchema, type RecordInput, type StoredRecord } from "./records-schema.js";
import { DEFAULT_RETENTION_DAYS, type AppendResult, type RecordsFilter } from "./records-store.js";

const DAY_MS = 86_400_000;
/** A record is a few hundred bytes; a larger blob under records/ was not written by this store. */
const MAX_RECORD_BYTES = 64 * 1024;
/** Downloads in flight at once while listing. */
const CONCURRENCY = 16;

/** Options of BlobRecordsStore.open. */
export interface BlobRecordsStoreOptions {
  /** Days a record is kept. Default 180. */
  retentionDays?: number;
  /** Told about blobs skipped while listing and about failed purges. */
  onWarning: WarningSink;
  /** The clock, for tests. Default: the current time. */
  now?: () => Date;
}

/** Runs `fn` on every item, at most `limit` at a time; resolves with the results in order. */
async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/**
 * The coordinator's records in the blob container the bot instances share: one blob per record, named by
 * recordBlobName (`records/<kind>/<date>-<random>.json`), so that instances append without coordinating and never
 * overwrite one another (each upload is conditional on the name being new).
 *
 * - What is written went through prepareRecord: validated, free text masked by maskPersonalData, the conversation
 *   identified by its hash only.
 * - What is read back is parsed with StoredRecordSchema; a blob that does not parse, is too large or is
 *   misnamed is skipped with a warning, never fatal.
 * - Retention: blobs whose name dates them before the retention period are deleted when the store opens (bot
 *   start-up and `npm run report`) and then at most once a day, after an append; `list` skips them meanwhile.
 */
export class BlobRecordsStore implements RecordsRepository {
  readonly #container: ContainerClient;
  readonly #retentionMs: number;
  readonly #onWarning: WarningSink;
  readonly #now: () => Date;
  #lastPurge = 0;
  #purging: Promise<void> = Promise.resolve();

  private constructor(container: ContainerClient, retentionDays: number, onWarning: WarningSink, now: () => Date) {
    this.#container = container;
    this.#retentionMs = retentionDays * DAY_MS;
    this.#onWarning = onWarning;
    this.#now = now;
  }

  /** The store on an existing container (see connectBlobContainer), its expired records already deleted. */
  static async open(container: ContainerClient, options: BlobRecordsStoreOptions): Promise<BlobRecordsStore> {
    const retentionDays = z.number().int().min(1).parse(options.retentionDays ?? DEFAULT_RETENTION_DAYS);
    const store = new BlobRecordsStore(container, retentionDays, options.onWarning, options.now ?? (() => new Date()));
    await store.purgeExpired();
    return store;
  }

  /** Validates, masks and uploads a record as a new blob; an invalid or expired record is refused with its reason. */
  async append(input: RecordInput): Promise<AppendResult> {
    const prepared = prepareRecord(input, this.#now());
    if (!prepared.ok) return prepared;
    const record = prepared.record;
    if (this.#expired(Date.parse(record.at))) return { ok: false, error: "record older than the retention period" };
    const body = JSON.stringify(record);
    await this.#container.getBlockBlobClient(recordBlobName(record)).upload(body, Buffer.byteLength(body), {
      conditions: { ifNoneMatch: "*" },
      blobHTTPHeaders: { blobContentType: "application/json; charset=utf-8" },
    });
    if (this.#now().getTime() - this.#lastPurge >= DAY_MS) this.#purgeInBackground();
    return { ok: true, record: structuredClone(record) };
  }

  /** The unexpired records matching `filter`, oldest first; unreadable blobs are skipped with a warning. */
  async list(filter: RecordsFilter = {}): Promise<StoredRecord[]> {
    const since = filter.since?.getTime() ?? -Infinity;
    const names: string[] = [];
    for await (const blob of this.#container.listBlobsFlat({ prefix: `${RECORDS_PREFIX}${filter.kind === undefined ? "" : `${filter.kind}/`}` })) {
      const parsed = parseRecordBlobName(blob.name);
      if (parsed === null) {
        this.#onWarning(`records: skipped blob ${blob.name}: not a record name (records/<kind>/<date>-<random>.json)`);
      } else if ((blob.properties.contentLength ?? 0) > MAX_RECORD_BYTES) {
        this.#onWarning(`records: skipped blob ${blob.name}: ${blob.properties.contentLength} bytes, too large for a record`);
      } else if (!this.#expired(parsed.at.getTime()) && parsed.at.getTime() >= since) {
        names.push(blob.name);
      }
    }
    const records = await mapLimit(names, CONCURRENCY, (name) => this.#download(name));
    return records
      .filter((r): r is StoredRecord => r !== null)
      .filter((r) => !this.#expired(Date.parse(r.at)) && Date.parse(r.at) >= since && (filter.kind === undefined || r.kind === filter.kind))
      .sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  }

  /** Deletes the record blobs dated before the retention period; resolves with how many were deleted. */
  async purgeExpired(): Promise<number> {
    this.#lastPurge = this.#now().getTime();
    let deleted = 0;
    for await (const blob of this.#container.listBlobsFlat({ prefix: RECORDS_PREFIX })) {
      const parsed = parseRecordBlobName(blob.name);
      if (parsed !== null && this.#expired(parsed.at.getTime())) {
        // Another instance may be purging too: a blob already gone is not an error.
        if ((await this.#container.getBlobClient(blob.name).deleteIfExists()).succeeded) deleted++;
      }
    }
    return deleted;
  }

  /** Resolves once a purge started by an append has settled. For a clean shutdown and for tests. */
  flush(): Promise<void> {
    return this.#purging;
  }

  #purgeInBackground(): void {
    this.#lastPurge = this.#now().getTime();
    this.#purging = this.#purging
      .then(() => this.purgeExpired())
      .then(
        () => undefined,
        (error: unknown) => this.#onWarning(`records: deleting expired records failed (${describeStorageError(error)}); retried on the next start or in a day`),
      );
  }

  #expired(time: number): boolean {
    return time < this.#now().getTime() - this.#retentionMs;
  }

  /** One record blob, parsed; null (with a warning, unless it was deleted meanwhile) when it cannot be used. */
  async #download(name: string): Promise<StoredRecord | null> {
    let text: string;
    try {
      text = (await this.#container.getBlobClient(name).downloadToBuffer()).toString("utf8");
    } catch (error) {
      if (httpStatusOf(error) === 404) return null; // purged by another instance since listed
      throw error;
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      this.#onWarning(`records: skipped blob ${name}: invalid JSON (${error instanceof Error ? error.message : String(error)})`);
      return null;
    }
    const parsed = StoredRecordSchema.safeParse(json);
    if (!parsed.success) {
      this.#onWarning(`records: skipped blob ${name}: not a record (${z.prettifyError(parsed.error).replace(/\n/g, " ").slice(0, 300)})`);
      return null;
    }
    const named = parseRecordBlobName(name);
    if (named !== null && named.kind !== parsed.data.kind) {
      this.#onWarning(`records: skipped blob ${name}: a ${parsed.data.kind} record under ${named.kind}`);
      return null;
    }
    return parsed.data;
  }
}
