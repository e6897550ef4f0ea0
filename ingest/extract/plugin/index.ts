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
import { Gazetteer } from './gazetteer';
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

const lexicon = buildLexicon();
const BARE_TAGS = new Set(
  Object.entries(conceptTags).flatMap(([name, spec]) => ('isA' in spec ? [] : [name])),
);

nlp.plugin({
  tags: conceptTags,
  words: lexicon,
  compute: {
    conceptShapes(view: Doc) {
      const methods = view.methods as TaggingMethods;
      const world = (view as Doc & { world: unknown }).world;
      // Tags with no parent need none of compromise's bookkeeping: add them directly.
      const tag = (terms: PluginTerm[], name: string, reason: string) => {
        if (BARE_TAGS.has(name)) for (const term of terms) term.tags.add(name);
        else methods.one.setTag(terms, name, world, false, reason);
      };
      for (const sentence of view.docs as PluginTerm[][]) tagShapes(sentence, tag, lexicon);
    },
  },
});

/** Compute steps, in order: tokens are already there; then indexes, lexicon, compromise's pre-tagger, ours. */
export const PARSE_STEPS = ['index', 'lexicon', 'preTagger', 'conceptShapes'];

/**
 * Tokenises and tags a text for the concept rules. compromise's post-tagger (its slowest step, two thirds
 * of `nlp(text)`) is left out: the rules read our own tags and word shapes, and the pre-tagger's
 * parts of speech are enough for modifiers.
 */
export function parseText(text: string): Doc {
  return nlp.tokenize(text).compute(PARSE_STEPS);
}

export const MENTION_RULES = [...NAME_RULES, ...PHRASE_RULES];
/** Mention and context rules in one net: one sweep finds both. */
export const RULES_NET = nlp.buildNet([...MENTION_RULES, ...CONTEXT_RULES]);

/** Our own known names, all types in one trie. */
export const KNOWN_NAMES = new Gazetteer(
  GAZETTEERS.flatMap(([type, names]) => names.map((name): [string, ConceptType] => [name, type])),
);

/** True when compromise's own lexicon knows the word: such names count only when capitalised ("MATH"). */
export function isEnglishWord(word: string): boolean {
  const lexicon = (nlp.model() as { one: { lexicon: Record<string, unknown> } }).one.lexicon;
  return Object.hasOwn(lexicon, word);
}

export { Gazetteer, nlp };
