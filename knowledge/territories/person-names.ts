/**
 * Words that announce a person's name, so that the next word is not read as a place: civilities and frequent French
 * first names (folded). "Jean-Jacques LASSERRE" is the president, not the commune of Lasserre; "Mme Vitré" a person.
 */
const WORDS = `
m mr mme mlle mmes mm monsieur madame mademoiselle messieurs dr docteur maitre me pr professeur president presidente
jean jacques pierre paul louis michel andre philippe alain nicolas laurent vincent thomas julien christophe francois
patrick daniel bernard eric frederic olivier stephane david sebastien guillaume antoine marc yves gerard claude rene
henri joseph georges didier thierry bruno pascal dominique serge jerome franck denis herve gilles xavier emmanuel
marie anne sylvie nathalie isabelle catherine christine sophie julie sandrine valerie martine nadine monique francoise
jacqueline brigitte veronique celine stephanie caroline aurelie emilie laure helene claire agnes chantal annie odile
genevieve elisabeth elise lucie camille pauline marion lea manon emma chloe sarah laura charlotte mathilde
`;

/** The set of such words. */
export const PERSON_WORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter((word) => word !== ""));
