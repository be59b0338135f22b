import { ActivityTypes, ConversationState, MemoryStorage, TestAdapter, UserState, type Activity } from "botbuilder";
import { describe, expect, it } from "vitest";
import { InsertionBot } from "../../../bot/insertion-bot.js";
import { ask } from "../../../dialogs/answer/ask.js";
import { MainDialog, PRIVACY_NOTICE } from "../../../dialogs/conversation/main-dialog.js";
import type { FeedbackRecord, RecordSink, UnansweredRecord } from "../../../dialogs/conversation/ports.js";
import { openKnowledgeBase } from "../../../knowledge/knowledge-base.js";

const opened = openKnowledgeBase();
if (!opened.ok) throw new Error(opened.error);
const kb = opened.kb;

/** A record sink that keeps what it is given, for assertions. */
class MemorySink implements RecordSink {
  readonly feedbacks: FeedbackRecord[] = [];
  readonly unansweredQuestions: UnansweredRecord[] = [];
  async feedback(r: FeedbackRecord) {
    this.feedbacks.push(r);
  }
  async unanswered(r: UnansweredRecord) {
    this.unansweredQuestions.push(r);
  }
}

function setup() {
  const storage = new MemoryStorage();
  const conversationState = new ConversationState(storage);
  const userState = new UserState(storage);
  const records = new MemorySink();
  const dialog = new MainDialog({ catalog: kb.catalog, ask: (q, c) => ask(q, c, kb.index), records }, userState.createProperty("profile"));
  const bot = new InsertionBot({ catalog: kb.catalog, index: kb.index, publicUrl: "http://localhost:3978", conversationState, userState, dialog });
  const adapter = new TestAdapter(async (context) => bot.run(context));
  return { adapter, records };
}

const textOf = (a: Partial<Activity>): string => String(a.text ?? "");
const cardOf = (a: Partial<Activity>): string => JSON.stringify(a.attachments?.[0]?.content ?? {});
const submit = (value: Record<string, unknown>): Partial<Activity> => ({ type: ActivityTypes.Message, value });

