import { ActivityTypes, ConversationState, MemoryStorage, TestAdapter, UserState, type Activity } from "botbuilder";
import { describe, expect, it } from "vitest";
import { InsertionBot } from "../../bot/insertion-bot.js";
import { ask } from "../../dialogs/answer/ask.js";
import { MainDialog } from "../../dialogs/conversation/main-dialog.js";
import type { RecordSink } from "../../dialogs/conversation/ports.js";
import { openKnowledgeBase } from "../../knowledge/knowledge-base.js";

const opened = openKnowledgeBase();
if (!opened.ok) throw new Error(opened.error);
const kb = opened.kb;
const records: RecordSink = { feedback: async () => undefined, unanswered: async () => undefined };

function setup() {
  const storage = new MemoryStorage();
  const conversationState = new ConversationState(storage);
  const userState = new UserState(storage);
  const dialog = new MainDialog({ catalog: kb.catalog, ask: (q, c) => ask(q, c, kb.index), records }, userState.createProperty("profile"));
  const bot = new InsertionBot({ catalog: kb.catalog, index: kb.index, publicUrl: "https://bot.example.fr", conversationState, userState, dialog });
  const adapter = new TestAdapter(async (context) => bot.run(context));
  return { adapter };
}

type InvokeBody = { composeExtension: { type: string; attachments: Array<{ content: unknown; preview?: { content: { title?: string } } }> } };

async function invoke(adapter: TestAdapter, name: string, value: unknown): Promise<InvokeBody> {
  let body: InvokeBody | undefined;
  await adapter.send({ type: ActivityTypes.Invoke, name, value, channelId: "msteams" } as Partial<Activity>).assertReply((a) => {
    body = (a.value as { body: InvokeBody }).body;
  });
  return body!;
}

describe("Teams habits", () => {
  it("searches fiches from the compose box (searchFiches / query), with list previews and paging", async () => {
    const { adapter } = setup();
    const body = await invoke(adapter, "composeExtension/query", { commandId: "searchFiches", parameters: [{ name: "query", value: "mobilité" }], queryOptions: { skip: 0, count: 5 } });
    expect(body.composeExtension.type).toBe("result");
    expect(body.composeExtension.attachments.length).toBeGreaterThan(1);
    expect(body.composeExtension.attachments.length).toBeLessThanOrEqual(5);
    expect(JSON.stringify(body.composeExtension.attachments.map((a) => a.preview?.content.title))).toMatch(/Fiche \d/);
    const page2 = await invoke(setup().adapter, "composeExtension/query", { commandId: "searchFiches", parameters: [{ name: "query", value: "" }], queryOptions: { skip: 5, count: 5 } });
    expect(page2.composeExtension.attachments).toHaveLength(5);
  });

  it("returns the full card of the picked fiche (selectItem) and unfurls a fiche link (queryLink)", async () => {
    const { adapter } = setup();
    const picked = await invoke(adapter, "composeExtension/selectItem", { id: "35-calpae-2019-2023-5-4" });
    expect(JSON.stringify(picked.composeExtension.attachments[0]!.content)).toContain("Dispositif Premières Heures");
    const link = await invoke(setup().adapter, "composeExtension/queryLink", { url: "https://bot.example.fr/fiches/22-pdi-2023-2027-16" });
    const card = link.composeExtension.attachments[0]!.content as { version: string };
    expect(card.version).toBe("1.3");
    const foreign = await invoke(setup().adapter, "composeExtension/queryLink", { url: "https://elsewhere.example.com/fiches/22-pdi-2023-2027-16" });
    expect(foreign.composeExtension.attachments).toEqual([]);
  });

  it("strips the @mention of a channel message before understanding it", async () => {
    const { adapter } = setup();
    const message: Partial<Activity> = {
      type: ActivityTypes.Message,
      text: "<at>Assistant insertion</at> territoire",
      channelId: "msteams",
      entities: [{ type: "mention", mentioned: { id: "bot", name: "Assistant insertion" }, text: "<at>Assistant insertion</at>" }],
      conversation: { id: "channel-1", conversationType: "channel", isGroup: true, name: "" },
    };
    await adapter.send(message).assertReply((a) => expect(JSON.stringify(a)).toContain("Dans quel département"));
  });

  it("answers a resent activity (same id) once", async () => {
    const { adapter } = setup();
    const first: Partial<Activity> = { type: ActivityTypes.Message, id: "same-id", text: "aide" };
    let replies = 0;
    adapter.onTurnError = async () => undefined;
    await adapter.send(first).assertReply(() => void replies++);
    await adapter.send({ ...first }).then(() => undefined);
    expect(adapter.activeQueue.length).toBe(0);
    expect(replies).toBe(1);
  });

  it("welcomes on installationUpdate (add), once per conversation", async () => {
    const { adapter } = setup();
    const install = { type: ActivityTypes.InstallationUpdate, action: "add" } as Partial<Activity>;
    await adapter.send(install).assertReply((a) => expect(JSON.stringify(a)).toContain("Bonjour")).send(install);
    expect(adapter.activeQueue.length).toBe(0);
  });

  it("welcomes a team once, when the bot is added, not at every member join", async () => {
    const { adapter } = setup();
    const team = { id: "team-conv", conversationType: "channel", isGroup: true, name: "" };
    await adapter
      .send({ type: ActivityTypes.ConversationUpdate, membersAdded: [{ id: "bot", name: "Bot" }], conversation: team, recipient: { id: "bot", name: "Bot" } } as Partial<Activity>)
      .assertReply((a) => expect(JSON.stringify(a)).toContain("Bonjour"))
      .send({ type: ActivityTypes.ConversationUpdate, membersAdded: [{ id: "user-42", name: "Nouvelle" }], conversation: team, recipient: { id: "bot", name: "Bot" } } as Partial<Activity>);
    expect(adapter.activeQueue.length).toBe(0);
  });
});

describe("typing indicator", () => {
  /** A state store that takes `delayMs` to read, as a slow disk or network would. */
  class SlowStorage extends MemoryStorage {
    constructor(private readonly delayMs: number) {
      super();
    }
    override async read(keys: string[]) {
      await new Promise((r) => setTimeout(r, this.delayMs));
      return super.read(keys);
    }
  }

  function botWith(storage: MemoryStorage) {
    const conversationState = new ConversationState(storage);
    const userState = new UserState(storage);
    const dialog = new MainDialog({ catalog: kb.catalog, ask: (q, c) => ask(q, c, kb.index), records }, userState.createProperty("profile"));
    const bot = new InsertionBot({ catalog: kb.catalog, index: kb.index, publicUrl: "https://bot.example.fr", conversationState, userState, dialog });
    return new TestAdapter(async (context) => bot.run(context));
  }

  it("shows « typing » before an answer that takes more than half a second", async () => {
    await botWith(new SlowStorage(700))
      .send("fiche 12 dans le 22")
      .assertReply((a) => expect(a.type).toBe(ActivityTypes.Typing))
      .assertReply((a) => expect(String(a.text)).toMatch(/^La fiche 12/));
  });

  it("sends no typing for a quick answer", async () => {
    await botWith(new MemoryStorage())
      .send("fiche 12 dans le 22")
      .assertReply((a) => expect(String(a.text)).toMatch(/^La fiche 12/));
  });
});
