import { AccountSASPermissions, AccountSASResourceTypes, AccountSASServices, ContainerClient, generateAccountSASQueryParameters, StorageSharedKeyCredential } from "@azure/storage-blob";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectBlobContainer } from "../../../bot/storage/blob-container.js";
import { BlobStateStorage } from "../../../bot/storage/blob-state-storage.js";
import { openBlobStores } from "../../../bot/storage/open-blob-stores.js";
import { ETagConflictError } from "../../../bot/storage/lowdb-storage.js";
import { startAzurite, type Azurite } from "../../support/azurite.js";
import { freeLoopbackPort } from "../../support/free-port.js";

let azurite: Azurite;
let n = 0;
const warnings: string[] = [];

/** A fresh container, checked (created) as at start-up, and one storage on it. */
async function fresh(): Promise<{ container: string; open: () => Promise<BlobStateStorage> }> {
  const container = `state-${++n}`;
  const connected = await connectBlobContainer(azurite.connectionString, container);
  if (!connected.ok) throw new Error(connected.error);
  return { container, open: () => BlobStateStorage.open(azurite.connectionString, container, { onWarning: (m) => warnings.push(m) }) };
}

beforeAll(async () => {
  azurite = await startAzurite();
}, 90_000);
afterAll(async () => {
  await azurite?.stop();
});

describe("connectBlobContainer", () => {
  it("creates a missing container, and accepts one that exists", async () => {
    const client = new ContainerClient(azurite.connectionString, "made-at-start-up");
    expect(await client.exists()).toBe(false);
    expect((await connectBlobContainer(azurite.connectionString, "made-at-start-up")).ok).toBe(true);
    expect(await client.exists()).toBe(true);
    expect((await connectBlobContainer(azurite.connectionString, "made-at-start-up")).ok).toBe(true);
  });

  it("fails with one line naming the container and the variable, never the account key, when unreachable", async () => {
    const closed = await freeLoopbackPort();
    const unreachable = azurite.connectionString.replace(`:${azurite.port}/`, `:${closed}/`);
    const started = performance.now();
    const result = await connectBlobContainer(unreachable, "bot-state");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatch(/^storage: cannot reach Azure Blob Storage container bot-state: .*ECONNREFUSED.*; check AZURE_STORAGE_CONNECTION_STRING$/);
    expect(result.error).not.toContain("\n");
    expect(result.error).not.toContain("Eby8vdM02x");
    expect(performance.now() - started).toBeLessThan(15_000);
    const malformed = await connectBlobContainer("AccountName=x;AccountKey=secret-key-value", "bot-state");
    expect(malformed.ok).toBe(false);
    if (!malformed.ok) {
      expect(malformed.error).toMatch(/^storage: cannot reach Azure Blob Storage container bot-state: .+; check AZURE_STORAGE_CONNECTION_STRING$/);
      expect(malformed.error).not.toContain("secret-key-value");
    }
  });

  it("fails the same way when the container answers but the credentials may not use it (a read-only SAS)", async () => {
    const key = azurite.connectionString.match(/AccountKey=([^;]+)/)![1]!;
    const sas = generateAccountSASQueryParameters(
      {
        expiresOn: new Date(Date.now() + 3_600_000),
        permissions: AccountSASPermissions.parse("r"),
        resourceTypes: AccountSASResourceTypes.parse("sco").toString(),
        services: AccountSASServices.parse("b").toString(),
      },
      new StorageSharedKeyCredential("devstoreaccount1", key),
    ).toString();
    expect((await connectBlobContainer(azurite.connectionString, "read-only")).ok).toBe(true);
    const readOnly = `BlobEndpoint=http://127.0.0.1:${azurite.port}/devstoreaccount1;SharedAccessSignature=${sas}`;
    const opened = await openBlobStores({ connectionString: readOnly, container: "read-only", retentionDays: 180, onWarning: (m) => warnings.push(m) });
    expect(opened).toEqual({ ok: false, error: expect.stringMatching(/^storage: cannot reach Azure Blob Storage container read-only: .*\(HTTP 403 .*\); check AZURE_STORAGE_CONNECTION_STRING$/) });
    if (!opened.ok) expect(opened.error).not.toMatch(/sig=[^*]/);
  });
});

