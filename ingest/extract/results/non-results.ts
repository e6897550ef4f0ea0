/**
 * Numbers written as values that are still no results: a model's size next to another ("67 times smaller
 * than X"), the folds of a cross-validation, a threshold ("at 50% overlap"), a share of the data or of things
 * counted ("50% of the training data", "in 68% of images"), and the same result said again in brackets
 * ("19.7% (1.2 pp.)").
 */
import type { Sentence, Token } from '../types';
import type { ValueSpan } from './values';

/** "10x larger", "67 times smaller than X", "5 times the size of Y": sizes compared, not results. */
export function comparesSizes(value: ValueSpan, text: string): boolean {
  return value.unit === 'multiple' && /^\s+(?:smaller|larger|bigger|the size)\b/i.test(text.slice(value.end));
}

/** "10-fold cross-validation": the folds of an evaluation, not a gain. */
export function countsFolds(value: ValueSpan, text: string): boolean {
  return /fold$/.test(value.value) && /^\s+cross[\s-]?validation\b/i.test(text.slice(value.end));
}

/** "recall at 95% precision", "mAP at 50% overlap": a threshold a score is read at. */
export function setsThreshold(value: ValueSpan, text: string): boolean {
  const before = text.slice(Math.max(0, value.start - 4), value.start);
  return value.unit === 'percent' && /\bat\s+$/i.test(before) && /^\s+\p{L}/u.test(text.slice(value.end));
}

/** Data words that make a share of them a share of the data ("50% of the full dataset"). */
const DATA_WORDS = new Set(['data', 'dataset', 'corpus', 'training']);
/** Counted things a share of which is still a result: "prunes 80% of the tokens", "30% of the FLOPs". */
const COST_WORDS = /^(?:tokens?|parameters?|params|flops|operations|computation|compute|memory|time)$/i;
const SHARE_REACH = 4;

/** The words of the phrase after "of": up to a few, stopping at a comma, semicolon or full stop. */
function phraseAfterOf(tokens: Token[], value: ValueSpan): Token[] | undefined {
  const at = tokens.findIndex((token) => token.start >= value.end);
  if (tokens[at]?.normal !== 'of' || /[,;.]/.test(tokens[at - 1]?.post ?? '')) return undefined;
  const phrase: Token[] = [];
  for (const token of tokens.slice(at + 1, at + 1 + SHARE_REACH)) {
    if (token.tags.has('Preposition') || token.tags.has('Verb')) break;
    phrase.push(token);
    if (/[,;.]/.test(token.post)) break;
  }
  return phrase;
}

/** "in 68% of images", "50% of the full dataset": a share of the data or of things counted. */
export function sharesData(value: ValueSpan, sentence: Sentence): boolean {
  if (value.unit !== 'percent') return false;
  const phrase = phraseAfterOf(sentence.tokens, value);
  if (!phrase || phrase.some((token) => COST_WORDS.test(token.normal))) return false;
  return phrase.some((token) => token.tags.has('Plural') || DATA_WORDS.has(token.normal));
}

/** "by 19.7% (1.2 pp.)": the bracketed value says the one before it again. */
export function restatesPrevious(value: ValueSpan, previous: ValueSpan | undefined, text: string): boolean {
  return previous !== undefined && /^\s*\(\s*$/.test(text.slice(previous.end, value.start));
}
