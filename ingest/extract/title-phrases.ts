/**
 * A title names what its paper brings in Title Case words: "Structured Prompting: Scaling In-Context
 * Learning to 1,000 Examples", "APE: ... via Adaptive Parallel Encoding". Such a phrase, written again in
 * the abstract ("we introduce structured prompting"), is the paper's method there — however the abstract
 * cases it. A phrase the abstract does not repeat has no sentence to stand on and gives nothing.
 */
import { KNOWN_NAMES } from './plugin';
import { isNameShaped } from './plugin/shapes';
import { confidenceOf } from './rules';
import type { Mention, Sentence, Token } from './types';

/** "Structured Prompting: ..." — the words before a colon. */
const BEFORE_COLON = /^\s*([^:]{3,60}?)\s*:\s/;
/** "... via Adaptive Parallel Encoding", "... with Hybrid Tree Attention" — the words after a last "via". */
const AFTER_VIA = /\b(?:via|with|using|through)\s+([^:,]{3,60})$/;
/** A word of a Title Case phrase: capitalised, or a short joining word inside one ("Linear Attention via"). */
const TITLE_WORD = /^[\p{Lu}\d][\p{L}\d'-]*$/u;
const MIN_WORDS = 2;
const MAX_WORDS = 5;

/** The Title Case phrases a title offers as its paper's name. */
export function titlePhrases(title: string): string[] {
  const phrases = [BEFORE_COLON.exec(title)?.[1], AFTER_VIA.exec(title.trim())?.[1]];
  return phrases.filter((phrase): phrase is string => {
    if (!phrase) return false;
    const words = phrase.trim().split(/\s+/);
    // A name shape is the title's own name (`titleName`); a known name is found anyway.
    return (
      words.length >= MIN_WORDS &&
      words.length <= MAX_WORDS &&
      words.every((word) => TITLE_WORD.test(word)) &&
      !words.some(isNameShaped)
    );
  });
}

/** The tokens of a sentence that span exactly [start, end) of the text, as [from, to). */
function tokenRange(tokens: Token[], start: number, end: number): [number, number] | undefined {
  const from = tokens.findIndex((token) => token.start === start);
  const last = tokens.findIndex((token) => token.end === end);
  return from >= 0 && last >= from ? [from, last + 1] : undefined;
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Mentions of the title's phrases in the abstract, where no mention already covers those words.
 *
 * @example
 * titlePhraseMentions('Structured Prompting: Scaling ...', sentences, text, mentions);
 * // "we introduce structured prompting" → Method "structured prompting", proposed
 */
export function titlePhraseMentions(
  title: string,
  sentences: Sentence[],
  text: string,
  mentions: Mention[],
): Mention[] {
  const found: Mention[] = [];
  for (const phrase of titlePhrases(title)) {
    if (KNOWN_NAMES.typeOf(phrase.split(/\s+/).map((word) => ({ normal: word.toLowerCase() }))) !== undefined)
      continue;
    const pattern = new RegExp(
      `(?<![\\p{L}\\d-])${escape(phrase).replace(/\s+/g, '\\s+')}(?![\\p{L}\\d-])`,
      'giu',
    );
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      const sentence = sentences.findIndex((s) => s.start <= start && end <= s.end);
      const range = tokenRange(sentences[sentence]?.tokens ?? [], start, end);
      if (!range) continue;
      const taken = [...mentions, ...found].some(
        (mention) => mention.sentence === sentence && mention.from < range[1] && range[0] < mention.to,
      );
      if (taken) continue;
      found.push({
        type: 'Method',
        text: match[0],
        name: phrase,
        start,
        end,
        sentence,
        from: range[0],
        to: range[1],
        rule: 'title-phrase',
        confidence: confidenceOf('title-phrase'),
        role: 'proposed',
      });
    }
  }
  return found;
}
