/**
 * Acronyms and their long forms: "Rare Class Sampling (RCS)" and "RCS (Rare Class Sampling)". The long
 * form is found with the Schwartz–Hearst algorithm (each letter of the acronym, right to left, in the
 * words before the parenthesis, the first letter at the start of a word).
 */
import { closesParenthesis, opensParenthesis } from './tokens';
import type { Sentence, Token } from './types';

export interface AcronymPair {
  sentence: number;
  /** Token ranges [from, to) of the short and the long form. */
  short: [number, number];
  long: [number, number];
}

const SHORT_FORM = /^(?=.*\p{Lu})[\p{L}\d][\p{L}\d.&+-]{0,11}$/u;

/**
 * @example
 * longFormStart('RCS', 'on the source domain: Rare Class Sampling'); // index of "Rare"
 */
export function longFormStart(short: string, long: string): number {
  let s = short.length - 1;
  let l = long.length - 1;
  while (s >= 0) {
    const char = short[s]?.toLowerCase() ?? '';
    if (!/[\p{L}\d]/u.test(char)) {
      s -= 1;
      continue;
    }
    while (
      l >= 0 &&
      (long[l]?.toLowerCase() !== char || (s === 0 && l > 0 && /[\p{L}\d]/u.test(long[l - 1] ?? '')))
    ) {
      l -= 1;
    }
    if (l < 0) return -1;
    l -= 1;
    s -= 1;
  }
  return l + 1;
}

const textOf = (tokens: Token[], text: string): string =>
  tokens.length === 0 ? '' : text.slice(tokens[0]?.start, tokens.at(-1)?.end);

/** The token range of the long form before position `before`, or undefined. */
function longFormBefore(
  tokens: Token[],
  before: number,
  short: string,
  text: string,
): [number, number] | undefined {
  const letters = short.replace(/[^\p{L}\d]/gu, '').length;
  const window = Math.min(letters + 5, letters * 2);
  const from = Math.max(0, before - window);
  // The long form does not reach over a clause break.
  let start = from;
  for (let index = before - 2; index >= from; index -= 1) {
    if (/[,;:.()]/.test(tokens[index]?.post ?? '') || /\(/.test(tokens[index + 1]?.pre ?? '')) {
      start = index + 1;
      break;
    }
  }
  const candidate = tokens.slice(start, before);
  const phrase = textOf(candidate, text);
  const at = longFormStart(short, phrase);
  if (at < 0) return undefined;
  const offset = (candidate[0]?.start ?? 0) + at;
  const first = candidate.findIndex((token) => token.start <= offset && offset < token.end);
  if (first < 0 || candidate.length - first < 2 || candidate[first]?.start !== offset) return undefined;
  return [start + first, before];
}

export function findAcronyms(sentences: Sentence[], text: string): AcronymPair[] {
  const pairs: AcronymPair[] = [];
  sentences.forEach((sentence, index) => {
    const tokens = sentence.tokens;
    tokens.forEach((_token, position) => {
      if (!opensParenthesis(tokens, position)) return;
      const close = tokens.findIndex((candidate, end) => end >= position && closesParenthesis(candidate));
      if (close < 0 || close - position > 7) return;
      // "Rare Class Sampling (RCS)", "(GPT-4)": one or two tokens inside the parenthesis.
      const short = textOf(tokens.slice(position, close + 1), text);
      if (close - position <= 1 && SHORT_FORM.test(short)) {
        const long = longFormBefore(tokens, position, short, text);
        if (long) pairs.push({ sentence: index, short: [position, close + 1], long });
        return;
      }
      // "RCS (Rare Class Sampling)": the acronym before the parenthesis.
      const previous = tokens[position - 1];
      if (!previous || !SHORT_FORM.test(previous.text) || close - position < 1) return;
      const inside = tokens.slice(position, close + 1);
      if (longFormStart(previous.text, textOf(inside, text)) === 0) {
        pairs.push({ sentence: index, short: [position - 1, position], long: [position, close + 1] });
      }
    });
  });
  return pairs;
}
