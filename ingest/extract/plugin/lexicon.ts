/**
 * The plugin's word lists as a compromise lexicon (word → tag) and its gazetteers as tries for
 * `doc.lookup()`. A word in more than one list takes the tag of the first.
 */
import type { ConceptType } from '../../../src/model/concepts';
import { withPlurals } from './inflect';
import { COMPARE_VERBS, EVALUATE_WORDS, IMPROVE_VERBS, PROPOSE_VERBS } from './words/cues';
import {
  BENCHMARK_WORDS,
  BROAD_TASK_TAILS,
  COMPONENT_HEADS,
  DATASET_WORDS,
  GENERIC_HEADS,
  METHOD_HEADS,
  METRIC_HEADS,
  TASK_HEADS,
  TASK_TAILS,
} from './words/heads';
import { KNOWN_BENCHMARKS, KNOWN_DATASETS, KNOWN_METHODS, KNOWN_TASKS, TASK_ACRONYMS } from './words/known';
import { KNOWN_METRICS, METRIC_WORDS } from './words/metrics';
import { MATERIAL_HEADS, METHOD_TERM_HEADS, METRIC_TERM_HEADS, TASK_NOUNS } from './words/terms';

/** Tag → its words. Order matters: a word in two lists keeps the first list's tag. */
export const WORD_LISTS: Array<[tag: string, words: string[]]> = [
  ['TaskHead', withPlurals(TASK_HEADS)],
  ['BroadTaskTail', withPlurals(BROAD_TASK_TAILS)],
  ['TaskTail', withPlurals(TASK_TAILS)],
  ['MethodHead', withPlurals(METHOD_HEADS)],
  ['ComponentHead', withPlurals(COMPONENT_HEADS)],
  ['GenericHead', withPlurals(GENERIC_HEADS)],
  ['DatasetWord', withPlurals(DATASET_WORDS)],
  ['BenchmarkWord', withPlurals(BENCHMARK_WORDS)],
  ['MetricHead', withPlurals(METRIC_HEADS)],
  ['MetricWord', withPlurals(METRIC_WORDS)],
  ['MethodTermHead', withPlurals(METHOD_TERM_HEADS)],
  ['MaterialHead', withPlurals(MATERIAL_HEADS)],
  ['MetricTermHead', withPlurals(METRIC_TERM_HEADS)],
  ['TaskNoun', withPlurals(TASK_NOUNS)],
  ['ProposeVerb', PROPOSE_VERBS],
  ['CompareVerb', COMPARE_VERBS],
  ['ImproveVerb', IMPROVE_VERBS],
  ['EvaluateWord', EVALUATE_WORDS],
];

/** Single words only: multi-word entries belong in the gazetteers. */
export function buildLexicon(): Record<string, string> {
  const lexicon: Record<string, string> = {};
  for (const [tag, words] of WORD_LISTS) {
    for (const word of words) if (!/[\s-]/.test(word) && !Object.hasOwn(lexicon, word)) lexicon[word] = tag;
  }
  return lexicon;
}

/** Known concept names per type, for `doc.lookup()`. */
export const GAZETTEERS: Array<[type: ConceptType, names: string[]]> = [
  ['Task', [...withPlurals(KNOWN_TASKS), ...TASK_ACRONYMS.map((name) => name.toLowerCase())]],
  ['Method', withPlurals(KNOWN_METHODS)],
  ['Dataset', KNOWN_DATASETS],
  ['Benchmark', KNOWN_BENCHMARKS],
  ['Metric', [...withPlurals(KNOWN_METRICS), ...METRIC_WORDS.filter((word) => /-/.test(word))]],
];
