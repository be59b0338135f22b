/**
 * The sending part of the local chat page's client (see chat-client-script.ts, which it is spliced into and whose
 * variables it uses): activities posted to /api/messages with deliveryMode "expectReplies", card submits and
 * actions. Plain ES2017.
 */
export const CHAT_CLIENT_SEND_SCRIPT = String.raw`
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
`;
