/**
 * Lineage a name states by itself: a method whose name holds another method's name extends it ("Adaptive
 * Contrastive Decoding" extends contrastive decoding, "Secure-UCB" extends UCB).
 */
import { canonicalName } from '../../../src/model/keys';
import { withPlurals } from '../plugin/inflect';
import { GENERIC_HEADS } from '../plugin/words/heads';
import type { LineageCandidate, Mention } from '../types';

const GENERIC = new Set(withPlurals(GENERIC_HEADS).map(canonicalName));

/**
 * A name without what only says which kind of thing it is: "contrastive decoding approaches" is
 * contrastive decoding, "adaptive contrastive decoding (ACD)" is adaptive contrastive decoding.
 */
function bareName(name: string): string {
  const words = canonicalName(name.replace(/\s*\([^)]*\)\s*$/, '')).split(' ');
  while (words.length > 2 && GENERIC.has(words.at(-1) ?? '')) words.pop();
  return words.join(' ');
}

/** The names a mention goes by: its text, its long form or acronym. */
export const namesOf = (mention: Mention): string[] =>
  [mention.text, mention.alias, mention.name].flatMap((name) => (name ? [bareName(name)] : []));

/** Words after which the rest of a name is what it is made with, not what it is: "... with Recurrent Compression". */
const MEANS = new Set(['with', 'via', 'using', 'by', 'from']);

/**
 * A prefix canonical names write joined to the next word: "Super In-Context Learning" reads
 * "superin context learning", and still ends in "in context learning".
 */
const GLUED_PREFIX =
  /(?:^| )(super|meta|auto|multi|cross|self|semi|sub|inter|intra|bi|uni|co|re|pre|post|non|un|fine)$/;

/** Are `words` the initials of `name`'s words ("cid" of "covered information disentanglement")? */
const initialsOf = (name: string, words: string): boolean =>
  name
    .split(' ')
    .map((word) => word[0])
    .join('') === words;

/**
 * Does `outer` end in the words of `inner`, the kind of thing it is ("adaptive contrastive decoding" ⊃
 * "contrastive decoding", "secure ucb" ⊃ "ucb")? A name that only starts with or holds another name in
 * its middle is about it or made with it ("LLM-Microscope", "KV cache compression").
 */
function holds(outer: string, inner: string): boolean {
  if (outer === inner) return false;
  const glued = GLUED_PREFIX.exec(outer.slice(0, -inner.length));
  if (!outer.endsWith(` ${inner}`) && !(outer.endsWith(inner) && glued)) return false;
  const rest = outer.slice(0, -inner.length).trim();
  return !MEANS.has(rest.split(' ').at(-1) ?? '') && !initialsOf(rest, inner);
}

/**
 * @example
 * // "We propose Adaptive Contrastive Decoding (ACD), unlike contrastive decoding ..."
 * extendsByName(mentions, [acd]); // [{ from: acd, to: contrastiveDecoding, type: 'EXTENDS', ... }]
 */
export function extendsByName(mentions: Mention[], sources: number[]): LineageCandidate[] {
  const lineage: LineageCandidate[] = [];
  const seen = new Set<string>();
  for (const from of sources) {
    const source = mentions[from];
    if (!source) continue;
    const outer = namesOf(source);
    mentions.forEach((target, to) => {
      if (target.type !== 'Method' || to === from) return;
      const inner = namesOf(target);
      if (inner.some((name) => outer.includes(name))) return;
      if (!inner.some((name) => outer.some((whole) => holds(whole, name)))) return;
      const key = inner[0] ?? '';
      if (seen.has(key)) return;
      seen.add(key);
      lineage.push({ from, to, type: 'EXTENDS', sentence: source.sentence, rule: 'name-holds-name' });
    });
  }
  return lineage;
}
