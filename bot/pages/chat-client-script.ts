/**
 * Browser source of the local chat page's client: it talks to the bot through `/api/messages` with
 * `deliveryMode: "expectReplies"` (the replies come back in the response body), renders the replies (Markdown
 * text, Adaptive Cards, suggested actions) and sends Adaptive Card actions back. It expects `renderMarkdown` (see
 * chat-markdown-script.ts), the `AdaptiveCards` global (loaded from /static/adaptivecards.js, optional: cards
 * degrade to a notice without it), a `#chat-config` JSON block `{ "botName": "..." }` and the page's elements
 * marked with `data-testid`. Plain ES2017, no build.
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

  // ---- rendering -------------------------------------------------------------------------------------------

  function addLine(className, label) {
    var line = document.createElement("div");
    line.className = "msg " + className;
    var who = document.createElement("span");
    who.className = "visually-hidden";
    who.textContent = label + " : ";
    line.appendChild(who);
    log.appendChild(line);
    return line;
  }

  function addUserLine(text) {
    var line = addLine("user", "Vous");
    var body = document.createElement("div");
    body.className = "bubble";
    body.textContent = text;
    line.appendChild(body);
    scrollToEnd();
  }

  function addSystemLine(text) {
    var line = addLine("system", "Information");
    var body = document.createElement("div");
    body.textContent = text;
    line.appendChild(body);
    scrollToEnd();
  }

  function clearSuggestions() {
    var bars = log.querySelectorAll(".suggestions");
    for (var i = 0; i < bars.length; i++) bars[i].parentNode.removeChild(bars[i]);
  }

  function cardNotice(text) {
    var notice = document.createElement("p");
    notice.className = "card-notice";
    notice.textContent = text;
    return notice;
  }

  function renderCard(content) {
    if (typeof window.AdaptiveCards === "undefined") {
      return cardNotice("Carte non affichable : le moteur Adaptive Cards n'est pas chargé.");
    }
    try {
      var card = new window.AdaptiveCards.AdaptiveCard();
      card.onExecuteAction = executeCardAction;
      card.parse(content);
      var element = card.render();
      if (!element) return cardNotice("Carte non affichable.");
      var wrapper = document.createElement("div");
      wrapper.className = "card";
      wrapper.appendChild(element);
      return wrapper;
    } catch (e) {
      return cardNotice("Carte non affichable : " + (e && e.message ? e.message : "format inconnu") + ".");
    }
  }

  var HERO_CARD = "application/vnd.microsoft.card.hero";

  function renderAttachment(attachment) {
    if (!attachment || typeof attachment !== "object") return null;
    if (attachment.contentType === ADAPTIVE_CARD) {
      var content = attachment.content;
      if (typeof content === "string") {
        try {
          content = JSON.parse(content);
        } catch (e) {
          return cardNotice("Carte non affichable : contenu illisible.");
        }
      }
      return renderCard(content);
    }
    if (attachment.contentType === HERO_CARD && attachment.content && typeof attachment.content === "object") {
      // Choice prompts (territory, orientation) come as hero cards: their text and their buttons.
      var hero = document.createElement("div");
      hero.className = "card hero";
      if (typeof attachment.content.text === "string") {
        var heroText = document.createElement("div");
        heroText.className = "bubble";
        heroText.innerHTML = renderMarkdown(attachment.content.text);
        hero.appendChild(heroText);
      }
      if (Array.isArray(attachment.content.buttons)) hero.appendChild(renderSuggestions(attachment.content.buttons));
      return hero;
    }
    if (isHttpUrl(attachment.contentUrl)) {
      var link = document.createElement("a");
      link.href = attachment.contentUrl;
      link.target = "_blank";
      link.rel = "noopener noreferrer";
      link.textContent = attachment.name || "Pièce jointe";
      var paragraph = document.createElement("p");
      paragraph.appendChild(link);
      return paragraph;
    }
    return cardNotice("Pièce jointe non affichée (" + String(attachment.contentType || "type inconnu") + ").");
  }

  function renderSuggestions(actions) {
    var bar = document.createElement("div");
    bar.className = "suggestions";
    bar.setAttribute("role", "group");
    bar.setAttribute("aria-label", "Suggestions");
    actions.forEach(function (action) {
      if (!action || typeof action !== "object") return;
      var button = document.createElement("button");
      button.type = "button";
      button.className = "suggestion";
      button.textContent = action.title || (typeof action.value === "string" ? action.value : "Suggestion");
      button.addEventListener("click", function () {
        runCardLikeAction(action);
      });
      bar.appendChild(button);
    });
    return bar;
  }

  function renderMessage(activity) {
    var line = addLine("bot", botName);
    line.setAttribute("data-testid", "bot-message");
    if (typeof activity.text === "string" && activity.text.trim() !== "") {
      var text = document.createElement("div");
      text.className = "bubble";
      if (activity.textFormat === "plain") text.textContent = activity.text;
      else text.innerHTML = renderMarkdown(activity.text);
      line.appendChild(text);
    }
    (Array.isArray(activity.attachments) ? activity.attachments : []).forEach(function (attachment) {
      var element = renderAttachment(attachment);
      if (element) line.appendChild(element);
    });
    var suggested = activity.suggestedActions;
    if (suggested && Array.isArray(suggested.actions) && suggested.actions.length > 0) {
      line.appendChild(renderSuggestions(suggested.actions));
    }
  }

  function renderActivities(activities) {
    activities.forEach(function (activity) {
      if (activity && activity.type === "message") renderMessage(activity);
    });
    scrollToEnd();
  }

  // ---- sending ---------------------------------------------------------------------------------------------

  function baseActivity(type) {
    return {
      type: type,
      id: randomId(),
      timestamp: new Date().toISOString(),
      channelId: "emulator",
      serviceUrl: window.location.origin,
      from: { id: userId, name: "Référent" },
      recipient: { id: "bot", name: botName },
      conversation: { id: conversationId },
      locale: "fr-FR",
      deliveryMode: "expectReplies"
    };
  }

  var queue = Promise.resolve();
  var pending = 0;

  function setBusy(delta) {
    var hadFocus = document.activeElement === input;
    pending += delta;
    var busy = pending > 0;
    input.disabled = busy;
    sendButton.disabled = busy;
    log.setAttribute("aria-busy", busy ? "true" : "false");
    typing.hidden = !busy;
    if (!busy && (hadFocus || document.activeElement === document.body || !document.activeElement)) input.focus();
  }

  function describeError(error) {
    if (error && error.status) {
      return "Le bot a répondu par une erreur (" + error.status + "). Réessayez dans un instant.";
    }
    if (error && error.unreadable) return "La réponse du bot est illisible. Réessayez dans un instant.";
    return "Impossible de joindre le bot : vérifiez que le serveur local est démarré, puis réessayez.";
  }

  function exchange(activity) {
    setBusy(1);
    return window
      .fetch(ENDPOINT, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(activity)
      })
      .then(function (response) {
        if (!response.ok) throw { status: response.status };
        return response.text();
      })
      .then(function (body) {
        var data;
        try {
          data = body ? JSON.parse(body) : {};
        } catch (e) {
          throw { unreadable: true };
        }
        renderActivities(data && Array.isArray(data.activities) ? data.activities : []);
      })
      .catch(function (error) {
        addSystemLine(describeError(error));
      })
      .then(function () {
        setBusy(-1);
      });
  }

  /** Sends in order; the user's line is written when its turn comes, so it follows the previous replies. */
  function post(activity, echo) {
    queue = queue.then(function () {
      if (echo) {
        clearSuggestions();
        addUserLine(echo);
      }
      return exchange(activity);
    });
    return queue;
  }

  function sendText(text) {
    var trimmed = String(text).trim();
    if (!trimmed) return;
    var activity = baseActivity("message");
    activity.text = trimmed;
    post(activity, trimmed);
  }

  function sendValue(value, echo, text) {
    var activity = baseActivity("message");
    if (typeof text === "string" && text) activity.text = text;
    activity.value = value;
    post(activity, echo);
  }

  /** Suggested actions and Teams' msteams submit data share the Bot Framework CardAction shape. */
  function runCardLikeAction(action) {
    var type = action.type;
    var value = action.value;
    if (type === "openUrl") return openUrl(value);
    if (type === "messageBack") {
      var shown = action.displayText || action.text || action.title || "";
      return sendValue(value, shown || "(réponse envoyée)", action.text);
    }
    if (typeof value === "string") return sendText(value);
    if (value !== undefined && value !== null) return sendValue(value, action.title || "(réponse envoyée)");
    if (action.title) sendText(action.title);
  }

  function executeCardAction(action) {
    var type = action.getJsonTypeName();
    if (type === "Action.OpenUrl") return openUrl(action.url);
    if (type === "Action.Submit" || type === "Action.Execute") {
      var data = action.data;
      var teams = data && typeof data === "object" ? data.msteams : undefined;
      if (teams && typeof teams === "object" && (teams.type === "imBack" || teams.type === "messageBack")) {
        return runCardLikeAction(teams);
      }
      // Action.Execute is sent as a submit too: the local page emulates a channel, not Teams' invoke.
      return sendValue(data === undefined ? {} : data, action.title || "(réponse envoyée)");
    }
  }

  if (window.AdaptiveCards && window.AdaptiveCards.AdaptiveCard) {
    window.AdaptiveCards.AdaptiveCard.onProcessMarkdown = function (text, result) {
      result.outputHtml = renderMarkdown(text);
      result.didProcess = true;
    };
  }

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
