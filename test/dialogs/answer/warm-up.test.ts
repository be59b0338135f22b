import { describe, expect, it } from "vitest";
import { warmUpInBackground, warmUpSteps } from "../../../dialogs/answer/warm-up.js";
import { openKnowledgeBase } from "../../../knowledge/knowledge-base.js";

const opened = openKnowledgeBase();
if (!opened.ok) throw new Error(opened.error);
const { index, catalog } = opened.kb;

describe("warm-up", () => {
  it("cuts the work in short steps: a few questions, then the fiches' passages ten at a time", () => {
    const steps = warmUpSteps(index);
    expect(steps.length).toBe(3 + Math.ceil(catalog.fiches.length / 10));
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
});
