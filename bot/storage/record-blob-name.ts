import { randomBytes } from "node:crypto";
import type { StoredRecord } from "./records-schema.js";

/** The folder of the records in the blob container; state blobs never contain "/" (BlobsStorage encodes keys). */
export const RECORDS_PREFIX = "records/";

const NAME = /^records\/(feedback|unanswered)\/(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)-[0-9a-f]{16}\.json$/;

/**
 * The blob name of a record: `records/<kind>/<UTC ISO date>-<16 random hex digits>.json`. Names sort by date
 * within a kind, and the date can be read from the name alone, so that listing and retention need not download.
 */
export function recordBlobName(record: Pick<StoredRecord, "kind" | "at">): string {
  return `${RECORDS_PREFIX}${record.kind}/${new Date(record.at).toISOString()}-${randomBytes(8).toString("hex")}.json`;
}

/** The kind and the date a record blob's name carries, or null for a name recordBlobName did not make. */
export function parseRecordBlobName(name: string): { kind: StoredRecord["kind"]; at: Date } | null {
  const m = NAME.exec(name);
  if (m === null) return null;
  const at = new Date(m[2]!);
  return Number.isNaN(at.getTime()) ? null : { kind: m[1] as StoredRecord["kind"], at };
}
