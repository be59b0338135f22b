import { afterAll, describe, expect, it } from "vitest";
import { startAnswerThreads, type Answerer } from "../../../bot/answers/answer-threads.js";
import { ask } from "../../../dialogs/answer/ask.js";
import { openKnowledgeBase } from "../../../knowledge/knowledge-base.js";
import { departementByCode } from "../../../knowledge/territories/departements.js";

const opened = openKnowledgeBase();
if (!opened.ok) throw new Error(opened.error);
const { index } = opened.kb;
const data = { publicUrl: "http://localhost:3978" };
const started: Answerer[] = [];
afterAll(async () => {
  await Promise.all(started.map((a) => a.close()));
});

async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 300 && !condition(); i++) await new Promise((r) => setTimeout(r, 50));
}

describe("answer threads", () => {
  it("answer on a thread once it is ready, as the main thread would, many questions at once", async () => {
    const warnings: string[] = [];
    const answerer = startAnswerThreads({ threads: 1, index, data, onWarning: (m) => warnings.push(m) });
    started.push(answerer);
    // Before the thread has loaded the catalog, the main thread answers.
    const early = answerer.ask("fiche 12", {});
    expect(early).not.toBeInstanceOf(Promise);
    await until(() => answerer.threads === 1);
    expect(answerer.threads).toBe(1);
    const questions = ["qui pilote l'action sur la mobilité ?", "quels partenaires pour les jeunes ?", "fiche 5.4", "y a quoi pour les artistes au rsa ?"];
    const home = departementByCode("35");
    const onThread = await Promise.all(questions.flatMap((q) => [answerer.ask(q, { home }), answerer.ask(q, {})]));
    const here = questions.flatMap((q) => [ask(q, { home }, index), ask(q, {}, index)]);
    expect(onThread).toEqual(here);
    expect(warnings).toEqual([]);
  }, 30_000);

  it("fall back to the main thread when a thread stops (here: it cannot read its catalog)", async () => {
    const warnings: string[] = [];
    const answerer = startAnswerThreads({ threads: 1, index, data: { ...data, catalogPath: "/nonexistent/catalog.json" }, onWarning: (m) => warnings.push(m) });
    started.push(answerer);
    await until(() => warnings.length > 0);
    expect(warnings.join("\n")).toMatch(/an answer thread stopped .*0 left, the main thread answers/);
    const answer = await answerer.ask("fiche 12", { home: departementByCode("22") });
    expect(answer.fiches[0]?.number).toBe("12");
  }, 30_000);

  it("answer on the main thread when a thread takes longer than allowed, and drop its late reply", async () => {
    const warnings: string[] = [];
    const answerer = startAnswerThreads({ threads: 1, index, data, onWarning: (m) => warnings.push(m), timeoutMs: 0 });
    started.push(answerer);
    await until(() => answerer.threads === 1);
    // A long message: the thread needs milliseconds for it, the time allowed is none.
    const long = "qui pilote l'action sur la mobilité et le permis de conduire des jeunes ? ".repeat(60);
    const answer = await answerer.ask(long, { home: departementByCode("22") });
    expect(answer).toEqual(ask(long, { home: departementByCode("22") }, index));
    expect(warnings.join("\n")).toMatch(/took over 0 ms; the main thread answered/);
    // The thread's reply comes later and is dropped without a word.
    await new Promise((r) => setTimeout(r, 200));
    expect(warnings).toHaveLength(1);
  }, 30_000);

  it("none with ANSWER_THREADS=0: the main thread answers", () => {
    const answerer = startAnswerThreads({ threads: 0, index, data, onWarning: () => {} });
    expect(answerer.threads).toBe(0);
    expect(answerer.ask("fiche 12", {})).toEqual(ask("fiche 12", {}, index));
  });
});
