import type { Storage } from "botbuilder";
import type { WarningSink } from "./json-file.js";
import { LowdbStorage } from "./lowdb-storage.js";

/** The state storage of one bot instance: lowdb on a file under DATA_DIR (the embedded default). */
export async function openStorage(path: string, onWarning: WarningSink): Promise<Storage> {
  return LowdbStorage.open(path, { onWarning });
}
