import { fold } from "../text/fold.js";

/** Folded form of each non-ASCII character met so far, computed with `fold` so that both always agree. */
const foldedChars = new Map<string, string>();

function foldChar(char: string): string {
  let folded = foldedChars.get(char);
  if (folded === undefined) {
    folded = fold(char);
    foldedChars.set(char, folded);
  }
  return folded;
}

/** Folds one word (same result as `fold(word)`): ASCII through toLowerCase, other characters one by one. */
function foldWord(word: string, ascii: boolean): string {
  if (ascii) return word.toLowerCase();
  let folded = "";
  for (let k = 0; k < word.length; k++) {
    const code = word.charCodeAt(k);
    if (code >= 0xd800 && code <= 0xdfff) return fold(word);
    folded += code < 128 ? word.charAt(k).toLowerCase() : foldChar(word.charAt(k));
  }
  return folded;
}

/**
 * One word of a text, as the territory matchers see it. Its text and folded key are computed on first use: a scan of
 * a long plan only looks closely at the words around capitals and a few trigger words.
 */
export class Token {
  /** Offset of the first character in the text. */
  readonly start: number;
  /** Offset just after the last character. */
  readonly end: number;
  /**
   * True when only spaces, hyphens or apostrophes separate this word from the previous one, so that both can belong
   * to one name ("Cesson-Sévigné", "d'Armor"). False for the first word and after other punctuation or a line break
   * (except after a hyphen ending a line, as when a PDF cuts "Cesson-⏎Sévigné").
   */
  readonly joined: boolean;
  readonly #text: string;
  readonly #ascii: boolean;
  #raw: string | undefined;
  #key: string | undefined;

  constructor(text: string, start: number, end: number, joined: boolean, ascii: boolean) {
    this.#text = text;
    this.start = start;
    this.end = end;
    this.joined = joined;
    this.#ascii = ascii;
  }

  /** The word as written (accents and case kept), e.g. "Côtes". */
  get raw(): string {
    return (this.#raw ??= this.#text.slice(this.start, this.end));
  }

  /** The folded word used for lookups: lower case, no accents, e.g. "cotes". */
  get key(): string {
    return (this.#key ??= foldWord(this.raw, this.#ascii));
  }

  /** Number of characters of the word. */
  get length(): number {
    return this.end - this.start;
  }

  /** The UTF-16 code of the word's first character (cheap: the word's text is not built). */
  get firstCode(): number {
    return this.#text.charCodeAt(this.start);
  }
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const wordChars = new Map<number, boolean>();

/** True for a letter, a combining mark or a digit outside ASCII (cached by character code). */
function isWordCode(code: number): boolean {
  let word = wordChars.get(code);
  if (word === undefined) {
    word = WORD_CHAR.test(String.fromCharCode(code)) || (code >= 0xd800 && code <= 0xdfff);
    wordChars.set(code, word);
  }
  return word;
}

/** True when only spaces, hyphens or apostrophes lie between `from` and `to`, or a hyphen ending a line. */
function joins(text: string, from: number, to: number): boolean {
  let hyphen = false;
  let lineBreak = false;
  for (let k = from; k < to; k++) {
    const code = text.charCodeAt(k);
    if (code === 10 || code === 13) {
      if (!hyphen) return false;
      lineBreak = true;
    } else if (code === 45 || (code >= 0x2010 && code <= 0x2014)) {
      if (lineBreak) return false;
      hyphen = true;
    } else if (!(code === 32 || code === 9 || code === 0xa0 || code === 39 || code === 0x2019 || code === 0x2018)) {
      return false;
    }
  }
  return true;
}

/**
 * Splits a text into words (letters and digits). Apostrophes and hyphens split words: "Saint-Aubin-d'Aubigné" gives
 * saint, aubin, d, aubigne; names are matched as sequences of such keys.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const length = text.length;
  let previousEnd = -1;
  let k = 0;
  while (k < length) {
    let code = text.charCodeAt(k);
    const asciiWord = (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
    if (!asciiWord && (code < 128 || !isWordCode(code))) {
      k++;
      continue;
    }
    const start = k;
    let ascii = true;
    for (; k < length; k++) {
      code = text.charCodeAt(k);
      if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)) continue;
      if (code < 128 || !isWordCode(code)) break;
      ascii = false;
    }
    const joined =
      previousEnd >= 0 && ((start === previousEnd + 1 && text.charCodeAt(previousEnd) === 32) || joins(text, previousEnd, start));
    tokens.push(new Token(text, start, k, joined, ascii));
    previousEnd = k;
  }
  return tokens;
}

/** The lookup key of a name or phrase: its folded words joined by single spaces ("Côtes-d'Armor" → "cotes d armor"). */
export function keyOf(text: string): string {
  return tokenize(text)
    .map((token) => token.key)
    .join(" ");
}

const NON_WORD = /[^\p{L}\p{M}\p{N}|]+/gu;

/**
 * The lookup keys of many names packed in one string with "|" between them ("Acigné|Saint-Malo" → acigne, saint
 * malo), as `keyOf` gives them one by one but much faster: folding one long text costs far less than folding 35,000
 * short ones.
 */
export function keysOfPacked(packed: string): string[] {
  return fold(packed)
    .replace(NON_WORD, " ")
    .split("|")
    .map((key) => key.trim());
}

/** True when the word starts with a capital letter, acronyms included ("Redon", "REDON", "CC"). */
export function startsUpperCase(token: Token): boolean {
  const code = token.firstCode;
  if (code < 128) return code >= 65 && code <= 90;
  const first = token.raw.charAt(0);
  return first !== first.toLowerCase();
}

/** True when the word starts with a capital letter and is not an all-capitals acronym ("Redon", not "CDAS" or "redon"). */
export function isCapitalised(token: Token): boolean {
  if (!startsUpperCase(token)) return false;
  return token.raw.length === 1 || token.raw !== token.raw.toUpperCase();
}

const SENTENCE_END = /[.!?…:;«»"]$/;

/** True when the word opens the text, a line or a sentence, where a capital letter says nothing about it being a name. */
export function opensSentence(text: string, token: Token): boolean {
  const window = text.slice(Math.max(0, token.start - 200), token.start);
  const before = window.trimEnd();
  if (before === "") return token.start <= 200 || window.includes("\n");
  return SENTENCE_END.test(before) || window.slice(before.length).includes("\n");
}