describe("the conversation", () => {
  it("asks the territory once, answers the pending question, then remembers it", async () => {
    const { adapter } = setup();
    await adapter
      .send("qui pilote l'action sur les problèmes de mobilité ?")
      .assertReply((a) => expect(cardOf(a) + textOf(a)).toContain("Dans quel département travaillez-vous"))
      .send("Côtes-d'Armor (22)")
      .assertReply((a) => expect(textOf(a)).toMatch(/C'est noté : Côtes-d'Armor \(22\)/))
      .assertReply((a) => {
        expect(textOf(a)).toMatch(/^La fiche 16 .* est pilotée par/);
        expect(cardOf(a)).toContain("Voir la fiche");
      })
      .send("et pour les jeunes de l'ase ?")
      .assertReply((a) => expect(textOf(a)).not.toContain("Dans quel département"));
  });

  it("accepts a commune typed instead of a button", async () => {
    const { adapter } = setup();
    await adapter
      .send("y a quoi pour la garde d'enfants ?")
      .assertReply((a) => expect(cardOf(a) + textOf(a)).toContain("Dans quel département"))
      .send("Fougères")
      .assertReply((a) => expect(textOf(a)).toContain("Ille-et-Vilaine (35)"))
      .assertReply(() => undefined);
  });

  it("lets help and cancel interrupt a prompt", async () => {
    const { adapter } = setup();
    await adapter
      .send("qui pilote la mobilité ?")
      .assertReply((a) => expect(cardOf(a) + textOf(a)).toContain("Dans quel département"))
      .send("aide")
      .assertReply((a) => expect(cardOf(a)).toContain("Règles d'usage"))
      .send("annuler")
      .assertReply((a) => expect(textOf(a)).toMatch(/C'est annulé/))
      .send("fiche 12")
      .assertReply((a) => expect(cardOf(a) + textOf(a)).toContain("Dans quel département"));
  });

  it("guides an orientation from the public and the frein to fiches and dispositifs", async () => {
    const { adapter } = setup();
    await adapter
      .send("orientation")
      .assertReply((a) => expect(cardOf(a) + textOf(a)).toContain("Quel est le public"))
      .send("Famille monoparentale")
      .assertReply((a) => expect(cardOf(a) + textOf(a)).toContain("Quel est le frein principal"))
      .send("Garde d'enfants")
      .assertReply((a) => expect(cardOf(a) + textOf(a)).toContain("Dans quel département"))
      .send("Côtes-d'Armor (22)")
      .assertReply((a) => expect(textOf(a)).toContain("C'est noté"))
      .assertReply((a) => expect(textOf(a)).toMatch(/La fiche 1[15]/))
      .assertReply((a) => expect(textOf(a)).toMatch(/^Dispositifs cités par ces fiches : /));
  });

  it("stores a 👎 with its comment, and a 👍 at once", async () => {
    const { adapter, records } = setup();
    await adapter
      .send(submit({ action: "feedback", vote: "down", ficheIds: ["22-pdi-2023-2027-16"], intent: "pilote" }))
      .assertReply((a) => expect(textOf(a)).toContain("Qu'est-ce qui manquait"))
      .send("il manquait les partenaires")
      .assertReply((a) => expect(textOf(a)).toContain("Merci"))
      .send(submit({ action: "feedback", vote: "up", ficheIds: ["22-pdi-2023-2027-16"], intent: "pilote" }))
      .assertReply((a) => expect(textOf(a)).toContain("Merci"));
    expect(records.feedbacks.map((f) => [f.vote, f.comment])).toEqual([
      ["down", "il manquait les partenaires"],
      ["up", undefined],
    ]);
  });

  it("refuses a card payload it did not send", async () => {
    const { adapter } = setup();
    await adapter.send(submit({ action: "drop-tables", x: 1 })).assertReply((a) => expect(textOf(a)).toContain("pas compris cette action"));
  });

  it("says once that it needs no personal data, and keeps unanswered questions without it", async () => {
    const { adapter, records } = setup();
    await adapter
      .send("territoire")
      .assertReply(() => undefined)
      .send("Tous les départements")
      .assertReply(() => undefined)
      .send("Mme X née le 12/03/1985, tél 06 12 34 56 78, cherche une solution de garde de chien")
      .assertReply((a) => expect(textOf(a)).toBe(PRIVACY_NOTICE))
      .assertReply((a) => expect(textOf(a)).not.toContain("06 12 34 56 78"));
    expect(JSON.stringify(records.unansweredQuestions)).not.toMatch(/06 12|1985/);
  });

  it("keeps for the coordinator a question answered only with the closest fiches", async () => {
    const { adapter, records } = setup();
    const question = "mr 60 ans brsa a dieulefit, a jamais touché un ordi, pas d'adresse mail, il doit tout faire en ligne (caf, ft) et il y arrive pas. y a un soutien pour l'equiper et le former ?";
    await adapter.send(question).assertReply((a) => expect(textOf(a)).toMatch(/ne répond exactement à cette question\. Les plus proches/));
    expect(records.unansweredQuestions.map((r) => [r.question, r.departement])).toEqual([[question, "26"]]);
  });

  it("welcomes once per conversation", async () => {
    const { adapter } = setup();
    const added: Partial<Activity> = { type: ActivityTypes.ConversationUpdate, membersAdded: [{ id: "user1", name: "Référent" }] };
    await adapter
      .send(added)
      .assertReply((a) => expect(cardOf(a)).toContain("Bonjour"))
      .send(added)
      .send("fiche 12")
      .assertReply((a) => expect(cardOf(a) + textOf(a)).toContain("Dans quel département"));
  });
});

describe("commands", () => {
  it("lists the plans for « nouveautés »", async () => {
    const { adapter } = setup();
    await adapter.send("nouveautés").assertReply((a) => expect(textOf(a)).toMatch(/Plans chargés \(98 fiches\)[\s\S]*Côtes-d'Armor \(22\) : PDI 2023-2027, 36 fiches dont 20 annoncées/));
  });
});
