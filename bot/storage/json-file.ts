import { mkdir, rename, stat } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { Low } from "lowdb";
import { JSONFile, TextFile } from "lowdb/node";
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
  const probe = new Low<unknown>(new JSONFile<unknown>(file), NOTHING);
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

/** A JSON file opened by openJsonFile: its validated content, and a way to replace it. */
export interface JsonFile<T> {
  /** The content read at opening (or the empty value). */
  readonly data: T;
  /**
   * Replaces the file's content with `data`, as compact JSON. `data` is serialized at once, before this returns
   * its promise: the caller may change it right after (the state store changes its items in place). Resolves once
   * the file holds it; callers serialize their saves (steno drops intermediate data when writes overlap).
   */
  save(data: T): Promise<void>;
}

/**
 * Opens a JSON file with lowdb, creating its folder and, if missing, the file with `empty()`. The file is validated
 * with `schema`; a corrupt one (invalid or truncated JSON, wrong shape) is moved aside to corruptPath(file),
 * reported through `onWarning`, and replaced with `empty()`: the bot keeps running with fresh state, and nothing
 * is lost for an operator to look at.
 *
 * Saves go through lowdb's TextFile, whose steno Writer writes `.<name>.tmp` next to the file and then renames it
 * over the file (node_modules/steno/lib/index.js): a crash mid-write leaves the previous file whole. There must be
 * one opened file per path in a process.
 */
export async function openJsonFile<T>(path: string, schema: z.ZodType<T>, empty: () => T, onWarning: WarningSink = warnOnConsole): Promise<JsonFile<T>> {
  const file = resolve(path);
  await mkdir(dirname(file), { recursive: true });
  const loaded = await load(file, schema);
  const text = new TextFile(file);
  const save = (data: T): Promise<void> => text.write(JSON.stringify(data));
  if ("data" in loaded) return { data: loaded.data, save };
  if ("problem" in loaded) {
    const aside = corruptPath(file);
    await rename(file, aside);
    onWarning(`${file}: ${loaded.problem}. Moved aside to ${aside}; starting empty.`);
  }
  const data = empty();
  await save(data);
  return { data, save };
}
