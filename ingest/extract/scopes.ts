/**
 * Context scopes: after mentions are chosen and typed, the context rules run over the parsed text; each
 * match names a stretch of a sentence where the first method mentioned takes a role (proposed) or a lineage
 * relation (inspired by, built on, extends, compared with).
 */
import { CONTEXT_NET, type Doc } from './plugin';
import type { ContextRule, ContextTag } from './plugin/rules/types';
import type { Mention, Sentence } from './types';

export interface Scope {
  tag: ContextTag;
  reason: string;
  sentence: number;
  from: number;
  to: number;
}

interface Found extends ContextRule {
  view: { pointer: Array<[number, number, number]> };
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

/** compromise's `update()` takes a list of pointers (its type declares one). */
type Pointers = Parameters<Doc['update']>[0];

export function findScopes(doc: Doc, sentences: Sentence[], mentions: Mention[]): Scope[] {
  for (const type of ['Method', 'Dataset', 'Benchmark', 'Task', 'Metric']) {
    const pointers = mentions.filter((m) => m.type === type).map((m) => [m.sentence, m.from, m.to]);
    if (pointers.length > 0) doc.update(pointers as unknown as Pointers).tag(type);
  }
  const found = doc.sweep(CONTEXT_NET, { tagger: false }).found as Found[];
  return found.flatMap((rule) =>
    rule.view.pointer
      .filter(([sentence]) => sentences[sentence] !== undefined)
      .map(([sentence, from, to]) => ({ tag: rule.tag, reason: rule.reason, sentence, from, to })),
  );
}

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
