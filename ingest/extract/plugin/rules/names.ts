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
    id: 'name-dataset-word',
  },
  {
    match: '[#NamePart+ #Language #DatasetWord]',
    group: 0,
    tag: 'Dataset',
    id: 'name-dataset-word',
  },
  // "the Chinese Treebank", "the French Treebank"
  {
    match: '[#Language (treebank|treebanks)]',
    group: 0,
    tag: 'Dataset',
    id: 'language-treebank',
  },
  // "the new MMLU-Pro benchmark", "the LongBench leaderboard"
  {
    match: '[#NamePart+ #BenchmarkWord]',
    group: 0,
    tag: 'Benchmark',
    id: 'name-benchmark-word',
  },
  // "datasets such as SQuAD", "benchmarks including GLUE"
  {
    match: '#DatasetWord (such as|including|like|e.g.|namely) [#NamePart+]',
    group: 0,
    tag: 'Dataset',
    id: 'dataset-word-such-as',
    keep: 'first',
  },
  {
    match: '#BenchmarkWord (such as|including|like|e.g.|namely) [#NamePart+]',
    group: 0,
    tag: 'Benchmark',
    id: 'benchmark-word-such-as',
    keep: 'first',
  },
  // "a new benchmark called LongBench", "a dataset named WiC"
  {
    match: '#BenchmarkWord (called|named|dubbed|termed|coined) [#NamePart+]',
    group: 0,
    tag: 'Benchmark',
    id: 'benchmark-called',
    keep: 'first',
  },
  {
    match: '#DatasetWord (called|named|dubbed|termed|coined) [#NamePart+]',
    group: 0,
    tag: 'Dataset',
    id: 'dataset-called',
    keep: 'first',
  },
  // "which we name it Marathon", "we call them CPPD models"
  {
    match: '(call|name|term|dub) (it|them|this|our) [#NamePart+]',
    group: 0,
    tag: 'Name',
    id: 'called-name',
    keep: 'first',
  },
  // "a framework called REFRAG", "which we dub DAFormer"
  {
    match: '(called|named|dubbed|termed|coined|dub|call|name|term) [#NamePart+]',
    group: 0,
    tag: 'Name',
    id: 'called-name',
    keep: 'first',
  },
  // "the Transformer architecture", "a BERT model", "the DAFormer network"
  {
    match: '[#NamePart+ (#GenericHead|#MethodHead)]',
    group: 0,
    tag: 'Method',
    id: 'name-method-word',
  },
  // "BERT-based", "Transformer-based encoders"
  { match: '[#NamePart+] based', group: 0, tag: 'Method', id: 'name-based' },
  // "based on BERT", "built upon LLaMA 2"
  {
    match: '(based|built|building|builds) (on|upon) the? [#NamePart+]',
    group: 0,
    tag: 'Method',
    id: 'based-on-name',
    keep: 'first',
  },
  // "DAFormer outperforms", "outperforms RoPE"
  {
    match: '[#NamePart+] #CompareVerb',
    group: 0,
    tag: 'Method',
    id: 'name-outperforms',
  },
  {
    match: '#CompareVerb the? [#NamePart+]',
    group: 0,
    tag: 'Method',
    id: 'outperforms-name',
    keep: 'first',
  },
  // "GTA-to-Cityscapes", "Synthia→Cityscapes": a domain-adaptation setting
  {
    match: '[#NamePart to #NamePart]',
    group: 0,
    tag: 'Benchmark',
    id: 'source-to-target',
  },
  // "we propose DAFormer", "we introduce LongBench"
  {
    match: '#ProposeVerb [#NamePart+]',
    group: 0,
    tag: 'Name',
    id: 'propose-name',
    keep: 'first',
  },
  // "experiments on ImageNet", "evaluated on KITTI"
  {
    match: '#EvaluateWord (on|across|over) the? [#NamePart+]',
    group: 0,
    tag: 'Name',
    id: 'evaluated-on-name',
    keep: 'first',
  },
  // "DAFormer", "BERT", "GPT-4": a name on its own
  { match: '[#NamePart+]', group: 0, tag: 'Name', id: 'name' },
];
