import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { StoreItems } from "botbuilder";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ETagConflictError, LowdbStorage } from "../../../bot/storage/lowdb-storage.js";

let dir: string;
let file: string;
let warnings: string[];
const open = (): Promise<LowdbStorage> => LowdbStorage.open(file, { onWarning: (m) => warnings.push(m) });

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "lowdb-storage-"));
  file = join(dir, "nested", "state.json");
  warnings = [];
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe("LowdbStorage", () => {
  it("creates its folder and file, writes and reads with eTags", async () => {
    const storage = await open();
    expect(existsSync(file)).toBe(true);
    await storage.write({ a: { count: 1 }, b: { name: "x" } });
    const items = await storage.read(["a", "b", "missing"]);
    expect(Object.keys(items).sort()).toEqual(["a", "b"]);
    expect(items["a"]).toMatchObject({ count: 1 });
    expect(typeof items["a"].eTag).toBe("string");
    expect(items["a"].eTag).not.toBe(items["b"].eTag);
    expect(warnings).toEqual([]);
  });

  it("gives every write a new eTag", async () => {
    const storage = await open();
    await storage.write({ a: { n: 1 } });
    const first = (await storage.read(["a"]))["a"];
    await storage.write({ a: { ...first, n: 2 } });
    const second = (await storage.read(["a"]))["a"];
    expect(second.n).toBe(2);
    expect(second.eTag).not.toBe(first.eTag);
  });

  it("rejects a stale eTag, leaves the stored item intact and writes nothing of the batch", async () => {
    const storage = await open();
    await storage.write({ a: { n: 1 } });
    const stale = (await storage.read(["a"]))["a"];
    await storage.write({ a: { ...stale, n: 2 } });
    await expect(storage.write({ other: { n: 9 }, a: { ...stale, n: 3 } })).rejects.toBeInstanceOf(ETagConflictError);
    await expect(storage.write({ a: { n: 4, eTag: "nope" } })).rejects.toThrow(/eTag conflict/);
    const after = await storage.read(["a", "other"]);
    expect(after["a"].n).toBe(2);
    expect(after["other"]).toBeUndefined();
    const reopened = await open();
    expect((await reopened.read(["a"]))["a"].n).toBe(2);
  });

  it("overwrites unconditionally with eTag \"*\" or no eTag", async () => {
    const storage = await open();
    await storage.write({ a: { n: 1 } });
    await storage.write({ a: { n: 2, eTag: "*" } });
    expect((await storage.read(["a"]))["a"].n).toBe(2);
    await storage.write({ a: { n: 3 } });
    expect((await storage.read(["a"]))["a"].n).toBe(3);
  });

  it("persists 50 concurrent writes to different keys", async () => {
    const storage = await open();
    await Promise.all(Array.from({ length: 50 }, (_, i) => storage.write({ [`k${i}`]: { i } })));
    const reopened = await open();
    const keys = Array.from({ length: 50 }, (_, i) => `k${i}`);
    const items = await reopened.read(keys);
    expect(Object.keys(items)).toHaveLength(50);
    for (const [i, key] of keys.entries()) expect(items[key].i).toBe(i);
    expect(readdirSync(join(dir, "nested"))).toEqual(["state.json"]); // no temp file left behind
  });

  it("keeps the file valid JSON at every moment while writing (temp file + rename)", async () => {
    const storage = await open();
    let polls = 0;
    let writing = true;
    const poll = (async () => {
      while (writing) {
        JSON.parse(readFileSync(file, "utf8"));
        polls++;
        await new Promise((r) => setImmediate(r));
      }
    })();
    await Promise.all(Array.from({ length: 50 }, (_, i) => storage.write({ [`k${i}`]: { blob: "x".repeat(5_000), i } })));
    writing = false;
    await poll;
    expect(polls).toBeGreaterThan(0);
  });

  it("ends a read-modify-write retry loop of 20 concurrent increments with the right count", async () => {
    const storage = await open();
    // Seeded first: an item read before it exists carries no eTag, so its write would be unconditional.
    await storage.write({ counter: { value: 0 } });
    let conflicts = 0;
    const increment = async (): Promise<void> => {
      for (;;) {
        const counter = (await storage.read(["counter"]))["counter"];
        counter.value++;
        try {
          await storage.write({ counter });
          return;
        } catch (error) {
          if (!(error instanceof ETagConflictError)) throw error;
          conflicts++;
        }
      }
    };
    await Promise.all(Array.from({ length: 20 }, increment));
    expect((await storage.read(["counter"]))["counter"].value).toBe(20);
    expect((await (await open()).read(["counter"]))["counter"].value).toBe(20);
    expect(conflicts).toBeGreaterThan(0);
  });

  it("returns deep copies and copies what it is given", async () => {
    const storage = await open();
    const written = { nested: { list: [1, 2] } };
    await storage.write({ a: written });
    written.nested.list.push(3);
    const read = (await storage.read(["a"]))["a"];
    expect(read.nested.list).toEqual([1, 2]);
    read.nested.list.push(4);
    read.nested.extra = true;
    expect((await storage.read(["a"]))["a"].nested).toEqual({ list: [1, 2] });
  });

  it("deletes keys, ignoring missing ones, and persists it", async () => {
    const storage = await open();
    await storage.write({ a: { n: 1 }, b: { n: 2 } });
    await storage.delete(["a", "missing"]);
    expect(Object.keys(await (await open()).read(["a", "b"]))).toEqual(["b"]);
  });

  it("rejects a write the disk refuses, then stores it with the next write, losing nothing acknowledged", async () => {
    const storage = await open();
    await storage.write({ a: { n: 1 } });
    // steno writes ".state.json.tmp" and renames it: a folder in its place makes the file write fail.
    const tmp = join(dir, "nested", ".state.json.tmp");
    mkdirSync(tmp);
    const failed = storage.write({ b: { n: 2 } });
    await expect(failed).rejects.toThrow();
    rmSync(tmp, { recursive: true });
    await storage.write({ c: { n: 3 } });
    const reopened = await open();
    const items = await reopened.read(["a", "b", "c"]);
    expect(Object.keys(items).sort()).toEqual(["a", "b", "c"]);
    expect(items["c"]).toMatchObject({ n: 3 });
  });

  it("refuses changes that are not objects", async () => {
    const storage = await open();
    const bad: StoreItems = { a: [1, 2] };
    await expect(storage.write(bad)).rejects.toBeInstanceOf(TypeError);
    await expect(storage.write({ a: "text" })).rejects.toBeInstanceOf(TypeError);
  });

  it.each([
    ["truncated JSON", '{"items": {'],
    ["an empty file", ""],
    ["a wrong shape", JSON.stringify({ items: { a: { n: 1 } }, version: 1 })],
    ["a wrong version", JSON.stringify({ items: {}, version: 2 })],
    ["null", "null"],
  ])("moves a file holding %s aside and starts empty", async (_, content) => {
    const storage0 = await open(); // creates the folder
    await storage0.flush();
    writeFileSync(file, content);
    const storage = await open();
    expect(await storage.read(["a"])).toEqual({});
    const aside = readdirSync(join(dir, "nested")).filter((f) => f.startsWith("state.json.corrupt-"));
    expect(aside).toHaveLength(1);
    expect(aside[0]).toMatch(/^state\.json\.corrupt-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z$/);
    expect(readFileSync(join(dir, "nested", aside[0] ?? ""), "utf8")).toBe(content);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain("corrupt-");
    expect(JSON.parse(readFileSync(file, "utf8"))).toEqual({ version: 1, items: {} });
    await storage.write({ a: { n: 1 } });
    expect((await (await open()).read(["a"]))["a"].n).toBe(1);
  });
});

describe("LowdbStorage with many conversations", () => {
  it("keeps 5,000 concurrent writes to different keys, and each item as written after later writes", async () => {
    const storage = await open();
    await Promise.all(Array.from({ length: 5000 }, (_, i) => storage.write({ [`emulator/conversations/c${i}/`]: { n: i } })));
    const first = (await storage.read(["emulator/conversations/c0/"]))["emulator/conversations/c0/"];
    await storage.write({ "emulator/conversations/c0/": { ...first, n: -1 } });
    const reopened = await open();
    expect((await reopened.read(["emulator/conversations/c4999/"]))["emulator/conversations/c4999/"]).toMatchObject({ n: 4999 });
    expect((await reopened.read(["emulator/conversations/c0/"]))["emulator/conversations/c0/"]).toMatchObject({ n: -1 });
    expect(Object.keys(JSON.parse(readFileSync(file, "utf8")).items)).toHaveLength(5000);
  });
});
