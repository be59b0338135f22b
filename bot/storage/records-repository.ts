import type { AppendResult, RecordInput, RecordsFilter, StoredRecord } from "./records-store.js";

/**
 * Where the coordinator's records (👍/👎 feedback, unanswered questions) are kept, whatever the medium: the JSON
 * file of one instance (RecordsStore) or one blob per record shared by every instance (BlobRecordsStore). The
 * record sink and `npm run report` see only this.
 */
export interface RecordsRepository {
  /** Validates, masks and stores a record; an invalid one is refused with its reason, not thrown. */
  append(input: RecordInput): Promise<AppendResult>;
  /** The unexpired records matching `filter`, oldest first. */
  list(filter?: RecordsFilter): Promise<StoredRecord[]>;
}
