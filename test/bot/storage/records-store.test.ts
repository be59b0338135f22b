import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { hashConversationId } from "../../../bot/storage/conversation-hash.js";
import { formatReport, RecordsStore, type RecordInput, type StoredRecord } from "../../../bot/storage/records-store.js";

// Every personal value below is fake.
let dir: string;
let file: string;
let warnings: string[];
let now: Date;
const conv = hashConversationId("19:fake-conversation@thread.v2", "test-salt");
const open = (retentionDays?: number): Promise<RecordsStore> =>
  RecordsStore.open(file, { onWarning: (m) => warnings.push(m), now: () => now, ...(retentionDays === undefined ? {} : { retentionDays }) });
const daysAgo = (days: number): string => new Date(now.getTime() - days * 86_400_000).toISOString();
const unanswered = (question: string, extra: Partial<RecordInput> = {}): RecordInput =>
  ({ kind: "unanswered", conversationHash: conv, question, ...extra }) as RecordInput;
const questionsOf = async (store: RecordsStore): Promise<string[]> => (await store.list()).map((r) => (r.kind === "unanswered" ? r.question : r.vote));

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "jsonl-records-"));
  file = join(dir, "data", "records.jsonl");
  warnings = [];
  now = new Date("2026-05-04T10:00:00Z");
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe("RecordsStore", () => {
  it("appends one line per record and lists them, filtered by kind and date, across reopening", async () => {
    const store = await open();
    const a = await store.append(unanswered("quelles aides pour le permis ?", { departement: "22", at: daysAgo(3) }));
    expect(a).toMatchObject({ ok: true, record: { kind: "unanswered", departement: "22", at: daysAgo(3) } });
    const b = await store.append({ kind: "feedback", conversationHash: conv, ficheIds: ["22-pdi-2023-2027-12"], answerIntent: "pilote", vote: "down", comment: "pas la bonne fiche" });
    expect(b.ok && b.record.at).toBe(now.toISOString());
    expect(readFileSync(file, "utf8").split("\n")).toHaveLength(3); // two lines and the final newline
    const reopened = await open();
    expect((await reopened.list()).map((r) => r.kind)).toEqual(["unanswered", "feedback"]);
    expect(await reopened.list({ kind: "feedback" })).toHaveLength(1);
    expect(await reopened.list({ since: new Date(daysAgo(1)) })).toHaveLength(1);
    expect(warnings).toEqual([]);
  });

  it("refuses invalid records with a reason instead of throwing", async () => {
    const store = await open();
    const results = await Promise.all([
      store.append(unanswered("   ")),
      store.append(unanswered("une question", { conversationHash: "19:raw-teams-id@thread.v2" })),
      store.append({ ...unanswered("une question"), userName: "Marie X" } as unknown as RecordInput),
    ]);
    for (const r of results) expect(r.ok).toBe(false);
    expect(await store.list()).toEqual([]);
  });

  it("never writes personal data to disk", async () => {
    const store = await open();
    await store.append(unanswered("Mme X née le 12/03/1985, NIR 2 85 03 75 116 238 91, tél 06 12 34 56 78, marie.x@example.fr : quelle garde à Lannion ?"));
    const bytes = readFileSync(file, "utf8");
    for (const value of ["12/03/1985", "2 85 03 75 116 238 91", "06 12 34 56 78", "marie.x@example.fr"]) expect(bytes).not.toContain(value);
    expect(bytes).toContain("quelle garde à Lannion ?");
  });

  it("keeps every one of 200 concurrent appends", async () => {
    const store = await open();
    const results = await Promise.all(Array.from({ length: 200 }, (_, i) => store.append(unanswered(`question ${i}`))));
    expect(results.every((r) => r.ok)).toBe(true);
    const listed = await questionsOf(await open());
    expect(new Set(listed).size).toBe(200);
  });

  it("hides expired records at once, drops them on open, and about daily while running", async () => {
    const store = await open(30);
    await store.append(unanswered("ancienne", { at: daysAgo(29) }));
    await store.append(unanswered("récente", { at: daysAgo(1) }));
    expect(await store.append(unanswered("trop ancienne", { at: daysAgo(31) }))).toMatchObject({ ok: false });
    now = new Date(now.getTime() + 2 * 86_400_000);
    expect(await questionsOf(store)).toEqual(["récente"]);
    await store.append(unanswered("le lendemain"));
    expect(readFileSync(file, "utf8")).toContain("ancienne"); // less than a day past the period: not rewritten yet
    now = new Date(now.getTime() + 1 * 86_400_000);
    await store.append(unanswered("deux jours après"));
    expect(readFileSync(file, "utf8")).not.toContain("ancienne");
    expect(await questionsOf(store)).toEqual(["récente", "le lendemain", "deux jours après"]);
    now = new Date(now.getTime() + 40 * 86_400_000);
    await (await open(30)).flush();
    expect(readFileSync(file, "utf8")).toBe("");
  });

  it("leaves out a line cut by a crash, keeps the file as it was aside, and appends after it safely", async () => {
    const store = await open();
    await store.append(unanswered("avant la panne"));
    appendFileSync(file, '{"kind":"unanswered","conversationHash":"ab'); // a write cut mid-line
    const reopened = await open();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/1 unreadable line/);
    expect(readdirSync(join(dir, "data")).filter((f) => f.startsWith("records.jsonl.corrupt-"))).toHaveLength(1);
    await reopened.append(unanswered("après la panne"));
    expect(await questionsOf(await open())).toEqual(["avant la panne", "après la panne"]);
  });

  it("skips lines that are not records (a hand edit) rather than failing", async () => {
    mkdirSync(join(dir, "data"), { recursive: true });
    writeFileSync(file, `not json\n{"kind":"unanswered"}\n${JSON.stringify({ kind: "unanswered", conversationHash: conv, question: "bonne", at: now.toISOString() })}\n`);
    const store = await open();
    expect(await questionsOf(store)).toEqual(["bonne"]);
    expect(warnings[0]).toMatch(/2 unreadable line/);
  });

  it("converts a records.json of the earlier format once, and keeps the old file aside", async () => {
    mkdirSync(join(dir, "data"), { recursive: true });
    const old = join(dir, "data", "records.json");
    const record = { kind: "unanswered", conversationHash: conv, question: "ancien format", at: daysAgo(2) };
    writeFileSync(old, JSON.stringify({ version: 1, records: [record] }));
    const store = await open();
    expect(await questionsOf(store)).toEqual(["ancien format"]);
    expect(existsSync(old)).toBe(false);
    expect(readdirSync(join(dir, "data")).some((f) => f.startsWith("records.json.converted-"))).toBe(true);
    expect(await questionsOf(await open())).toEqual(["ancien format"]);
  });
});

