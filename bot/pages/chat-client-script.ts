import { CHAT_CLIENT_RENDER_SCRIPT } from "./chat-client-render-script.js";
import { CHAT_CLIENT_SEND_SCRIPT } from "./chat-client-send-script.js";

/**
 * Browser source of the local chat page's client: it talks to the bot through `/api/messages` with
 * `deliveryMode: "expectReplies"` (the replies come back in the response body), renders the replies (Markdown
 * text, Adaptive Cards, suggested actions) and sends Adaptive Card actions back. It expects `renderMarkdown` (see
 * chat-markdown-script.ts), the `AdaptiveCards` global (loaded from /static/adaptivecards.js, optional: cards
 * degrade to a notice without it), a `#chat-config` JSON block `{ "botName": "..." }` and the page's elements
 * marked with `data-testid`. Plain ES2017, no build. Its rendering and sending parts are in files of their own,
 * spliced in here: they share this function's variables.
 */
export const CHAT_CLIENT_SCRIPT = String.raw`
(function () {
  "use strict";

  var ENDPOINT = "/api/messages";
  var ADAPTIVE_CARD = "application/vnd.microsoft.card.adaptive";
  var config = JSON.parse(document.getElementById("chat-config").textContent || "{}");
  var botName = typeof config.botName === "string" && config.botName ? config.botName : "Bot";
  var log = document.querySelector('[data-testid="chat-log"]');
  var form = document.getElementById("chat-form");
  var input = document.querySelector('[data-testid="chat-input"]');
  var sendButton = document.querySelector('[data-testid="chat-send"]');
  var typing = document.getElementById("chat-typing");
  var resetButton = document.getElementById("chat-reset");

  function randomId() {
    if (window.crypto && typeof window.crypto.randomUUID === "function") return window.crypto.randomUUID();
    return Date.now().toString(36) + "-" + Math.random().toString(36).slice(2) + Math.random().toString(36).slice(2);
  }

  function storedId(key) {
    try {
      var value = window.sessionStorage.getItem(key);
      if (!value) {
        value = randomId();
        window.sessionStorage.setItem(key, value);
      }
      return value;
    } catch (e) {
      return randomId();
    }
  }

  var userId = storedId("referent-chat-user-id");
  var conversationId = storedId("referent-chat-conversation-id");

  function isHttpUrl(url) {
    if (typeof url !== "string") return false;
    try {
      var parsed = new URL(url, window.location.href);
      return parsed.protocol === "http:" || parsed.protocol === "https:";
    } catch (e) {
      return false;
    }
  }

  function openUrl(url) {
    if (isHttpUrl(url)) window.open(url, "_blank", "noopener,noreferrer");
    else addSystemLine("Ce lien n'est pas une adresse web et n'a pas été ouvert.");
  }

  function scrollToEnd() {
    log.scrollTop = log.scrollHeight;
  }

${CHAT_CLIENT_RENDER_SCRIPT}

${CHAT_CLIENT_SEND_SCRIPT}

  // ---- wiring ----------------------------------------------------------------------------------------------

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var text = input.value;
    if (!text.trim() || pending > 0) return;
    input.value = "";
    sendText(text);
  });

  resetButton.addEventListener("click", function () {
    try {
      window.sessionStorage.removeItem("referent-chat-conversation-id");
    } catch (e) {
      // sessionStorage unavailable: the reload starts a new conversation anyway.
    }
    window.location.href = window.location.pathname;
  });

  var welcome = baseActivity("conversationUpdate");
  welcome.membersAdded = [{ id: userId, name: "Référent" }];
  post(welcome);

  var params = new URLSearchParams(window.location.search);
  var firstQuestion = params.get("q");
  if (firstQuestion && firstQuestion.trim()) {
    params.delete("q");
    var rest = params.toString();
    try {
      window.history.replaceState(null, "", window.location.pathname + (rest ? "?" + rest : "") + window.location.hash);
    } catch (e) {
      // Keeping ?q= in the address only means a reload asks again.
    }
    sendText(firstQuestion);
  }
})();
`;
