/**
 * Acronym ↔ long form, applied to the chosen mentions: the long form becomes the mention that names the
 * concept, the acronym its alias, and every use of the acronym in the abstract takes the long form's type.
 */
import { canonicalName } from '../../src/model/keys';
import type { AcronymPair } from './acronyms';
import { VAGUE_PHRASES } from './plugin/words/vague';
import { confidenceOf, layerOf, ruleOf } from './rules';
import { typeFromHead } from './typing';
import type { Mention, MentionType, Sentence, Token } from './types';

const vaguePhrases = new Set(VAGUE_PHRASES);

function spanMention(
  sentences: Sentence[],
  text: string,
  sentence: number,
  [from, to]: [number, number],
  type: MentionType,
  rule: 'acronym' | 'long-form',
): Mention {
  const tokens = sentences[sentence]?.tokens ?? [];
  const start = tokens[from]?.start ?? 0;
  const end = tokens[to - 1]?.end ?? start;
  const confidence = confidenceOf(rule);
  return { type, text: text.slice(start, end), start, end, sentence, from, to, rule, confidence };
}

const covers = (mention: Mention, sentence: number, [from, to]: [number, number]): boolean =>
  mention.sentence === sentence && mention.from === from && mention.to === to;
const overlaps = (mention: Mention, sentence: number, [from, to]: [number, number]): boolean =>
  mention.sentence === sentence && mention.from < to && from < mention.to;

/** Words that make what they follow a method's name: "our Context-Aware Visual Grounding (CAVG) model". */
const METHOD_WORDS = new Set([
  'model',
  'models',
  'framework',
  'system',
  'method',
  'approach',
  'architecture',
  'network',
  'module',
  'algorithm',
  'mechanism',
  'strategy',
  'technique',
]);

/** Is the pair "long (SHORT)" followed at once by a method word? */
function methodWordAfter(tokens: Token[], pair: AcronymPair): boolean {
  if (pair.short[0] < pair.long[1]) return false;
  const close = tokens[pair.short[1] - 1];
  const after = tokens[pair.short[1]];
  return (
    close !== undefined && /^\)\s+$/.test(close.post) && after !== undefined && METHOD_WORDS.has(after.normal)
  );
}

export function linkAcronyms(
  mentions: Mention[],
  pairs: AcronymPair[],
  sentences: Sentence[],
  text: string,
): Mention[] {
  let result = [...mentions];
  for (const pair of pairs) {
    const tokens = sentences[pair.sentence]?.tokens ?? [];
    const longText = text.slice(tokens[pair.long[0]]?.start, tokens[pair.long[1] - 1]?.end);
    const shortText = text.slice(tokens[pair.short[0]]?.start, tokens[pair.short[1] - 1]?.end);
    if (vaguePhrases.has(canonicalName(longText)) || vaguePhrases.has(canonicalName(shortText))) {
      result = result.filter((m) => !covers(m, pair.sentence, pair.short) && m.text !== shortText);
      continue;
    }
    const inside = result.filter((m) => overlaps(m, pair.sentence, pair.long));
    const shortMention = result.find((m) => overlaps(m, pair.sentence, pair.short));
    const knownShort =
      shortMention && ['known', 'lexicon'].includes(layerOf(shortMention.rule))
        ? shortMention.type
        : undefined;
    const typed = [
      methodWordAfter(tokens, pair) ? ('Method' as const) : undefined,
      inside.find((m) => covers(m, pair.sentence, pair.long))?.type,
      knownShort,
      typeFromHead(tokens.slice(pair.long[0], pair.long[1])),
      inside.find((m) => m.to === pair.long[1] && m.type !== 'Name')?.type,
      shortMention?.type,
    ].find((type) => type !== undefined && type !== 'Name');
    const type: MentionType = typed ?? 'Name';
    let long = result.find((m) => covers(m, pair.sentence, pair.long));
    if (!long) {
      result = result.filter((m) => !inside.includes(m));
      long = spanMention(sentences, text, pair.sentence, pair.long, type, 'long-form');
      result.push(long);
    }
    // "LoRA", "Cable": an acronym written in mixed case is the name people use; "RCS" is not.
    const name = /\p{Ll}/u.test(shortText.replace(/s$/, '')) ? shortText : longText;
    long.type = type;
    long.alias = shortText;
    if (pair.short[0] >= pair.long[1]) {
      // "Rare Class Sampling (RCS)" is one mention of Rare Class Sampling, parenthesis included.
      const close = tokens[pair.short[1] - 1];
      const end = close ? close.end + close.post.indexOf(')') + 1 : long.end;
      Object.assign(long, { name, to: pair.short[1], end, text: text.slice(long.start, end) });
      result = result.filter((m) => m === long || !overlaps(m, pair.sentence, pair.short));
    } else {
      long.name = name;
      if (!shortMention)
        result.push(spanMention(sentences, text, pair.sentence, pair.short, type, 'acronym'));
    }
    for (const mention of result) {
      if (mention.text !== shortText) continue;
      mention.type = type;
      mention.longForm = longText;
      mention.name = name;
      // A name its shape alone found is an acronym the abstract defines: the definition takes the credit.
      if (ruleOf(mention.rule).byShapeOnly) mention.rule = 'acronym';
      mention.confidence = Math.max(mention.confidence, 0.8);
    }
  }
  return result.sort((a, b) => a.start - b.start);
}
