/**
 * The name a mention gives its concept. Mentions keep the words around a name that the gold data and
 * readers expect ("the Cityscapes dataset", "a BERT model"); the concept is named without them
 * (`Cityscapes`, `BERT`), so that every paper's mention lands on one key.
 */
import type { MentionType } from '../extract/types';
import { isNameShaped } from '../extract/plugin/shapes';
import { METHOD_HEADS } from '../extract/plugin/words/heads';

const DATASET_WORD = /\s+(?:data\s?sets?|corpus|corpora|benchmarks?|leaderboards?|suites?)$/i;
const METHOD_WORD =
  /\s+(?:models?|architectures?|networks?|frameworks?|methods?|approach(?:es)?|algorithms?|systems?|techniques?|strateg(?:y|ies)|schemes?|paradigms?)$/i;
/** "speculative decoding methods" names speculative decoding: its last word is a technique's head. */
const techniqueHeads = new Set(METHOD_HEADS.flatMap((head) => [head, `${head}s`]));
const TASK_WORD = /\s+(?:tasks?|problems?)$/i;
/**
 * Words that describe rather than name: adjectives (eponymous ones too: "Bayesian", "Markov"), and the
 * generic nouns names are built from.
 */
const DESCRIBING =
  /(?:ive|al|ic|ous|ed|ing|ar|ian|markov|language|learning|network|neural|deep|model|attention)$/i;

/**
 * @example
 * conceptName('Cityscapes dataset', 'Dataset'); // 'Cityscapes'
 * conceptName('BERT model', 'Method');          // 'BERT'
 * conceptName('hidden Markov model', 'Method'); // 'hidden Markov model'
 */
export function conceptName(text: string, type: MentionType): string {
  if (type === 'Dataset' || type === 'Benchmark') {
    const rest = text.replace(DATASET_WORD, '');
    if (rest !== text && /^[\p{Lu}\d]/u.test(rest)) return rest;
  }
  if (type === 'Task') return text.replace(TASK_WORD, '') || text;
  if (type === 'Method') {
    // "BERT model" → BERT, "Dolphin model" → Dolphin; "hidden Markov model" keeps its head.
    const rest = text.replace(METHOD_WORD, '');
    const words = rest.split(/[\s-]+/);
    const last = words.at(-1) ?? '';
    // "Masked Language Models" keeps its head: "Masked Language" names nothing.
    const titled = words.every((word) => /^[\p{Lu}\d]/u.test(word)) && !DESCRIBING.test(last);
    const named = titled || isNameShaped(last) || techniqueHeads.has(last);
    if (rest !== text && named) return rest;
  }
  return text;
}
