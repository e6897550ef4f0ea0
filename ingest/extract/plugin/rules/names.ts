/**
 * Names (`DAFormer`, `Rare Class Sampling`, `Llama 2`) and the words around them that say what they name.
 * A name with no such word is a `Name`: its type comes from its long form, its shape, or the corpus.
 */
import type { MentionRule } from './types';

export const NAME_RULES: MentionRule[] = [
  // "on the Cityscapes dataset", "the Brown corpus", "the Penn Chinese Treebank"
  {
    match: '[#NamePart+ #DatasetWord]',
    group: 0,
    tag: 'Dataset',
    reason: 'name-dataset-word',
    confidence: 0.9,
  },
  {
    match: '[#NamePart+ #Language #DatasetWord]',
    group: 0,
    tag: 'Dataset',
    reason: 'name-dataset-word',
    confidence: 0.9,
  },
  // "the Chinese Treebank", "the French Treebank"
  {
    match: '[#Language (treebank|treebanks)]',
    group: 0,
    tag: 'Dataset',
    reason: 'language-treebank',
    confidence: 0.85,
  },
  // "the new MMLU-Pro benchmark", "the LongBench leaderboard"
  {
    match: '[#NamePart+ #BenchmarkWord]',
    group: 0,
    tag: 'Benchmark',
    reason: 'name-benchmark-word',
    confidence: 0.9,
  },
  // "datasets such as SQuAD", "benchmarks including GLUE"
  {
    match: '#DatasetWord (such as|including|like|e.g.|namely) [#NamePart+]',
    group: 0,
    tag: 'Dataset',
    reason: 'dataset-word-such-as',
    confidence: 0.85,
    keep: 'first',
  },
  {
    match: '#BenchmarkWord (such as|including|like|e.g.|namely) [#NamePart+]',
    group: 0,
    tag: 'Benchmark',
    reason: 'benchmark-word-such-as',
    confidence: 0.85,
    keep: 'first',
  },
  // "a new benchmark called LongBench", "a dataset named WiC"
  {
    match: '#BenchmarkWord (called|named|dubbed|termed|coined) [#NamePart+]',
    group: 0,
    tag: 'Benchmark',
    reason: 'benchmark-called',
    confidence: 0.9,
    keep: 'first',
  },
  {
    match: '#DatasetWord (called|named|dubbed|termed|coined) [#NamePart+]',
    group: 0,
    tag: 'Dataset',
    reason: 'dataset-called',
    confidence: 0.9,
    keep: 'first',
  },
  // "which we name it Marathon", "we call them CPPD models"
  {
    match: '(call|name|term|dub) (it|them|this|our) [#NamePart+]',
    group: 0,
    tag: 'Name',
    reason: 'called-name',
    confidence: 0.85,
    keep: 'first',
  },
  // "a framework called REFRAG", "which we dub DAFormer"
  {
    match: '(called|named|dubbed|termed|coined|dub|call|name|term) [#NamePart+]',
    group: 0,
    tag: 'Name',
    reason: 'called-name',
    confidence: 0.85,
    keep: 'first',
  },
  // "the Transformer architecture", "a BERT model", "the DAFormer network"
  {
    match: '[#NamePart+ (#GenericHead|#MethodHead)]',
    group: 0,
    tag: 'Method',
    reason: 'name-method-word',
    confidence: 0.8,
  },
  // "BERT-based", "Transformer-based encoders"
  { match: '[#NamePart+] based', group: 0, tag: 'Method', reason: 'name-based', confidence: 0.8 },
  // "based on BERT", "built upon LLaMA 2"
  {
    match: '(based|built|building|builds) (on|upon) the? [#NamePart+]',
    group: 0,
    tag: 'Method',
    reason: 'based-on-name',
    confidence: 0.75,
    keep: 'first',
  },
  // "DAFormer outperforms", "outperforms RoPE"
  {
    match: '[#NamePart+] #CompareVerb',
    group: 0,
    tag: 'Method',
    reason: 'name-outperforms',
    confidence: 0.8,
  },
  {
    match: '#CompareVerb the? [#NamePart+]',
    group: 0,
    tag: 'Method',
    reason: 'outperforms-name',
    confidence: 0.75,
    keep: 'first',
  },
  // "GTA-to-Cityscapes", "Synthia→Cityscapes": a domain-adaptation setting
  {
    match: '[#NamePart to #NamePart]',
    group: 0,
    tag: 'Benchmark',
    reason: 'source-to-target',
    confidence: 0.93,
  },
  // "we propose DAFormer", "we introduce LongBench"
  {
    match: '#ProposeVerb [#NamePart+]',
    group: 0,
    tag: 'Name',
    reason: 'propose-name',
    confidence: 0.85,
    keep: 'first',
  },
  // "experiments on ImageNet", "evaluated on KITTI"
  {
    match: '#EvaluateWord (on|across|over) the? [#NamePart+]',
    group: 0,
    tag: 'Name',
    reason: 'evaluated-on-name',
    confidence: 0.6,
    keep: 'first',
  },
  // "DAFormer", "BERT", "GPT-4": a name on its own
  { match: '[#NamePart+]', group: 0, tag: 'Name', reason: 'name', confidence: 0.5 },
];
