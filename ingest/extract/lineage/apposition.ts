/**
 * Lineage an apposition states: "BiCA, a transformer encoder-decoder pipeline" and "Ling, an MoE
 * architecture" say what the named method is built on.
 */
import type { LineageCandidate, Mention, Sentence, Token } from '../types';
import { isModelClass } from './classes';
import { methodsIn } from './ends';

/** Words that open an apposition after a comma: "Ling, an MoE architecture". */
const ARTICLES = new Set(['a', 'an', 'the']);

/** Words that end an apposition's noun phrase: "a framework that ...", "a model for ...". */
const PHRASE_ENDS = new Set([
  'that',
  'which',
  'who',
  'where',
  'to',
  'for',
  'of',
  'in',
  'on',
  'with',
  'by',
  'from',
  'based',
  'and',
  'or',
]);

/** How many words an apposition's noun phrase may have: "a compact transformer encoder-decoder pipeline". */
const MAX_PHRASE = 6;

/** Is the mention written as a name, with a capital ("BiCA", "Ling"), not a list's plain item ("a graph encoder")? */
const isNamed = (mention: Mention): boolean => /\p{Lu}/u.test(mention.text);

/** Does the target spell the source's letters, its long form ("NSA, a Natively trainable Sparse Attention ...")? */
function spells(source: Mention, target: Mention): boolean {
  const letters = source.text.replace(/[^\p{Lu}]/gu, '');
  return letters.length > 1 && target.text.replace(/[^\p{Lu}]/gu, '') === letters;
}

/** The token range of the noun phrase set off after the mention, if an apposition follows it. */
function appositionAfter(mention: Mention, tokens: Token[]): [number, number] | undefined {
  const last = tokens[mention.to - 1];
  const article = tokens[mention.to];
  if (!last || !article || !/^\s*(?:,|--|—)\s*$/.test(last.post) || !ARTICLES.has(article.normal))
    return undefined;
  let end = mention.to + 1;
  while (end < tokens.length && end - mention.to <= MAX_PHRASE) {
    const token = tokens[end] as Token;
    if (PHRASE_ENDS.has(token.normal)) break;
    end += 1;
    if (/[,;:.!?()]/.test(token.post)) break;
  }
  return [mention.to + 1, end];
}

/**
 * @example
 * // "We propose BiCA, a transformer encoder-decoder pipeline."
 * appositionLineage(mentions, sentences); // [{ from: bica, to: transformer, type: 'BUILT_ON', ... }]
 */
export function appositionLineage(mentions: Mention[], sentences: Sentence[]): LineageCandidate[] {
  const lineage: LineageCandidate[] = [];
  sentences.forEach(({ tokens }, sentence) => {
    const methods = methodsIn(sentence, mentions);
    for (const from of methods) {
      const source = mentions[from] as Mention;
      const range = isNamed(source) ? appositionAfter(source, tokens) : undefined;
      if (!range) continue;
      // the head of the phrase says what kind of thing the name is; a method before it, what it is made of
      const to = methods.find((index) => {
        const target = mentions[index] as Mention;
        // "PanGu-Coder, a pretrained decoder-only language model": a model class there says what it is
        return (
          target.from >= range[0] && target.to < range[1] && !spells(source, target) && !isModelClass(target)
        );
      });
      if (to !== undefined) lineage.push({ from, to, type: 'BUILT_ON', sentence, rule: 'apposition' });
    }
  });
  return lineage;
}
