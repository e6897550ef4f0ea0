/**
 * Types from inside a mention: the head word of a phrase ("... Sampling" is a method, "... Benchmark" a
 * benchmark) and the shape of a name (`-Former`, `-BERT` name methods, `-Bench` benchmarks, `-QA` datasets).
 */
import type { ConceptType } from '../../src/model/concepts';
import type { Token } from './types';

const HEAD_TYPES: Array<[tag: string, type: ConceptType]> = [
  ['TaskHead', 'Task'],
  ['TaskTail', 'Task'],
  ['MethodHead', 'Method'],
  ['ComponentHead', 'Method'],
  ['GenericHead', 'Method'],
  ['DatasetWord', 'Dataset'],
  ['BenchmarkWord', 'Benchmark'],
  ['MetricHead', 'Metric'],
  ['MetricWord', 'Metric'],
];

/** The type the last word of a phrase gives it: "Rare Class Sampling" → Method. */
export function typeFromHead(tokens: Token[]): ConceptType | undefined {
  const head = tokens.at(-1);
  return head ? HEAD_TYPES.find(([tag]) => head.tags.has(tag))?.[1] : undefined;
}

/** Name endings and the types they give, checked in order. */
const NAME_SHAPES: Array<[pattern: RegExp, type: ConceptType]> = [
  [/(?:Bench|-bench|Eval|Arena|GLUE)$/, 'Benchmark'],
  // "miniImageNet", "tieredImageNet", "CIFAR-10", "MNIST" before the "-Net" of methods
  [/ImageNet(?:-?\d+[Kk]?)?$|^CIFAR|MNIST$/, 'Dataset'],
  [/^[A-Z][\w-]*QA$|\d+K$|(?:corpus|treebank|bank|Bank)$/, 'Dataset'],
  [
    /(?:former|bert|gpt|gan|nerf|net|coder|lm|llama|diffusion|mamba|attention|attn|rnn|lstm|cnn|dnn|vae|agent|[a-z]RL)$/i,
    'Method',
  ],
  // "GPT-4o", "ResNet-50", "CodeT5-large"
  [
    /(?:former|bert|gpt|gan|net|lm|coder|t5)[-\s]?(?:v?\d+(?:\.\d+)?[a-z]?|[A-Z]{1,3}|\d+[BMK]|large|base|small)$/i,
    'Method',
  ],
  // Model families with a version: "Qwen2.5-max", "DeepSeek-v3", "Claude3.7-sonnet", "Gemma-7B"
  [
    /^(?:llama|qwen|gemini|gemma|mistral|mixtral|claude|phi|falcon|vicuna|deepseek|internlm|baichuan|chatglm|olmo|pythia)[-\s]?v?\d/i,
    'Method',
  ],
];

/**
 * @example
 * typeFromNameShape('SegFormer'); // 'Method'
 * typeFromNameShape('LongBench'); // 'Benchmark'
 * typeFromNameShape('HotpotQA');  // 'Dataset'
 */
export function typeFromNameShape(name: string): ConceptType | undefined {
  return NAME_SHAPES.find(([pattern]) => pattern.test(name))?.[1];
}