describe("BlobStateStorage (BlobsStorage on Azurite) and eTags", () => {
  it("refuses a write with a stale eTag; '*', an empty or no eTag overwrite", async () => {
    const storage = await (await fresh()).open();
    await storage.write({ a: { n: 1, place: "Côtes-d'Armor 👍" } });
    const first = (await storage.read(["a"]))["a"];
    expect(first).toMatchObject({ n: 1, place: "Côtes-d'Armor 👍", eTag: expect.any(String) });
    await storage.write({ a: { ...first, n: 2 } });
    const stale = storage.write({ a: { ...first, n: 3 } });
    await expect(stale).rejects.toBeInstanceOf(ETagConflictError);
    await expect(stale).rejects.toThrow('Storage: error writing "a" due to eTag conflict.');
    expect((await storage.read(["a"]))["a"].n).toBe(2);
    await storage.write({ a: { n: 4, eTag: "*" } });
    expect((await storage.read(["a"]))["a"].n).toBe(4);
    await storage.write({ a: { n: 5, eTag: "" } });
    expect((await storage.read(["a"]))["a"].n).toBe(5);
    await storage.write({ a: { n: 6 } });
    expect((await storage.read(["a"]))["a"].n).toBe(6);
  });

  it("keeps every increment of two instances writing one key concurrently (read-modify-write, retry on conflict)", async () => {
    const { open } = await fresh();
    const [one, two] = [await open(), await open()];
    await one.write({ "msteams/conversations/shared": { value: 0, by: [] } });
    let conflicts = 0;
    const increment = async (storage: BlobStateStorage, id: string): Promise<void> => {
      for (let attempt = 0; attempt < 200; attempt++) {
        const item = (await storage.read(["msteams/conversations/shared"]))["msteams/conversations/shared"];
        try {
          await storage.write({ "msteams/conversations/shared": { ...item, value: item.value + 1, by: [...item.by, id] } });
          return;
        } catch (error) {
          if (!(error instanceof ETagConflictError)) throw error;
          conflicts++;
        }
      }
      throw new Error(`increment ${id} never got through`);
    };
    // Three concurrent loops per instance, 8 increments each: 48 in all.
    const loops = [one, two].flatMap((storage, s) =>
      Array.from({ length: 3 }, async (_, l) => {
        for (let i = 0; i < 8; i++) await increment(storage, `${s}-${l}-${i}`);
      }),
    );
    await Promise.all(loops);
    const final = (await two.read(["msteams/conversations/shared"]))["msteams/conversations/shared"];
    expect(final.value).toBe(48);
    expect(new Set(final.by).size).toBe(48);
    expect(conflicts).toBeGreaterThan(0);
  }, 60_000);

  it("reads a blob that is not JSON as missing, with a warning, and the next write replaces it", async () => {
    const { container, open } = await fresh();
    const storage = await open();
    await storage.write({ "emulator/users/u1": { home: "22" }, "emulator/users/u2": { home: "35" } });
    // BlobsStorage names a blob after its key, URI-encoded.
    await new ContainerClient(azurite.connectionString, container).getBlockBlobClient(encodeURIComponent("emulator/users/u1")).upload("{trunc", 6);
    warnings.length = 0;
    const items = await storage.read(["emulator/users/u1", "emulator/users/u2"]);
    expect(Object.keys(items)).toEqual(["emulator/users/u2"]);
    expect(warnings).toEqual([expect.stringMatching(/^storage: state blob "emulator\/users\/u1" is not valid JSON/)]);
    await storage.write({ "emulator/users/u1": { home: "64" } });
    expect((await storage.read(["emulator/users/u1"]))["emulator/users/u1"].home).toBe("64");
  });

  it("deletes keys, ignoring missing ones; refuses changes that are not objects", async () => {
    const storage = await (await fresh()).open();
    await storage.write({ a: { n: 1 }, b: { n: 2 } });
    await storage.delete(["a", "missing"]);
    expect(Object.keys(await storage.read(["a", "b"]))).toEqual(["b"]);
    await expect(storage.write({ a: [1, 2] } as never)).rejects.toThrow(TypeError);
  });
});
