import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { renderChatPage } from "../../../bot/pages/chat-page.js";

const page = renderChatPage({ botName: "Référent insertion" });

describe("renderChatPage", () => {
  it("is a French, self-contained page", () => {
    expect(page).toMatch(/^<!doctype html>\n<html lang="fr">/);
    expect(page).toContain('<meta charset="utf-8">');
    expect(page).toContain('<meta name="viewport"');
    expect(page).toContain("<title>Référent insertion – conversation locale</title>");
    expect(page).not.toMatch(/(src|href)="(https?:)?\/\//);
  });

  it("allows its own inline script in its Content Security Policy, and nothing else inline", () => {
    const inline = [...page.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
    expect(inline).toHaveLength(1);
    const hash = createHash("sha256").update(inline[0]!).digest("base64");
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(page)![1]!;
    expect(csp).toContain(`script-src 'self' 'sha256-${hash}'`);
    expect(csp).toContain("connect-src 'self'");
    expect(() => new Function(inline[0]!)).not.toThrow();
  });

  it("loads the Adaptive Cards renderer from /static/adaptivecards.js", () => {
    expect(page).toContain('<script src="/static/adaptivecards.js"></script>');
    expect(page.indexOf("/static/adaptivecards.js")).toBeLessThan(page.indexOf("AdaptiveCards.AdaptiveCard()"));
  });

  it("has the test ids and an accessible form", () => {
    expect(page).toMatch(/<input id="chat-input" data-testid="chat-input"/);
    expect(page).toMatch(/<button type="submit"[^>]*data-testid="chat-send"/);
    expect(page).toMatch(/<main id="chat-log" data-testid="chat-log" role="log" aria-live="polite"/);
    expect(page).toContain('<label for="chat-input"');
    expect(page).toContain('"data-testid", "bot-message"');
  });

  it("posts activities to /api/messages with deliveryMode expectReplies", () => {
    expect(page).toContain('"/api/messages"');
    expect(page).toContain('deliveryMode: "expectReplies"');
    expect(page).toContain('"Content-Type": "application/json"');
    expect(page).toContain('membersAdded = [{ id: userId, name: "Référent" }]');
  });

  it("escapes the bot name in markup and in the script config", () => {
    const hostile = renderChatPage({ botName: `</script><script>alert(1)</script><img src=x>` });
    expect(hostile).not.toContain("<script>alert(1)");
    expect(hostile).not.toMatch(/<img/);
    const config = /<script type="application\/json" id="chat-config">([^<]*)<\/script>/.exec(hostile);
    expect(config).not.toBeNull();
    expect(JSON.parse(config![1]!)).toEqual({ botName: `</script><script>alert(1)</script><img src=x>` });
  });
});
