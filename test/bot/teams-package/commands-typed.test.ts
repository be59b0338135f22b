import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ActivityTypes, ConversationState, MemoryStorage, TestAdapter, UserState, type Activity } from "botbuilder";
import { describe, expect, it } from "vitest";
import { InsertionBot } from "../../../bot/insertion-bot.js";
import { APP_PACKAGE_DIR, renderManifest } from "../../../bot/teams-package/build-package.js";
import { ask } from "../../../dialogs/answer/ask.js";
import { MainDialog } from "../../../dialogs/conversation/main-dialog.js";
import type { RecordSink } from "../../../dialogs/conversation/ports.js";
import { openKnowledgeBase } from "../../../knowledge/knowledge-base.js";

// Teams puts a command's title in the compose box: each title of the manifest's command lists, typed as is (or as
// the example its description gives, « fiche 12 »), must get a real answer from the bot, not the "not understood"
// or "no fiche" reply.

const opened = openKnowledgeBase();
if (!opened.ok) throw new Error(opened.error);
const kb = opened.kb;
const records: RecordSink = { feedback: async () => undefined, unanswered: async () => undefined };

function newAdapter(): TestAdapter {
  const storage = new MemoryStorage();
  const conversationState = new ConversationState(storage);
  const userState = new UserState(storage);
  const dialog = new MainDialog({ catalog: kb.catalog, ask: (q, c) => ask(q, c, kb.index), records }, userState.createProperty("profile"));
  const bot = new InsertionBot({ catalog: kb.catalog, index: kb.index, publicUrl: "https://bot.departement.fr", conversationState, userState, dialog });
  return new TestAdapter(async (context) => bot.run(context));
}

const rendered = renderManifest(readFileSync(join(APP_PACKAGE_DIR, "manifest.template.json"), "utf8"), {
  botId: "8f0c2d1e-5b7a-4c3d-9e21-0a1b2c3d4e5f",
  publicUrl: "https://bot.departement.fr",
  version: "1.0.0",
});
if (!rendered.ok) throw new Error(rendered.error);
const commands = new Map<string, string>();
for (const list of rendered.manifest.bots?.[0]?.commandLists ?? [])
  for (const c of list.commands) commands.set(c.title, c.description.match(/« ([^»]+) »/)?.[1] ?? c.title);

const NOT_UNDERSTOOD = /Aucune fiche|n'ai pas compris|Reformulez/;

describe("the manifest's bot commands, typed", () => {
  it("lists at least aide, territoire, orientation and fiche", () => {
    expect([...commands.keys()]).toEqual(expect.arrayContaining(["aide", "territoire", "orientation", "fiche"]));
  });

  // The référent's département is set first (« territoire », « 22 »): otherwise any question is first answered
  // by « Dans quel département travaillez-vous ? », and a command the bot does not know would go unnoticed.
  for (const [title, typed] of commands) {
    for (const place of ["personal", "channel"] as const) {
      it(`« ${typed} » (command ${title}) gets an answer, in a ${place === "personal" ? "personal chat" : "channel, after an @mention"}`, async () => {
        const message = (text: string): Partial<Activity> =>
          place === "personal"
            ? { type: ActivityTypes.Message, text, channelId: "msteams", conversation: { id: "chat-1", conversationType: "personal", isGroup: false, name: "" } }
            : {
                type: ActivityTypes.Message,
                text: `<at>Assistant insertion</at> ${text}`,
                channelId: "msteams",
                entities: [{ type: "mention", mentioned: { id: "bot", name: "Assistant insertion" }, text: "<at>Assistant insertion</at>" }],
                conversation: { id: "channel-1", conversationType: "channel", isGroup: true, name: "" },
              };
        await newAdapter()
          .send(message("territoire"))
          .assertReply((a) => expect(JSON.stringify(a)).toContain("Dans quel département"))
          .send(message("22"))
          .assertReply((a) => expect(a.text).toContain("Côtes-d'Armor"))
          .send(message(typed))
          .assertReply((a) => {
            expect(a.type).toBe(ActivityTypes.Message);
            expect(JSON.stringify(a)).not.toMatch(NOT_UNDERSTOOD);
          });
      });
    }
  }
});
