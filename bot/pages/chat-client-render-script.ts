/**
 * The rendering part of the local chat page's client (see chat-client-script.ts, which it is spliced into and
 * whose variables it uses): message lines, Markdown text, Adaptive Cards, suggested actions. Plain ES2017.
 */
export const CHAT_CLIENT_RENDER_SCRIPT = String.raw`
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
`;
