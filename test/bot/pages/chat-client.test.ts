import { describe, expect, it } from "vitest";
import { renderChatPage } from "../../../bot/pages/chat-page.js";
import { startFakeBrowser, type FakeReply } from "./fake-browser.js";

const page = renderChatPage({ botName: "Référent insertion" });
const script = [...page.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!).join("\n");
const config = /<script type="application\/json" id="chat-config">([^<]*)<\/script>/.exec(page)![1]!;

const WELCOME: FakeReply = { status: 200, body: { activities: [{ type: "typing" }, { type: "message", text: "Bonjour, je suis **l'assistant**." }] } };
const CARD = { type: "AdaptiveCard", version: "1.5", body: [{ type: "TextBlock", text: "Fiche 12" }] };

const start = (replies: FakeReply[] = [WELCOME], search = "", withAdaptiveCards = true) =>
  startFakeBrowser({ script, config, search, withAdaptiveCards }, replies);

describe("chat page client", () => {
  it("says hello with a conversationUpdate and shows the welcome", async () => {
    const b = start();
    await b.flush();
    expect(b.requests).toHaveLength(1);
    const [hello] = b.requests;
    expect(hello!.url).toBe("/api/messages");
    expect(hello!.method).toBe("POST");
    expect(hello!.headers).toEqual({ "Content-Type": "application/json" });
    const userId = b.storage.get("referent-chat-user-id");
    const conversationId = b.storage.get("referent-chat-conversation-id");
    expect(userId).toMatch(/^[0-9a-f-]{36}$/);
    expect(hello!.body).toMatchObject({
      type: "conversationUpdate",
      channelId: "emulator",
      serviceUrl: "http://localhost:3978",
      from: { id: userId },
      recipient: { id: "bot", name: "Référent insertion" },
      conversation: { id: conversationId },
      membersAdded: [{ id: userId }],
      deliveryMode: "expectReplies",
      locale: "fr-FR",
    });
    const messages = b.botMessages();
    expect(messages).toHaveLength(1);
    expect(messages[0]!.content()).toContain("Bonjour, je suis <strong>l&#39;assistant</strong>.");
    expect(b.input.disabled).toBe(false);
  });

  it("sends the question as a message activity and disables the input while waiting", async () => {
    const b = start();
    await b.flush();
    const release = b.hold();
    b.reply({ status: 200, body: { activities: [{ type: "message", text: "La fiche 12 est pilotée par le Département." }] } });
    b.type("  qui pilote la fiche 12 ?  ");
    await b.flush();
    expect(b.input.disabled).toBe(true);
    expect(b.send.disabled).toBe(true);
    expect(b.input.value).toBe("");
    const sent = b.requests[1]!.body;
    expect(sent).toMatchObject({
      type: "message",
      text: "qui pilote la fiche 12 ?",
      channelId: "emulator",
      from: { id: b.storage.get("referent-chat-user-id"), name: "Référent" },
      recipient: { id: "bot", name: "Référent insertion" },
      conversation: { id: b.storage.get("referent-chat-conversation-id") },
      locale: "fr-FR",
      deliveryMode: "expectReplies",
    });
    expect(typeof sent.id).toBe("string");
    expect(Number.isNaN(Date.parse(String(sent.timestamp)))).toBe(false);
    release();
    await b.flush();
    expect(b.input.disabled).toBe(false);
    expect(b.botMessages().at(-1)!.content()).toContain("La fiche 12 est pilotée par le Département.");
    expect(b.log.querySelector(".user")!.content()).toContain("qui pilote la fiche 12 ?");
  });

  it("renders Adaptive Cards and sends their actions back", async () => {
    const b = start([{ status: 200, body: { activities: [{ type: "message", attachments: [{ contentType: "application/vnd.microsoft.card.adaptive", content: CARD }] }] } }]);
    await b.flush();
    expect(b.cards).toHaveLength(1);
    expect(b.cards[0]!.content).toEqual(CARD);
    const execute = b.cards[0]!.onExecuteAction!;

    execute({ getJsonTypeName: () => "Action.OpenUrl", url: "https://example.fr/fiche" });
    execute({ getJsonTypeName: () => "Action.OpenUrl", url: "javascript:alert(1)" });
    expect(b.opened).toEqual(["https://example.fr/fiche"]);

    execute({ getJsonTypeName: () => "Action.Submit", data: { action: "feedback", vote: "up" }, title: "Utile" });
    await b.flush();
    const submitted = b.requests[1]!.body;
    expect(submitted).toMatchObject({ type: "message", value: { action: "feedback", vote: "up" }, deliveryMode: "expectReplies", from: { name: "Référent" } });
    expect(submitted).not.toHaveProperty("text");
  });

  it("shows suggested actions as buttons that send their value", async () => {
    const b = start([{ status: 200, body: { activities: [{ type: "message", text: "Choisissez :", suggestedActions: { actions: [{ type: "imBack", title: "Fiche 12", value: "fiche 12" }] } }] } }]);
    await b.flush();
    const button = b.log.querySelector(".suggestion")!;
    expect(button.textContent).toBe("Fiche 12");
    button.dispatch("click");
    await b.flush();
    expect(b.requests[1]!.body).toMatchObject({ type: "message", text: "fiche 12" });
    expect(b.log.querySelector(".suggestion")).toBeNull();
  });

  it("turns errors into a French line and keeps working", async () => {
    const b = start([{ status: 500, body: { error: "boom" } }]);
    await b.flush();
    expect(b.systemLines().join(" ")).toContain("erreur (500)");
    expect(b.input.disabled).toBe(false);

    b.reply("network-error");
    b.type("bonjour");
    await b.flush();
    expect(b.systemLines().at(-1)).toContain("Impossible de joindre le bot");

    b.reply({ status: 200, raw: "<html>pas du JSON</html>" });
    b.type("encore");
    await b.flush();
    expect(b.systemLines().at(-1)).toContain("illisible");

    b.reply({ status: 200, body: { activities: [{ type: "message", text: "Je suis là." }] } });
    b.type("et maintenant ?");
    await b.flush();
    expect(b.botMessages().at(-1)!.content()).toContain("Je suis là.");
  });

  it("asks the ?q= question right after the welcome", async () => {
    const b = start([WELCOME], "?q=qui%20pilote%20la%20mobilit%C3%A9%20%3F");
    await b.flush();
    expect(b.requests.map((r) => [r.body.type, r.body.text])).toEqual([
      ["conversationUpdate", undefined],
      ["message", "qui pilote la mobilité ?"],
    ]);
    expect(b.replacedUrls).toEqual(["/"]);
    const order = b.log.children.map((c) => c.className);
    expect(order).toEqual(["msg bot", "msg user"]);
  });

  it("shows cards as a notice when the renderer is missing", async () => {
    const b = start([{ status: 200, body: { activities: [{ type: "message", attachments: [{ contentType: "application/vnd.microsoft.card.adaptive", content: CARD }] }] } }], "", false);
    await b.flush();
    expect(b.botMessages()[0]!.content()).toContain("Carte non affichable");
  });

  it("escapes the bot's text", async () => {
    const b = start([{ status: 200, body: { activities: [{ type: "message", text: "<img src=x onerror=alert(1)> [x](javascript:alert(1))" }] } }]);
    await b.flush();
    const html = b.botMessages()[0]!.content();
    expect(html).not.toContain("<img");
    expect(html).not.toContain('href="javascript');
  });
});
