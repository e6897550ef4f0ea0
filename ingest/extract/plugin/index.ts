/**
 * The concept plugin for compromise: tags, word lists and match rows (data), plus one compute step
 * (`conceptShapes`) for what only the characters of a term tell. Importing this module extends the shared
 * `nlp` once; `parseText` runs the pipeline in the order the names say.
 *
 * @example
 * const doc = parseText('We propose DAFormer, a Transformer for semantic segmentation.');
 * doc.sweep(MENTION_NET, { tagger: false }).found; // matches of the mention rules
 */
import nlp from 'compromise';
import type { ConceptType } from '../../../src/model/concepts';
import { buildLexicon, GAZETTEERS } from './lexicon';
import { CONTEXT_RULES } from './rules/context';
import { NAME_RULES } from './rules/names';
import { PHRASE_RULES } from './rules/phrases';
import { tagShapes, type PluginTerm } from './shapes';
import { conceptTags } from './tags';

/** A parsed text (compromise's `View`). */
export type Doc = ReturnType<ReturnType<typeof nlp.tokenize>['compute']>;

interface TaggingMethods {
  one: {
    setTag: (terms: PluginTerm[], tag: string, world: unknown, isSafe: boolean, reason: string) => void;
  };
}

nlp.plugin({
  tags: conceptTags,
  words: buildLexicon(),
  compute: {
    conceptShapes(view: Doc) {
      const methods = view.methods as TaggingMethods;
      const world = (view as Doc & { world: unknown }).world;
      const tag = (terms: PluginTerm[], name: string, reason: string) =>
        methods.one.setTag(terms, name, world, false, reason);
      for (const sentence of view.docs as PluginTerm[][]) tagShapes(sentence, tag);
    },
  },
});

/** Compute steps, in order: tokens are already there; then indexes, lexicon, compromise's pre-tagger, ours. */
export const PARSE_STEPS = ['index', 'id', 'lexicon', 'preTagger', 'conceptShapes'];

/**
 * Tokenises and tags a text for the concept rules. compromise's post-tagger (its slowest step, two thirds
 * of `nlp(text)`) is left out: the rules read our own tags and word shapes, and the pre-tagger's
 * parts of speech are enough for modifiers.
 */
export function parseText(text: string): Doc {
  return nlp.tokenize(text).compute(PARSE_STEPS);
}

export const MENTION_RULES = [...NAME_RULES, ...PHRASE_RULES];
export const MENTION_NET = nlp.buildNet(MENTION_RULES);
export const CONTEXT_NET = nlp.buildNet(CONTEXT_RULES);

export const GAZETTEER_TRIES: Array<[type: ConceptType, trie: object]> = GAZETTEERS.map(([type, names]) => [
  type,
  nlp.buildTrie(names),
]);

/** A trie for a user lexicon's names (name → type), one per type. */
export function buildLexiconTries(lexicon: Map<string, ConceptType>): Array<[ConceptType, object]> {
  const byType = new Map<ConceptType, string[]>();
  for (const [name, type] of lexicon) byType.set(type, [...(byType.get(type) ?? []), name.toLowerCase()]);
  return [...byType].map(([type, names]) => [type, nlp.buildTrie(names)]);
}

/** True when compromise's own lexicon knows the word: such names count only when capitalised ("MATH"). */
export function isEnglishWord(word: string): boolean {
  const lexicon = (nlp.model() as { one: { lexicon: Record<string, unknown> } }).one.lexicon;
  return word in lexicon;
}

export { nlp };
