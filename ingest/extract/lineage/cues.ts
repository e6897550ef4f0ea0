/**
 * Where a sentence states lineage: the words of a cue ("based on", "outperforms", "inspired by") and the
 * relation they state. The method before the cue relates to the methods right after it.
 */
import type { LineageType } from '../../../src/model/concepts';
import { LINEAGE_CUES } from '../plugin/words/cues';
import type { Sentence, Token } from '../types';

export interface Cue {
  type: LineageType;
  /** The cue as listed: "based on". */
  phrase: string;
  sentence: number;
  /** Token range of the cue's words in its sentence: first and one past the last. */
  from: number;
  to: number;
  /** The cue states the relation from the method after it to the one before: "X is outperformed by Y". */
  reversed?: boolean;
}

/** Comparisons said the other way round: "BERT lags behind Cable" is Cable compared with BERT. */
const REVERSED_COMPARISONS = [
  'outperformed by',
  'surpassed by',
  'lag behind',
  'lags behind',
  'fall behind',
  'falls behind',
];

const PHRASES: Array<{ words: string[]; type: LineageType; phrase: string; reversed?: boolean }> = [
  ...Object.entries(LINEAGE_CUES).flatMap(([type, phrases]) =>
    phrases.map((phrase) => ({ words: phrase.split(' '), type: type as LineageType, phrase })),
  ),
  ...REVERSED_COMPARISONS.map((phrase) => ({
    words: phrase.split(' '),
    type: 'COMPARED_WITH' as LineageType,
    phrase,
    reversed: true,
  })),
];

/** Do the cue's words stand at `index`, with nothing but spaces between them ("based on", not "based; on")? */
function standsAt(tokens: Token[], index: number, words: string[]): boolean {
  return words.every((word, offset) => {
    const token = tokens[index + offset];
    if (!token || token.normal !== word) return false;
    return offset === words.length - 1 || /^\s*$/.test(token.post);
  });
}

/**
 * Every cue in the abstract; where two start at the same word the longer one counts ("built upon" rather
 * than a shorter cue inside it).
 *
 * @example
 * findCues(sentences); // [{ type: 'BUILT_ON', phrase: 'based on', sentence: 0, from: 3, to: 5 }]
 */
export function findCues(sentences: Sentence[]): Cue[] {
  const cues: Cue[] = [];
  sentences.forEach(({ tokens }, sentence) => {
    let covered = 0;
    tokens.forEach((_, index) => {
      if (index < covered) return;
      const found = PHRASES.filter(({ words }) => standsAt(tokens, index, words)).sort(
        (a, b) => b.words.length - a.words.length,
      )[0];
      if (!found) return;
      covered = index + found.words.length;
      const { type, phrase, reversed } = found;
      cues.push({ type, phrase, sentence, from: index, to: covered, ...(reversed && { reversed }) });
    });
  });
  return cues;
}
