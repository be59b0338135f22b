import { mkdir, rename, stat } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { Low } from "lowdb";
import { DataFile } from "lowdb/node";
import { z } from "zod";

/** Reports a recoverable problem to the operator (not to the user). Default: console.warn. */
export type WarningSink = (message: string) => void;

/** The default WarningSink. */
export const warnOnConsole: WarningSink = (message) => console.warn(message);

/** Where a corrupt file is moved: `<file>.corrupt-<ISO timestamp>`, ":" and "." made "-" for Windows' sake. */
export function corruptPath(file: string, at: Date = new Date()): string {
  return `${file}.corrupt-${at.toISOString().replace(/[:.]/g, "-")}`;
}

const NOTHING = Symbol("nothing read");

/**
 * lowdb's JSONFile with compact JSON: it is the same temp-file-and-rename writer (steno), but without the
 * indentation JSONFile adds, which made every write of a state file of thousands of conversations a third larger
 * and slower to build.
 */
function compactJsonFile<T>(file: string): DataFile<T> {
  return new DataFile<T>(file, { parse: (text: string): T => JSON.parse(text) as T, stringify: (data: T) => JSON.stringify(data) });
}

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch (error) {
    if (error instanceof Error && "code" in error && error.code === "ENOENT") return false;
    throw error;
  }
}

/** Why the file's content cannot be used, or its data. */
async function load<T>(file: string, schema: z.ZodType<T>): Promise<{ data: T } | { problem: string } | { missing: true }> {
  const probe = new Low<unknown>(compactJsonFile<unknown>(file), NOTHING);
  try {
    await probe.read();
  } catch (error) {
    if (error instanceof SyntaxError) return { problem: `invalid JSON (${error.message})` };
    throw error;
  }
  // lowdb keeps the default data when the file is missing or holds a falsy value such as `null`.
  if (probe.data === NOTHING) return (await exists(file)) ? { problem: "empty JSON value" } : { missing: true };
  const parsed = schema.safeParse(probe.data);
  if (!parsed.success) return { problem: `unexpected shape: ${z.prettifyError(parsed.error).slice(0, 500)}` };
  return { data: parsed.data };
}

/**
 * Opens a JSON file as a lowdb database, creating its folder and, if missing, the file with `empty()`. The file is
 * validated with `schema`; a corrupt one (invalid or truncated JSON, wrong shape) is moved aside to
 * corruptPath(file), reported through `onWarning`, and replaced with `empty()`: the bot keeps running with fresh
 * state, and nothing is lost for an operator to look at.
 *
 * Writes go through lowdb's DataFile (compact JSON), whose steno Writer writes `.<name>.tmp` next to the file and then renames it
 * over the file (node_modules/steno/lib/index.js): a crash mid-write leaves the previous file whole. Steno drops
 * intermediate data when writes overlap, so callers must serialize their writes (SerialQueue), and there must be
 * one opened database per file in a process.
 */
export async function openJsonFile<T>(
  path: string,
  schema: z.ZodType<T>,
  empty: () => T,
  onWarning: WarningSink = warnOnConsole,
): Promise<Low<T>> {
  const file = resolve(path);
  await mkdir(dirname(file), { recursive: true });
  const loaded = await load(file, schema);
  if ("data" in loaded) return new Low<T>(compactJsonFile<T>(file), loaded.data);
  if ("problem" in loaded) {
    const aside = corruptPath(file);
    await rename(file, aside);
    onWarning(`${file}: ${loaded.problem}. Moved aside to ${aside}; starting empty.`);
  }
  const db = new Low<T>(compactJsonFile<T>(file), empty());
  await db.write();
  return db;
}

/**
 * Writes `next` to a lowdb file; on failure the database keeps `committed` (what the file still holds) and the
 * error is rethrown. Resolves once the file holds `next`.
 */
export async function writeOrRestore<T>(db: Low<T>, next: T, committed: T): Promise<void> {
  db.data = next;
  try {
    await db.write();
  } catch (error) {
    db.data = committed;
    throw error;
  }
}
