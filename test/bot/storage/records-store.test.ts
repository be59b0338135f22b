import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { formatReport, hashConversationId, RecordsStore, type RecordInput, type StoredRecord } from "../../../bot/storage/records-store.js";

// Every personal value below is fake.
let dir: string;
let file: string;
let warnings: string[];
let now: Date;
const conv = hashConversationId("19:fake-conversation@thread.v2", "test-salt");
const open = (retentionDays?: number): Promise<RecordsStore> =>
  RecordsStore.open(file, { onWarning: (m) => warnings.push(m), now: () => now, ...(retentionDays === undefined ? {} : { retentionDays }) });
const daysAgo = (days: number): string => new Date(now.getTime() - days * 86_400_000).toISOString();

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "records-store-"));
  file = join(dir, "data", "records.json");
  warnings = [];
  now = new Date("2026-05-04T10:00:00Z");
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const unanswered = (question: string, extra: Partial<RecordInput> = {}): RecordInput =>
  ({ kind: "unanswered", conversationHash: conv, question, ...extra }) as RecordInput;

describe("RecordsStore", () => {
  it("appends and lists records, filtered by kind and date, across reopening", async () => {
    const store = await open();
    const a = await store.append(unanswered("quelles aides pour le permis ?", { departement: "22", at: daysAgo(3) }));
    expect(a).toMatchObject({ ok: true, record: { kind: "unanswered", departement: "22", at: daysAgo(3) } });
    const b = await store.append({ kind: "feedback", conversationHash: conv, ficheIds: ["22-pdi-2023-2027-12"], answerIntent: "pilote", vote: "down", comment: "pas la bonne fiche" });
    expect(b.ok && b.record.at).toBe(now.toISOString());
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
      store.append({ kind: "feedback", conversationHash: conv, ficheIds: [], answerIntent: "pilote", vote: "maybe" } as unknown as RecordInput),
    ]);
    for (const r of results) expect(r.ok).toBe(false);
    expect(await store.list()).toEqual([]);
  });

  it("drops records older than the retention period, on open and on append", async () => {
    const store = await open(30);
    await store.append(unanswered("ancienne", { at: daysAgo(29) }));
    await store.append(unanswered("récente", { at: daysAgo(1) }));
    expect(await store.append(unanswered("trop ancienne", { at: daysAgo(31) }))).toMatchObject({ ok: false });
    now = new Date(now.getTime() + 2 * 86_400_000);
    expect((await store.list()).map((r) => r.kind === "unanswered" && r.question)).toEqual(["récente"]); // list hides it at once
    expect(readFileSync(file, "utf8")).toContain("ancienne"); // still on disk until the next append or open
    await (await open(30)).flush();
    expect(readFileSync(file, "utf8")).not.toContain("ancienne");
    await store.append(unanswered("nouvelle"));
    expect(readFileSync(file, "utf8")).not.toContain("ancienne");
  });

  it("keeps 180 days by default", async () => {
    const store = await open();
    await store.append(unanswered("179 jours", { at: daysAgo(179) }));
    expect(await store.append(unanswered("181 jours", { at: daysAgo(181) }))).toMatchObject({ ok: false });
    expect(await store.list()).toHaveLength(1);
  });

  it("never writes personal data to disk", async () => {
    const store = await open();
    await store.append(
      unanswered("Mme X née le 12/03/1985, NIR 2 85 03 75 116 238 91, tél 06 12 34 56 78, marie.x@example.fr : quelle garde à Lannion ?"),
    );
    await store.append({
      kind: "feedback",
      conversationHash: conv,
      ficheIds: [],
      answerIntent: "partenaires",
      vote: "down",
      comment: "rappelez-moi au 0612345678 ou marie.x@example.fr, IBAN FR7630006000011234567890189",
    });
    const bytes = readFileSync(file, "utf8");
    for (const value of ["12/03/1985", "2 85 03 75 116 238 91", "06 12 34 56 78", "0612345678", "marie.x@example.fr", "FR7630006000011234567890189"]) {
      expect(bytes).not.toContain(value);
    }
    expect(bytes).toContain("quelle garde à Lannion ?");
    expect(bytes).toContain("[téléphone]");
  });

  it("serializes concurrent appends", async () => {
    const store = await open();
    await Promise.all(Array.from({ length: 30 }, (_, i) => store.append(unanswered(`question ${i}`))));
    expect(await (await open()).list()).toHaveLength(30);
  });

  it("moves a corrupt file aside and starts empty", async () => {
    await (await open()).flush();
    writeFileSync(file, '{"records": [');
    const store = await open();
    expect(await store.list()).toEqual([]);
    expect(readdirSync(join(dir, "data")).filter((f) => f.startsWith("records.json.corrupt-"))).toHaveLength(1);
    expect(warnings).toHaveLength(1);
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
