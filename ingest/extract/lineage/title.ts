/**
 * Lineage a title states about the paper's own method: the words after its colon say what kind of
 * method it is, and the method they end in is the one it extends ("LongSpec: Long-Context Lossless
 * Speculative Decoding with ..." extends speculative decoding).
 */
import { canonicalName } from '../../../src/model/keys';
import type { LineageCandidate, Mention } from '../types';
import { namesOf } from './names';

/** Words that end a title's description and open a phrase about its setting or means: "... for Long Sequences". */
const PREPOSITIONS = new Set([
  'for',
  'in',
  'of',
  'on',
  'to',
  'towards',
  'with',
  'without',
  'via',
  'using',
  'by',
  'from',
  'through',
  'at',
  'as',
]);

/**
 * The description a title gives after its colon, up to its first preposition, canonical:
 * "LongSpec: Long-Context Lossless Speculative Decoding with ..." → "long context lossless speculative decoding".
 */
export function titleDescription(title: string): string {
  const colon = title.search(/:\s/);
  if (colon < 0) return '';
  const words = title
    .slice(colon + 1)
    .split(/\s+/)
    .filter((word) => word !== '');
  const end = words.findIndex((word) => PREPOSITIONS.has(word.toLowerCase()));
  return canonicalName(words.slice(0, end < 0 ? words.length : end).join(' '));
}

/** Does one name hold the other's words ("lookahead" and "lookahead decoding")? */
const overlap = (a: string, b: string): boolean => ` ${a} `.includes(` ${b} `) || ` ${b} `.includes(` ${a} `);

/**
 * @example
 * // "LongSpec: Long-Context Lossless Speculative Decoding with Efficient Drafting"
 * titleLineage(mentions, longSpec, title); // [{ from: longSpec, to: speculativeDecoding, type: 'EXTENDS', ... }]
 */
export function titleLineage(
  mentions: Mention[],
  main: number | undefined,
  title: string,
): LineageCandidate[] {
  const source = main === undefined ? undefined : mentions[main];
  const description = titleDescription(title);
  if (main === undefined || !source || !description) return [];
  const own = namesOf(source);
  const target = mentions.findIndex((mention, index) => {
    if (mention.type !== 'Method' || index === main) return false;
    const names = namesOf(mention);
    // "Lookahead: ... Lookahead Decoding" names the paper's own method twice, not two methods
    if (names.some((name) => own.some((ownName) => overlap(name, ownName)))) return false;
    return names.some((name) => ` ${description}`.endsWith(` ${name}`));
  });
  if (target < 0) return [];
  return [
    { from: main, to: target, type: 'EXTENDS', sentence: mentions[target]?.sentence ?? 0, rule: 'title' },
  ];
}
