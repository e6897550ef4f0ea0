/**
 * The paper's own method, the one "we" and "our method" stand for: the proposed method its title names,
 * else the first one proposed, else a method named by the title's head ("Context Encoders: Feature
 * Learning by Inpainting" is about context encoders even when no rule saw them proposed).
 */
import { canonicalName } from '../../../src/model/keys';
import { confidenceOf } from '../rules';
import type { Mention, Sentence, Token } from '../types';
import { namesOf } from './names';

/** The words a title names its method with: before its colon, or all of it. */
const titleHead = (title: string): string => canonicalName(title.split(/:\s/)[0] ?? title);

/** How many words a title's head may have to be a name: "Structured Prompting", not a whole sentence. */
const MAX_HEAD_WORDS = 6;

/** The words of a stretch of tokens as written: "Selection-p", "Lookback Lens". */
const written = (tokens: Token[]): string =>
  tokens.map((token, index) => token.text + (index < tokens.length - 1 ? token.post : '')).join('');

/**
 * Where the abstract writes the name its title gives before a colon, when no rule saw it there:
 * "Structured Prompting: Scaling In-Context Learning ..." and "we introduce structured prompting that ...".
 * The paper's own method is a concept even when its name reads like plain words.
 *
 * @example
 * titleHeadMention(mentions, sentences, 'Cartridges: Lightweight ...'); // { text: 'Cartridges', role: 'proposed', ... }
 */
export function titleHeadMention(
  mentions: Mention[],
  sentences: Sentence[],
  title: string,
): Mention | undefined {
  if (!/:\s/.test(title)) return undefined;
  const head = titleHead(title);
  const size = head.split(' ').length;
  if (!head || size > MAX_HEAD_WORDS) return undefined;
  // Most abstracts do not write the head at all: one look at the whole text before trying every span.
  const first = head.split(' ')[0] ?? '';
  if (!sentences.some(({ tokens }) => tokens.some((token) => token.normal.startsWith(first))))
    return undefined;
  for (const [sentence, { tokens }] of sentences.entries()) {
    for (let from = 0; from < tokens.length; from += 1) {
      if (!(tokens[from] as Token).normal.startsWith(first)) continue;
      for (let to = from + 1; to <= Math.min(tokens.length, from + size + 2); to += 1) {
        const span = tokens.slice(from, to);
        if (canonicalName(written(span)) !== head) continue;
        const taken = mentions.some((m) => m.sentence === sentence && m.from < to && from < m.to);
        if (taken) return undefined;
        const first = span[0] as Token;
        const last = span.at(-1) as Token;
        return {
          type: 'Method',
          text: written(span),
          start: first.start,
          end: last.end,
          sentence,
          from,
          to,
          rule: 'title-head',
          confidence: confidenceOf('title-head'),
          role: 'proposed',
        };
      }
    }
  }
  return undefined;
}

const names = (mention: Mention, head: string): boolean =>
  [mention.text, mention.alias, mention.name].some((name) => name && canonicalName(name) === head);

/**
 * @example
 * mainMethod(mentions, proposed, 'Context Encoders: Feature Learning by Inpainting'); // index of "context encoders"
 */
export function mainMethod(mentions: Mention[], proposed: number[], title: string): number | undefined {
  const head = titleHead(title);
  const titled = proposed.find((index) => {
    const mention = mentions[index];
    return mention !== undefined && names(mention, head);
  });
  if (titled !== undefined) return titled;
  const named = mentions.findIndex((mention) => mention.type === 'Method' && names(mention, head));
  return named >= 0 ? named : proposed[0];
}

/**
 * The methods the title names: "Adaptive Contrastive Decoding in Retrieval-Augmented Generation" names
 * adaptive contrastive decoding (and retrieval-augmented generation).
 */
export function inTitle(mentions: Mention[], title: string): number[] {
  const words = ` ${canonicalName(title)} `;
  return mentions.flatMap((mention, index) =>
    mention.type === 'Method' && namesOf(mention).some((name) => words.includes(` ${name} `)) ? [index] : [],
  );
}
