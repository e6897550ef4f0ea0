/** Sentences and tokens of a parsed abstract, with character offsets into the text. */
import type { Doc } from './plugin';
import type { Sentence, Token } from './types';

interface CompromiseTerm {
  text: string;
  normal: string;
  pre: string;
  post: string;
  tags: Set<string>;
}

/**
 * compromise keeps every character in a term's `pre`, `text` or `post`, so walking the terms in order
 * gives exact offsets.
 */
export function toSentences(doc: Doc): Sentence[] {
  let cursor = 0;
  return (doc.docs as CompromiseTerm[][]).map((terms) => {
    const tokens: Token[] = terms.map((term) => {
      const start = cursor + term.pre.length;
      const end = start + term.text.length;
      cursor = end + term.post.length;
      return {
        text: term.text,
        normal: term.normal,
        pre: term.pre,
        post: term.post,
        tags: term.tags,
        start,
        end,
      };
    });
    const first = tokens[0];
    const last = tokens.at(-1);
    return {
      start: first?.start ?? cursor,
      end: last ? last.end + last.post.trimEnd().length : cursor,
      tokens,
    };
  });
}

const WORDLESS = /^[^\p{L}\p{N}]*$/u;

/**
 * Does punctuation other than a hyphen or slash (a comma, a bracket, a full stop) separate two tokens? A
 * token of punctuation alone (" , " in pre-tokenised text) separates too.
 */
export function breaksBetween(current: Token, next: Token): boolean {
  return (
    /[^\s\-‐–/]/.test(current.post) ||
    /[([{"“‘]/.test(next.pre) ||
    WORDLESS.test(current.text) ||
    WORDLESS.test(next.text)
  );
}

/** Is token `index` the first inside a parenthesis? "(" sits in its `pre`, or, spaced, in the previous `post`. */
export function opensParenthesis(tokens: Token[], index: number): boolean {
  return (tokens[index]?.pre.includes('(') ?? false) || /\(\s*$/.test(tokens[index - 1]?.post ?? '');
}

/** Does a ")" follow the token (in its `post`)? */
export const closesParenthesis = (token: Token | undefined): boolean => /^\s*\)/.test(token?.post ?? '');

const BRACKETED_ACRONYM = /^(?=.*\p{Lu})[\p{L}\d][\p{L}\d.&+-]{0,11}$/u;

/** Is token `index` an acronym in parentheses of its own, "(MRF)"? */
export function isBracketedAcronym(tokens: Token[], index: number): boolean {
  const token = tokens[index];
  return (
    token !== undefined &&
    opensParenthesis(tokens, index) &&
    closesParenthesis(token) &&
    BRACKETED_ACRONYM.test(token.text)
  );
}

/**
 * Does punctuation separate tokens `index` and `index + 1`, other than the brackets of an acronym inside a
 * phrase ("Markov random field (MRF) models", "Expectation Maximization (EM) algorithm")?
 */
export function breaksPhraseAt(tokens: Token[], index: number): boolean {
  const current = tokens[index];
  const next = tokens[index + 1];
  if (!current || !next) return true;
  if (!breaksBetween(current, next)) return false;
  const before = isBracketedAcronym(tokens, index + 1) && index + 2 < tokens.length;
  const after = isBracketedAcronym(tokens, index) && index > 0 && !/[([{"“‘]/.test(next.pre);
  return !(before || after);
}
