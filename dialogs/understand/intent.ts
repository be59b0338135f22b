import { fold } from "../../knowledge/text/fold.js";
import { normalizeTerm } from "../../knowledge/search/french.js";

/** What a référent asks for. */
export type Intent =
  | "pilote"
  | "partenaires"
  | "public"
  | "dispositif"
  | "fiche"
  | "topic"
  | "budget"
  | "calendrier"
  | "comparaison"
  | "aide"
  | "territoire"
  | "salutation"
  | "hors-sujet"
  | "vide";

// Each rule reads the folded question. Order matters: "financé par qui" asks for partners, not a budget.
const RULES: ReadonlyArray<readonly [Exclude<Intent, "fiche" | "vide" | "hors-sujet">, RegExp]> = [
  ["territoire", /\b(?:chang(?:er|e) (?:de |mon )?(?:territoire|departement)|mon territoire|mon departement|je suis (?:dans|a|en) |je travaille (?:dans|a|en|sur) )/],
  ["aide", /^(?:aide|help|\?+|menu|commandes?|que (?:sais|peux)-?tu faire|tu sers a quoi|comment (?:ca|tu) (?:marche|fonctionne)s?)\W*$/],
  ["salutation", /^(?:bonjour|bonsoir|salut|hello|coucou|merci|ok merci|bonne journee)\W*$/],
  ["comparaison", /\b(?:compar\w*|difference entre|par rapport (?:a|au|aux) (?:autres?|departement)|dans les autres departements|ailleurs|chaque departement|tous les departements)\b/],
  ["partenaires", /\b(?:partenair\w*|parternair\w*|partenariat|avec qui|co-?financ\w*|financ\w* par qui|qui financ\w*|qui (?:sont|est) (?:les |le )?(?:acteurs|financeurs|associes)|acteurs associes|qui (?:est cense |doit |va |peut )?(?:y )?particip\w*|autour de la table|(?:travaille|bosse)\w* avec (?:qui|quel\w*)|avec quel(?:le)?s? (?:structures?|caisses?|organismes?|acteurs?|assos?|associations?|partenaires?|services?))\b/],
  ["pilote", /\b(?:pilot+\w*|pilotage|copilot\w*|porteur|qui porte|(?:porte|gere|geree|mene|menee|organise|anime|coordonne)e?s? par qui|quelle (?:asso\w*|structure|organisme|service) (?:qui )?(?:le |la |les )?(?:gere|porte|pilote|anime|organise)|qui (?:anime|gere|organise|coordonne|s'occupe|fait|mene|est responsable|est en charge|pilote|lance|assure|dirige)|c'est qui|responsable de|aux manettes|chapeaute\w*|qui est charg\w* de|qui s'en (?:charge|occupe)|qui est derriere)\b/],
  ["budget", /\b(?:budget\w*|combien|cout\w*|montant\w*|euros?|€|financement\w*|finance\w* (?:sur|avec|par) quoi|finance\w*|credits?|subvention\w*|enveloppe|quels? fonds|argent|depens\w*|combien touche\w*|touche combien)\b/],
  // "quand" asks a date at the start or after a verb ("ça démarre quand"), not in "quand on est au rsa".
  ["calendrier", /^quand\b|\b(?:c'est|ca|cela|il|elle|ils|elles|on|demarre\w*|commence\w*|debute\w*|prevu\w*|finit|termine\w*) quand\b|\bquand\s*\?|\b(?:calendrier|echeanc\w*|date\w*|delai\w*|depuis quand|jusqu'a quand|a partir de quand|phasage|duree|en quelle annee|demarr\w*|commenc\w*)\b/],
  ["dispositif", /\b(?:quel(?:le)?s? (?:dispositif|aide|solution|accompagnement|piste|outil|orientation)s?|vers quoi|orienter|prescrire|proposer a|pour (?:mon|ma|un|une) (?:allocataire|brsa|beneficiaire|jeune|personne|monsieur|madame)|mon allocataire|il existe (?:un|une)|y a-t-il un|trancher|quelle piste)\b/],
  ["public", /\b(?:pour les|public\w*|beneficiaires? vises?|a qui s'adresse|qui peut en beneficier|quoi pour)\b/],
];

/** The intent of a question, from its wording. Lookup by number and out-of-scope are decided by the caller. */
export function detectIntent(question: string): Intent {
  const q = fold(question);
  if (q.replace(/[^a-z0-9]/g, "") === "") return "vide";
  for (const [intent, re] of RULES) if (re.test(q)) return intent;
  return "topic";
}

/** Words that say what is asked rather than what it is about: left out of the search terms. */
export const INTENT_WORDS: ReadonlySet<string> = new Set(
  `pilote pilot pilott pilotte pilotage copilote porte porteur qui anime gere organise coordonne occupe responsable charge partenair partenaire parternair partenariat financ finance financeur financement budget cout montant euro euros combien calendrier echeance date delai quand duree phasage fiche fiche-action action actions dispositif aide solution piste outil prevu prevoit existe quel quelle quels quelles plan pacte pdi pti pdie calpae departement territoire peut peuvent faut truc chose quoi y-a il-y-a prescrire proposer orienter`
    .split(/\s+/)
    // Compared with analysed terms: "chargé" is searched as "charg", "partenaires" as "partenair".
    .flatMap((w) => [w, normalizeTerm(w) ?? w]),
);
