/**
 * Context scopes: each match of a context rule names a stretch of a sentence where the first method
 * mentioned takes a role (proposed).
 */
import type { ContextTag } from './plugin/rules/types';
import type { Mention, Sentence } from './types';

export interface Scope {
  tag: ContextTag;
  reason: string;
  sentence: number;
  from: number;
  to: number;
}
/** Where looking for the mention a cue points at stops: a clause break or a word that changes the subject. */
const STOP_WORDS = new Set([
  'based',
  'using',
  'with',
  'via',
  'by',
  'from',
  'inspired',
  'built',
  'than',
  'over',
  'compared',
  'upon',
  'on',
  'in',
  'for',
  'to',
  'across',
  'which',
  'that',
  'while',
  'where',
  'whereas',
  'although',
]);
const MAX_DISTANCE = 10;

/**
 * The mentions a scope points at: the first one of the wanted types before a stop, and the ones listed
 * with it ("outperforms RoPE, ALiBi and xPos").
 *
 * @example
 * pointedAt(scope, mentions, sentences, ['Method', 'Name']); // [index of RoPE, index of ALiBi, ...]
 */
export function pointedAt(
  scope: Scope,
  mentions: Mention[],
  sentences: Sentence[],
  types: string[],
): number[] {
  const tokens = sentences[scope.sentence]?.tokens ?? [];
  const inSentence = mentions
    .map((mention, index) => ({ mention, index }))
    .filter(
      ({ mention }) =>
        mention.sentence === scope.sentence && mention.from >= scope.from && mention.from < scope.to,
    )
    .sort((a, b) => a.mention.from - b.mention.from);
  const result: number[] = [];
  let position = scope.from;
  for (const { mention, index } of inSentence) {
    const between = tokens.slice(position, mention.from);
    if (result.length === 0) {
      if (mention.from - scope.from > MAX_DISTANCE) break;
      if (between.some((token) => STOP_WORDS.has(token.normal) || /[;:.]/.test(token.post))) break;
    } else if (!between.every((token) => ['and', 'or', 'as', 'well'].includes(token.normal))) {
      break;
    }
    if (!types.includes(mention.type)) {
      if (result.length > 0) break;
      position = mention.to;
      continue;
    }
    result.push(index);
    position = mention.to;
  }
  return result;
}
