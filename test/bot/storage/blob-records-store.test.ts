import { ContainerClient } from "@azure/storage-blob";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectBlobContainer } from "../../../bot/storage/blob-container.js";
import { BlobRecordsStore } from "../../../bot/storage/blob-records-store.js";
import { hashConversationId, type RecordInput } from "../../../bot/storage/records-store.js";
import { startAzurite, type Azurite } from "../../support/azurite.js";

// Every personal value below is fake.
let azurite: Azurite;
let n = 0;
let warnings: string[] = [];
const NOW = new Date("2026-05-04T10:00:00Z");
const conv = hashConversationId("19:fake-conversation@thread.v2", "test-salt");
const daysAgo = (days: number, from = NOW): string => new Date(from.getTime() - days * 86_400_000).toISOString();
const unanswered = (question: string, extra: Partial<RecordInput> = {}): RecordInput =>
  ({ kind: "unanswered", conversationHash: conv, question, ...extra }) as RecordInput;

/** A fresh container, and a way to open stores on it (as two bot instances would). */
async function fresh(): Promise<{ client: ContainerClient; open: (options?: { now?: () => Date; retentionDays?: number }) => Promise<BlobRecordsStore> }> {
  const connected = await connectBlobContainer(azurite.connectionString, `records-${++n}`);
  if (!connected.ok) throw new Error(connected.error);
  warnings = [];
  return {
    client: connected.container,
    open: (options = {}) => BlobRecordsStore.open(connected.container, { onWarning: (m) => warnings.push(m), now: () => NOW, ...options }),
  };
}

async function blobNames(client: ContainerClient): Promise<string[]> {
  const names: string[] = [];
  for await (const blob of client.listBlobsFlat()) names.push(blob.name);
  return names.sort();
}

beforeAll(async () => {
  azurite = await startAzurite();
}, 90_000);
afterAll(async () => {
  await azurite?.stop();
});

describe("BlobRecordsStore (one blob per record, on Azurite)", () => {
  it("appends from one store and lists from another, oldest first, filtered by kind and date", async () => {
    const { client, open } = await fresh();
    const [one, two] = [await open(), await open()];
    const a = await one.append(unanswered("quelles aides pour le permis ?", { departement: "22", at: daysAgo(3) }));
    expect(a).toMatchObject({ ok: true, record: { kind: "unanswered", departement: "22", at: daysAgo(3) } });
    await two.append({ kind: "feedback", conversationHash: conv, ficheIds: ["22-pdi-2023-2027-12"], answerIntent: "pilote", vote: "down", comment: "pas la bonne fiche" });
    await one.append(unanswered("garde d'enfants à Lannion ?", { at: daysAgo(1) }));
    expect((await two.list()).map((r) => r.kind)).toEqual(["unanswered", "unanswered", "feedback"]);
    expect(await one.list({ kind: "feedback" })).toEqual([expect.objectContaining({ comment: "pas la bonne fiche", at: NOW.toISOString() })]);
    expect((await one.list({ since: new Date(daysAgo(2)) })).map((r) => r.at)).toEqual([daysAgo(1), NOW.toISOString()]);
    const names = await blobNames(client);
    expect(names).toHaveLength(3);
    for (const name of names) expect(name).toMatch(/^records\/(feedback|unanswered)\/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z-[0-9a-f]{16}\.json$/);
    expect(warnings).toEqual([]);
  });

  it("never lets personal data reach the blobs: the raw bytes hold placeholders, not the NIR or the phone", async () => {
    const { client, open } = await fresh();
    const store = await open();
    const secrets = ["2 85 03 75 116 238 91", "06 12 34 56 78", "marie.x@example.fr"];
    await store.append(unanswered(`Mme X, NIR 2 85 03 75 116 238 91, tél 06 12 34 56 78, cherche une garde pour son chien`));
    await store.append({ kind: "feedback", conversationHash: conv, ficheIds: [], answerIntent: "topic", vote: "down", comment: "rappelez-la au 06 12 34 56 78 ou marie.x@example.fr" });
    const raw: string[] = [];
    for (const name of await blobNames(client)) raw.push((await client.getBlobClient(name).downloadToBuffer()).toString("utf8"));
    expect(raw).toHaveLength(2);
    for (const secret of secrets) expect(raw.join("\n")).not.toContain(secret);
    expect(raw.join("\n")).toContain("chien");
  });

  it("refuses invalid records with a reason instead of throwing, and writes nothing", async () => {
    const { client, open } = await fresh();
    const store = await open();
    const results = await Promise.all([
      store.append(unanswered("   ")),
      store.append(unanswered("une question", { conversationHash: "19:raw-teams-id@thread.v2" })),
      store.append({ ...unanswered("une question"), userName: "Marie X" } as unknown as RecordInput),
      store.append(unanswered("trop ancienne", { at: daysAgo(200) })),
    ]);
    for (const r of results) expect(r.ok).toBe(false);
    expect(await blobNames(client)).toEqual([]);
  });

  it("skips, with a warning, blobs that are not records, never failing the listing", async () => {
    const { client, open } = await fresh();
    const store = await open();
    await store.append(unanswered("une vraie question", { at: daysAgo(1) }));
    const put = (name: string, body: string) => client.getBlockBlobClient(name).upload(body, Buffer.byteLength(body));
    await put(`records/unanswered/${daysAgo(2)}-00000000000000aa.json`, "{not json");
    await put(`records/unanswered/${daysAgo(2)}-00000000000000bb.json`, JSON.stringify({ kind: "unanswered", conversationHash: "19:raw@thread.v2", question: "x", at: daysAgo(2) }));
    await put(`records/feedback/${daysAgo(2)}-00000000000000cc.json`, JSON.stringify({ kind: "unanswered", conversationHash: conv, question: "x", at: daysAgo(2) }));
    await put("records/notes.txt", "hello");
    await put(`records/unanswered/${daysAgo(2)}-00000000000000dd.json`, "x".repeat(70_000));
    expect((await store.list()).map((r) => (r.kind === "unanswered" ? r.question : r.kind))).toEqual(["une vraie question"]);
    expect(warnings).toHaveLength(5);
    for (const w of warnings) expect(w).toMatch(/^records: skipped blob records\//);
  });

  it("deletes records older than the retention period when it opens, and once a day after an append", async () => {
    const { client, open } = await fresh();
    // Written 200 days ago, by a store whose clock says so.
    const past = await open({ now: () => new Date(daysAgo(200)) });
    await past.append(unanswered("question ancienne"));
    await past.append(unanswered("question récente", { at: daysAgo(1) }));
    expect(await blobNames(client)).toHaveLength(2);
    const store = await open({ retentionDays: 180 });
    expect((await blobNames(client)).join()).not.toContain(daysAgo(200).slice(0, 10));
    expect((await store.list()).map((r) => (r.kind === "unanswered" ? r.question : r.kind))).toEqual(["question récente"]);
    // A running instance: two days on, with a one-day retention, an append deletes what expired since.
    let now = NOW;
    const running = await open({ now: () => now, retentionDays: 1 });
    expect(await blobNames(client)).toHaveLength(1);
    await running.append(unanswered("question du jour"));
    expect(await running.list()).toHaveLength(2);
    now = new Date(NOW.getTime() + 2 * 86_400_000);
    expect(await running.list()).toHaveLength(0); // expired ones are skipped before they are deleted
    await running.append(unanswered("question du surlendemain"));
    await running.flush();
    expect(await blobNames(client)).toHaveLength(1);
  });
});
