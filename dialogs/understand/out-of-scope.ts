import { fold } from "../../knowledge/text/fold.js";

// Subjects the plans never treat, that people still ask a chat bot about.
const OFF_TOPIC = /\b(?:meteo|temps (?:qu'il fait|qu'il va faire)|(?:il )?(?:va |fait )?(?:pleuvoir|pleut|neiger|neige|beau|chaud|froid)|soleil|orage|temperature|foot(?:ball)?|match|score|ligue|recette|cuisiner|restaurant|cinema|film|serie|blague|horoscope|bourse|bitcoin|loto|vacances|voyage|horaires? (?:de|du) (?:train|bus)|resultats? sportifs?)\b/;
// Words frequent in English and absent from French (so "a", "on", "me" are not in the list).
const ENGLISH = /\b(?:the|what|which|who|how|is|are|does|do|can|could|would|should|for|with|please|weather|help|where|when|you|your|my|to|an|of|and|this|that|write|tell|about|i|it|there|any|have|has)\b/g;

// The département's other benefits, for old age and disability, and other administrations' papers: not the
// insertion plans' subject, though a family word ("ma grand-mère") looks like a public.
const OTHER_POLICY = /\b(?:apa|allocation personnalisee d'autonomie|pch|prestation de compensation(?: du handicap)?|aide sociale a l'hebergement|carte grise|passeport|carte d'identite|impots?|declaration de revenus|taxe (?:fonciere|d'habitation))\b/;
// What makes such a question one of insertion after all ("l'APA d'une brsa aidante", "impôts et reprise d'emploi").
const INSERTION_CONTEXT = /\b(?:b?rsa|insertion|emploi|travail|boulot|taf|formation|referent|allocataires?|beneficiaires?|chomage|france travail|pole emploi|mobilite|permis|cdd|cdi|contrat|embauche|reprise|stage|entreprise|salarie|accompagnement|parcours)\b/;

/** True when a question asks about something no insertion plan treats (the weather, football, a recipe, the
 * APA for an old parent). */
export function isOffTopic(question: string, hasDomainSignal: boolean): boolean {
  const q = fold(question);
  if (OTHER_POLICY.test(q) && !INSERTION_CONTEXT.test(q)) return true;
  return OFF_TOPIC.test(q) && !hasDomainSignal;
}

/** True when a question is written in English (the bot answers in French and says so). */
export function isEnglish(question: string): boolean {
  const q = fold(question);
  const words = q.split(/\s+/).filter(Boolean).length;
  const english = (q.match(ENGLISH) ?? []).length;
  return words >= 3 && english / words >= 0.3;
}
