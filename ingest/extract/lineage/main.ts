/**
 * The paper's own method, the one "we" and "our method" stand for: the proposed method its title names,
 * else the first one proposed, else a method named by the title's head ("Context Encoders: Feature
 * Learning by Inpainting" is about context encoders even when no rule saw them proposed).
 */
import { canonicalName } from '../../../src/model/keys';
import type { Mention } from '../types';
import { namesOf } from './names';

/** The words a title names its method with: before its colon, or all of it. */
const titleHead = (title: string): string => canonicalName(title.split(/:\s/)[0] ?? title);

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