describe("formatReport", () => {
  const rec = (r: Partial<StoredRecord> & Pick<StoredRecord, "kind">): StoredRecord =>
    ({ at: "2026-05-01T09:00:00.000Z", conversationHash: conv, ...r }) as StoredRecord;

  it("groups duplicate questions, most frequent first, and lists 👎 comments", () => {
    const report = formatReport([
      rec({ kind: "unanswered", question: "Quelles aides pour le permis ?", departement: "22", at: "2026-04-01T09:00:00.000Z" }),
      rec({ kind: "unanswered", question: "quelles aides pour le permis", departement: "35", at: "2026-04-20T09:00:00.000Z" }),
      rec({ kind: "unanswered", question: "Quelles  aides pour le PERMIS ?!", at: "2026-05-02T09:00:00.000Z" }),
      rec({ kind: "unanswered", question: "qui finance le FAJ ?" }),
      rec({ kind: "feedback", ficheIds: ["22-pdi-2023-2027-12"], answerIntent: "pilote", vote: "down", comment: "pas la bonne fiche" }),
      rec({ kind: "feedback", ficheIds: [], answerIntent: "pilote", vote: "down" }),
      rec({ kind: "feedback", ficheIds: ["35-calpae-2019-2023-5-4"], answerIntent: "partenaires", vote: "up" }),
    ]);
    expect(report).toContain("Période : du 01/04/2026 au 02/05/2026 — 7 enregistrements");
    expect(report).toContain("Questions sans réponse : 4 (2 différentes)");
    expect(report).toMatch(/1\. « Quelles {2}aides pour le PERMIS \?! » — 3 fois — dép\. 22, 35 — dernière le 02\/05\/2026/);
    expect(report).toMatch(/2\. « qui finance le FAJ \? » — 1 fois/);
    expect(report).toContain("Avis 👎 : 2 sur 3 avis (👍 1)");
    expect(report).toContain("fiche 22-pdi-2023-2027-12 — pilote — « pas la bonne fiche »");
    expect(report).toContain("et 1 avis 👎 sans commentaire.");
    expect(report).not.toContain("35-calpae");
  });

  it("says when there is nothing to report", () => {
    const report = formatReport([]);
    expect(report).toContain("aucun enregistrement");
    expect(report).toContain("Questions sans réponse : aucune.");
    expect(report).toContain("Avis 👎 : aucun (👍 0).");
  });
});
