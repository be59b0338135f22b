import { describe, expect, it } from "vitest";
import { warmUpInBackground, warmUpSteps } from "../../../dialogs/answer/warm-up.js";
import { warmUpQuestions } from "../../../dialogs/answer/warm-up-questions.js";
import { understand } from "../../../dialogs/understand/understand.js";
import { openKnowledgeBase } from "../../../knowledge/knowledge-base.js";

const opened = openKnowledgeBase();
if (!opened.ok) throw new Error(opened.error);
const { index, catalog } = opened.kb;

describe("warm-up", () => {
  it("cuts the work in short steps: a few questions, 400 made from the catalog four at a time, then the fiches' passages ten at a time", () => {
    const steps = warmUpSteps(index);
    expect(steps.length).toBe(3 + 100 + Math.ceil(catalog.fiches.length / 10));
    expect(warmUpSteps(index, { questions: 0 }).length).toBe(3 + Math.ceil(catalog.fiches.length / 10));
    expect(warmUpSteps(index, { answers: false }).length).toBe(3);
  });

  it("runs in the background: other work gets the event loop between its steps", async () => {
    const order: string[] = [];
    const done = warmUpInBackground(index).then((ms) => {
      order.push("warm");
      return ms;
    });
    // Queued after the first step: it must run long before the last one.
    setImmediate(() => order.push("request"));
    const ms = await done;
    expect(ms).toBeGreaterThan(0);
    expect(order).toEqual(["request", "warm"]);
  });

  it("asks questions made from the catalog, of every kind, the same each time", () => {
    const made = warmUpQuestions(catalog, 40);
    expect(made).toHaveLength(40);
    expect(warmUpQuestions(catalog, 40)).toEqual(made);
    expect(new Set(made.map((m) => m.q)).size).toBeGreaterThan(35);
    const intents = new Set(made.map((m) => understand(m.q, { home: m.fiche.departement }).intent));
    for (const intent of ["pilote", "partenaires", "budget", "calendrier"]) expect(intents).toContain(intent);
  });
});
