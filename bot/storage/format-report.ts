import { fold } from "../../knowledge/text/fold.js";
import type { FeedbackRecord, StoredRecord, UnansweredRecord } from "./records-schema.js";

const DAY = new Intl.DateTimeFormat("fr-FR", { timeZone: "Europe/Paris", day: "2-digit", month: "2-digit", year: "numeric" });
const day = (iso: string): string => DAY.format(new Date(iso));

/** The text two questions are grouped by: folded, punctuation and extra spaces removed. */
export function normalizeQuestion(question: string): string {
  return fold(question)
    .replace(/[^\p{L}\p{N}[\]]+/gu, " ")
    .trim();
}

interface QuestionGroup {
  text: string;
  count: number;
  latest: string;
  departements: Set<string>;
}

function groupQuestions(records: readonly UnansweredRecord[]): QuestionGroup[] {
  const groups = new Map<string, QuestionGroup>();
  for (const r of [...records].sort((a, b) => a.at.localeCompare(b.at))) {
    const key = normalizeQuestion(r.question);
    const group = groups.get(key) ?? { text: r.question, count: 0, latest: r.at, departements: new Set<string>() };
    group.count++;
    group.latest = r.at;
    group.text = r.question.trim(); // the latest wording stands for the group
    if (r.departement !== undefined) group.departements.add(r.departement);
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => b.count - a.count || b.latest.localeCompare(a.latest) || a.text.localeCompare(b.text));
}

function unansweredSection(records: readonly UnansweredRecord[]): string[] {
  if (records.length === 0) return ["Questions sans réponse : aucune."];
  const groups = groupQuestions(records);
  const lines = [`Questions sans réponse : ${records.length} (${groups.length} différente${groups.length > 1 ? "s" : ""}), les plus fréquentes d'abord`];
  groups.forEach((g, i) => {
    const deps = g.departements.size > 0 ? ` — dép. ${[...g.departements].sort().join(", ")}` : "";
    lines.push(`  ${i + 1}. « ${g.text} » — ${g.count} fois${deps} — dernière le ${day(g.latest)}`);
  });
  return lines;
}

function feedbackSection(records: readonly FeedbackRecord[]): string[] {
  const up = records.filter((r) => r.vote === "up").length;
  const down = records.filter((r) => r.vote === "down").sort((a, b) => b.at.localeCompare(a.at));
  if (down.length === 0) return [`Avis 👎 : aucun (👍 ${up}).`];
  const commented = down.filter((r) => r.comment !== undefined);
  const lines = [`Avis 👎 : ${down.length} sur ${records.length} avis (👍 ${up}), les plus récents d'abord`];
  for (const r of commented) {
    const fiches = r.ficheIds.length > 0 ? `fiche${r.ficheIds.length > 1 ? "s" : ""} ${r.ficheIds.join(", ")}` : "sans fiche";
    lines.push(`  - ${day(r.at)} — ${fiches} — ${r.answerIntent} — « ${r.comment ?? ""} »`);
  }
  const silent = down.length - commented.length;
  if (silent > 0) lines.push(`  et ${silent} avis 👎 sans commentaire.`);
  return lines;
}

/**
 * The coordinator's report, in French: the unanswered questions grouped by normalised text (most frequent first,
 * with their départements) and the 👎 feedback with its comments. Pure: the same records give the same text (dates
 * in Europe/Paris). The records are already masked (RecordsStore masks before storing).
 */
export function formatReport(records: readonly StoredRecord[]): string {
  const unanswered = records.filter((r): r is UnansweredRecord => r.kind === "unanswered");
  const feedback = records.filter((r): r is FeedbackRecord => r.kind === "feedback");
  const dates = records.map((r) => r.at).sort();
  const first = dates[0];
  const last = dates.at(-1);
  const period = first !== undefined && last !== undefined ? `du ${day(first)} au ${day(last)}` : "aucun enregistrement";
  return [
    "Rapport de l'assistant des plans d'insertion",
    `Période : ${period} — ${records.length} enregistrement${records.length > 1 ? "s" : ""}`,
    "",
    ...unansweredSection(unanswered),
    "",
    ...feedbackSection(feedback),
    "",
  ].join("\n");
}
