import { fold } from "../text/fold.js";

/** Tokens skipped on both sides: elided or contracted articles that vary freely ("garde d'enfants"/"des enfants"). */
export const SKIPPED_TOKENS: ReadonlySet<string> = new Set(["d", "l", "de", "du", "des"]);

/** A folded character (or ligature) made only of letters and digits. */
const WORD_RUN = /^[\p{L}\p{N}]+$/u;
const COMBINING_MARK = /^\p{M}$/u;
const SHORT_EXACT_FORM = /^[\p{L}\p{N}]{1,4}$/u;
const HAS_LOWER_CASE = /\p{Ll}/u;
const HAS_LETTER = /\p{L}/u;
/** Characters that may not touch an exact form: letters, digits and combining marks. */
export const EXACT_BOUNDARY = "[\\p{L}\\p{N}\\p{M}]";

/** Applies the light plural folding to one folded phrase word: drops one final "s" or "x" past 3 characters. */
export function normalizeToken(token: string): string {
  if (token.length > 3) {
    const last = token.charCodeAt(token.length - 1);
    if (last === 115 /* s */ || last === 120 /* x */) return token.slice(0, -1);
  }
  return token;
}

/** `fold()` of single non-ASCII characters, computed on first use. */
const charFolds = new Map<number, string>();

function foldChar(code: number, char: string): string {
  let folded = charFolds.get(code);
  if (folded === undefined) {
    folded = fold(char);
    charFolds.set(code, folded);
  }
  return folded;
}

// The vocabularies (glossary, publics, thématiques, dispositifs) are matched one after the other on the same text
// (a question, a fiche): its tokens are kept for the next matcher.
let lastText: string | undefined;
let lastTokens: readonly string[] = [];

/**
 * Cuts text into folded tokens of letters and digits, dropping the skipped articles. Equivalent to cutting
 * `fold(text)`, but folds character by character (with a cache) while scanning, which is several times faster
 * than folding the whole text first. The array is shared with the next call on the same text: read it only.
 */
export function tokenize(text: string): readonly string[] {
  if (text === lastText) return lastTokens;
  const tokens = cut(text);
  lastText = text;
  lastTokens = tokens;
  return tokens;
}

function cut(text: string): string[] {
  const tokens: string[] = [];
  let start = -1;
  let plain = true;
  const length = text.length;
  for (let i = 0; i <= length; i++) {
    let inWord = false;
    let isPlain = true;
    if (i < length) {
      const c = text.charCodeAt(i);
      if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) inWord = true;
      else if (c >= 65 && c <= 90) {
        inWord = true;
        isPlain = false;
      } else if (c > 127) {
        const char = text.charAt(i);
        const folded = foldChar(c, char);
        // A combining mark folds to "" and continues the word it decorates; white space also folds to "".
        inWord = folded === "" ? start >= 0 && COMBINING_MARK.test(char) : WORD_RUN.test(folded);
        isPlain = false;
      }
    }
    if (inWord) {
      if (start < 0) {
        start = i;
        plain = true;
      }
      if (!isPlain) plain = false;
    } else if (start >= 0) {
      const token = plain ? text.slice(start, i) : foldSlice(text, start, i);
      if (token.length > 3 || !SKIPPED_TOKENS.has(token)) tokens.push(token);
      start = -1;
    }
  }
  return tokens;
}

function foldSlice(text: string, start: number, end: number): string {
  let out = "";
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) out += c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : text.charAt(i);
    else out += foldChar(c, text.charAt(i));
  }
  return out;
}

/** True when `phrase` is a short form that must match exactly, in capitals, in the original text. */
export function isExactForm(phrase: string): boolean {
  const trimmed = phrase.trim();
  return SHORT_EXACT_FORM.test(trimmed) && HAS_LETTER.test(trimmed) && !HAS_LOWER_CASE.test(trimmed);
}
