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

/** The cues by their first word, longest first: "built upon" is tried before "built". */
const BY_FIRST_WORD = new Map<string, typeof PHRASES>();
for (const cue of [...PHRASES].sort((a, b) => b.words.length - a.words.length)) {
  const first = cue.words[0] ?? '';
  BY_FIRST_WORD.set(first, [...(BY_FIRST_WORD.get(first) ?? []), cue]);
}

/** Do the cue's words stand at `index`, with nothing but spaces between them ("based on", not "based; on")? */
function standsAt(tokens: Token[], index: number, words: string[]): boolean {
  return words.every((word, offset) => {
    const token = tokens[index + offset];
    if (!token || token.normal !== word) return false;
    return offset === words.length - 1 || /^\s*$/.test(token.post);
  });
}

/** Verbs of speeding a method up: "accelerates speculative decoding", "speed up autoregressive decoding". */
const SPEEDUP_VERBS = /^(?:accelerates?|accelerating|speeds?|speeding)$/;

/** How many words may stand between a speed-up verb and its factor: "... decoding by up to 1.8x". */
const MAX_FACTOR_GAP = 12;

/**
 * How many words the speed-up cue at `index` has, or 0: a method sped up by a measured factor is compared
 * with ("speed up autoregressive decoding by up to 1.8x"); one sped up in general is not ("speculative
 * decoding accelerates LLM inference").
 */
function speedupAt(tokens: Token[], index: number): number {
  const verb = tokens[index];
  if (!verb || !SPEEDUP_VERBS.test(verb.normal)) return 0;
  const size = verb.normal.startsWith('speed') ? 2 : 1;
  if (size === 2 && tokens[index + 1]?.normal !== 'up') return 0;
  const after = tokens.slice(index + size, index + size + MAX_FACTOR_GAP);
  const clause = after.slice(0, after.findIndex((token) => /[;:.!?]/.test(token.post)) + 1 || after.length);
  const by = clause.findIndex((token) => token.normal === 'by');
  const factor = clause.slice(by + 1, by + 4).some((token) => /\d/.test(token.text));
  return by >= 0 && factor ? size : 0;
}

/** Prepositions that state lineage only inside a clause: "ESE-Seg with YOLOv3", "encodes the query via BERT". */
const PREPOSITIONS = new Set(['with', 'via', 'through']);

/**
 * Does the preposition at `index` open a phrase of circumstance, at the start of a sentence or a clause
 * ("With minimal fine-tuning, LLMs ...", "resembles transformers, with correspondences between ...", "we
 * show that with O(log T) verifications ...")?
 */
function setsCircumstance(tokens: Token[], index: number, phrase: string): boolean {
  if (!PREPOSITIONS.has(phrase)) return false;
  const before = tokens[index - 1];
  return !before || /[,;:(]/.test(before.post) || before.normal === 'that';
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
      const token = tokens[index] as Token;
      const found = (BY_FIRST_WORD.get(token.normal) ?? []).find(({ words }) =>
        standsAt(tokens, index, words),
      );
      if (found && setsCircumstance(tokens, index, found.phrase)) return;
      if (!found) {
        const size = speedupAt(tokens, index);
        if (size > 0) {
          covered = index + size;
          cues.push({ type: 'COMPARED_WITH', phrase: 'speeds up', sentence, from: index, to: covered });
        }
        return;
      }
      covered = index + found.words.length;
      const { type, phrase, reversed } = found;
      cues.push({ type, phrase, sentence, from: index, to: covered, ...(reversed && { reversed }) });
    });
  });
  return cues;
}
