import { describe, expect, it } from "vitest";
import { answerCard } from "../../../dialogs/cards/answer-card.js";
import { readCardSubmit } from "../../../dialogs/cards/card-submit.js";
import { ficheCard } from "../../../dialogs/cards/fiche-card.js";
import { helpCard } from "../../../dialogs/cards/help-card.js";
import { ask } from "../../../dialogs/answer/ask.js";
import { openKnowledgeBase } from "../../../knowledge/knowledge-base.js";
import { departementByCode } from "../../../knowledge/territories/departements.js";

const opened = openKnowledgeBase();
if (!opened.ok) throw new Error(opened.error);
const { catalog, index } = opened.kb;

describe("cards", () => {
  it("renders a fiche as an Adaptive Card 1.5 with its fields, source and link", () => {
    const fiche = catalog.fiches.find((f) => f.id === "35-calpae-2019-2023-8-6")!;
    const card = ficheCard(fiche, catalog.plans.find((p) => p.id === fiche.planId));
    expect(card).toMatchInlineSnapshot(`
      {
        "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
        "actions": [
          {
            "title": "Voir la fiche",
            "type": "Action.OpenUrl",
            "url": "http://localhost:3978/fiches/35-calpae-2019-2023-8-6",
          },
        ],
        "body": [
          {
            "isSubtle": true,
            "size": "Small",
            "spacing": "None",
            "text": "Fiche 8.6 · CALPAE 2019-2023 (Ille-et-Vilaine)",
            "type": "TextBlock",
            "wrap": true,
          },
          {
            "size": "Medium",
            "text": "Organisation d'une journée départementale sur le thème de l'incurie co portée par le conseil départemental et l'ARS",
            "type": "TextBlock",
            "weight": "Bolder",
            "wrap": true,
          },
          {
            "facts": [
              {
                "title": "Pilote",
                "value": "Maison Associative de la Santé",
              },
              {
                "title": "Partenaires",
                "value": "ARS et Maison Associative de la Santé",
              },
              {
                "title": "Calendrier",
                "value": "2022 ; durée : Le 19 Janvier 2023",
              },
              {
                "title": "Budget",
                "value": "→Budget prévisionnel 2022 ; Part Etat = 5 000€ ; Part Département= 5 000€ ; Budget global = 10 000€ ; →Budget exécuté au 30/06/2023 ; 10 000 €",
              },
              {
                "title": "Territoires",
                "value": "Rennes",
              },
              {
                "title": "Source",
                "value": "004\\_e48324a6600f42d7.txt, lignes 2157 à 2212",
              },
            ],
            "type": "FactSet",
          },
        ],
        "fallbackText": "Fiche 8.6 : Organisation d'une journée départementale sur le thème de l'incurie co portée par le conseil départemental et l'ARS",
        "type": "AdaptiveCard",
        "version": "1.5",
      }
    `);
  });

  it("renders link previews in Adaptive Cards 1.3 (Teams' limit for previews)", () => {
    const fiche = catalog.fiches.find((f) => f.id === "22-pdi-2023-2027-16")!;
    expect(ficheCard(fiche, undefined, { version: "1.3" }).version).toBe("1.3");
  });

  it("offers example questions and the usage rules on the help card", () => {
    const card = helpCard(catalog, true);
    expect(card.actions?.map((a) => a.title)).toMatchInlineSnapshot(`
      [
        "Qui pilote l'action sur la mobilité ?",
        "Y a quoi pour une mère isolée au RSA ?",
        "Quels partenaires pour les jeunes de l'ASE ?",
        "Fiche 12",
        "Orientation pas à pas",
      ]
    `);
    expect(JSON.stringify(card)).toContain("Ne saisissez pas de données personnelles");
  });

  it("puts 👍/👎 on an answer's card, with a payload the bot accepts back", () => {
    const answer = ask("qui pilote l'action sur la mobilité ?", { home: departementByCode("22") }, index);
    const card = answerCard(answer, catalog)!;
    const vote = card.actions!.find((a) => a.title.includes("Pas utile"))!;
    expect(vote.type).toBe("Action.Submit");
    expect(readCardSubmit(vote.type === "Action.Submit" ? vote.data : null)).toEqual({ action: "feedback", vote: "down", ficheIds: answer.fiches.map((f) => f.id), intent: "pilote" });
  });

  it("has no card for a refusal", () => {
    expect(answerCard(ask("il va pleuvoir demain ?", {}, index), catalog)).toBeNull();
  });
});
