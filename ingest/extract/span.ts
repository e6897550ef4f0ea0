/**
 * The words of a candidate, cleaned: clipped at punctuation (keeping the end its rule anchors), then
 * trimmed of vague words, articles and numbers on both sides.
 */
import { EVALUATIVE_MODIFIERS, PLAIN_MODIFIERS } from './plugin/words/terms';
import { VAGUE_WORDS } from './plugin/words/vague';
import { breaksBetween, breaksPhraseAt } from './tokens';
import type { Token } from './types';

const vagueWords = new Set(VAGUE_WORDS);
/**
 * Opinions and roles are trimmed like vague words: "a reasonable recognition rate", "easy word
 * classification", "the target dialogue system", "state of the art extraction systems".
 */
const edgeWords = new Set([...VAGUE_WORDS, ...EVALUATIVE_MODIFIERS, ...PLAIN_MODIFIERS]);
const EDGE_TAGS = ['Determiner', 'Pronoun', 'Preposition', 'Conjunction', 'Adverb', 'QuestionWord', 'Copula'];

export const hasAny = (token: Token, tags: readonly string[]): boolean =>
  tags.some((tag) => token.tags.has(tag));

/** The part of [from, to) between punctuation that holds the anchored end. */
export function clip(tokens: Token[], from: number, to: number, keep: 'first' | 'last'): [number, number] {
  let start = from;
  let end = to;
  for (let index = from; index < to - 1; index += 1) {
    const current = tokens[index];
    const next = tokens[index + 1];
    if (!current || !next || !breaksPhraseAt(tokens, index)) continue;
    if (keep === 'first') {
      end = index + 1;
      break;
    }
    start = index + 1;
  }
  return [start, end];
}

function isEdgeWord(token: Token): boolean {
  if (token.tags.has('NamePart') || token.tags.has('MetricWord')) return false;
  const number = token.tags.has('Value') && !token.tags.has('Version') && !token.tags.has('Modifier');
  return edgeWords.has(token.normal) || hasAny(token, EDGE_TAGS) || number;
}

/** Is a hyphenated edge word written at `index` as two tokens ("drop-in", "near-perfect")? */
function splitEdgeWord(tokens: Token[], index: number): boolean {
  const first = tokens[index];
  const second = tokens[index + 1];
  return first?.post === '-' && second !== undefined && edgeWords.has(`${first.normal}-${second.normal}`);
}

/**
 * A vague word the tagger made a modifier names a kind and stays: "multiple instance learning" (plugin/shapes.ts
 * makes "multiple" a modifier only before a singular noun; "multiple instances" counts), a space after it.
 */
const namesKind = (token: Token): boolean =>
  token.tags.has('Modifier') && vagueWords.has(token.normal) && /^\s+$/.test(token.post);

export function trim(tokens: Token[], from: number, to: number): [number, number] {
  let start = from;
  let end = to;
  for (;;) {
    if (start + 1 < end && namesKind(tokens[start] as Token)) break;
    if (start < end && isEdgeWord(tokens[start] as Token)) start += 1;
    else if (start + 1 < end && splitEdgeWord(tokens, start)) start += 2;
    else break;
  }
  while (end > start && isEdgeWord(tokens[end - 1] as Token)) end -= 1;
  return [start, end];
}

/**
 * Is the phrase the end of a longer one? "large" of "large vocabulary speech recognition" is trimmed as
 * vague, and what is left says less than the whole.
 */
export function isCutShort(tokens: Token[], from: number): boolean {
  const before = tokens[from - 1];
  const first = tokens[from];
  return (
    before !== undefined &&
    first !== undefined &&
    vagueWords.has(before.normal) &&
    before.tags.has('Adjective') &&
    !breaksBetween(before, first)
  );
}
