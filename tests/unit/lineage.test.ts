import { describe, expect, it } from 'vitest';
import { extractCorpus } from '../../ingest/extract-corpus';
import { findCues } from '../../ingest/extract/lineage/cues';
import { extendsByName } from '../../ingest/extract/lineage/names';
import type { Mention } from '../../ingest/extract/types';
import { parseText } from '../../ingest/extract/plugin';
import { toSentences } from '../../ingest/extract/tokens';
import type { Abstract } from '../../src/model/abstract';

const relationsOf = async (abstract: string, title = ''): Promise<string[][]> => {
  const paper: Abstract = { id: 'p', title, abstract, source: 'test' };
  const [extraction] = await extractCorpus([paper], { workers: 0 });
  return (extraction?.relations ?? []).map(({ from, type, to }) => [from, type, to]);
};

const cuesOf = (sentence: string): string[][] =>
  findCues(toSentences(parseText(sentence))).map(({ phrase, type }) => [phrase, type]);

describe('lineage cues', () => {
  it.each([
    ['Inspired by ALiBi, we propose Cable.', [['inspired by', 'INSPIRED_BY']]],
    ['The encoder is built upon BERT.', [['built upon', 'BUILT_ON']]],
    ['Our model leverages CLIP features.', [['leverages', 'BUILT_ON']]],
    ['It extends DETR to video.', [['extends', 'EXTENDS']]],
    ['Cable surpasses RoPE.', [['surpasses', 'COMPARED_WITH']]],
    ['It is on par with GPT-4.', [['on par with', 'COMPARED_WITH']]],
    ['It is in contrast with BERT.', [['in contrast with', 'COMPARED_WITH']]],
    ['It is more robust than BERT.', [['than', 'COMPARED_WITH']]],
    // speeding a method up, enhancing or leveraging one mostly speaks of a task or of others' work
    ['Speculative decoding accelerates LLM inference.', []],
    ['We enhance the few-shot adaptation of LLMs.', []],
    ['We propose leveraging the ICL ability of LLMs.', []],
    ['Cable improves the recall of dense retrieval.', [['improves', 'EXTENDS']]],
    ['BERT is outperformed by Cable.', [['outperformed by', 'COMPARED_WITH']]],
    // a preposition inside a clause states what a method is made with; opening a clause, a circumstance
    ['Cable with BERT is fast.', [['with', 'BUILT_ON']]],
    ['With little tuning, BERT reads text.', []],
    ['It resembles BERT, with attention between words.', []],
    ['We show that with few steps BERT converges.', []],
    // a method sped up by a measured factor is compared with
    ['Cable can speed up beam search by up to 2.5x.', [['speeds up', 'COMPARED_WITH']]],
    ['Cable accelerates beam search on long inputs by 3x.', [['speeds up', 'COMPARED_WITH']]],
    ['Cable accelerates beam search by pruning.', []],
    // "use" says how an experiment ran more often than what a method is built on
    ['Speculative decoding speeds up inference using a draft model.', []],
    // the words of a cue must stand together
    ['It is based; on the other hand, it is fast.', []],
  ])('%j has the cues %j', (sentence, expected) => {
    expect(cuesOf(sentence)).toEqual(expected);
  });
});

const method = (text: string): Mention => ({
  type: 'Method',
  text,
  start: 0,
  end: text.length,
  sentence: 0,
  from: 0,
  to: 1,
  rule: 'name',
  confidence: 1,
});

describe('lineage by name', () => {
  it.each([
    // a name that ends in another's is a kind of it
    ['Adaptive Contrastive Decoding', 'contrastive decoding', true],
    ['Secure-UCB', 'UCB', true],
    // a prefix canonical names write joined ("superin context learning") still leaves the name it ends in
    ['Super In-Context Learning', 'in-context learning', true],
    // a name that starts with or holds another's in its middle is about it or made with it
    ['BERT-Probe', 'BERT', false],
    ['KV Cache Selection', 'KV cache', false],
    // what comes after "with" is what it is made with
    ['Context Injection with Recurrent Compression', 'recurrent compression', false],
    // a name written with its own initials does not extend them
    ['Covered Token Attention CTA', 'CTA', false],
  ])('%j extends %j: %j', (outer, inner, expected) => {
    const lineage = extendsByName([method(outer), method(inner)], [0]);
    expect(lineage.length > 0).toBe(expected);
  });
});

describe('lineage relations', () => {
  it.each([
    // a cue points at every method of its clause, listed or not
    [
      'We propose Cable. Cable combines LoRA and the outputs of a small GPT-4 model.',
      [
        ['method:cable', 'BUILT_ON', 'method:lora'],
        ['method:cable', 'BUILT_ON', 'method:gpt4'],
      ],
    ],
    // a sentence with no subject of its own is about the paper's method
    ['We propose Cable. The first stage employs BERT.', [['method:cable', 'BUILT_ON', 'method:bert']]],
    // what the paper's own method is made of is a method even where no rule named it
    [
      'We propose Cable. Cable integrates token merging with attention approximation.',
      [
        ['method:cable', 'BUILT_ON', 'method:token merging'],
        ['method:cable', 'BUILT_ON', 'method:attention approximation'],
      ],
    ],
    [
      'We propose Cable. Cable utilizes a dynamic pruning strategy.',
      [['method:cable', 'BUILT_ON', 'method:dynamic pruning']],
    ],
    // what it is compared with, past the words that only rank it
    [
      'We propose Cable. Cable outperforms traditional prompt-based adaptation methods.',
      [['method:cable', 'COMPARED_WITH', 'method:prompt based adaptation']],
    ],
    ['We propose Cable. Cable outperforms current state-of-the-art baselines.', []],
    // ... but not what it uses in general, nor what others' methods use
    ['We propose Cable. Cable leverages the complementary strengths of both.', []],
    ['We propose Cable. Cable exploits these structural properties.', []],
    ['We propose Cable. Prior work integrates token merging with pruning.', []],
    // "via", "through", "with"
    ['We propose Cable. It encodes the query via BERT.', [['method:cable', 'BUILT_ON', 'method:bert']]],
    // the method a sentence opens with is its subject
    [
      'We propose Cable. RoPE outperforms ALiBi on long inputs.',
      [['method:rope', 'COMPARED_WITH', 'method:alibi']],
    ],
    // a backbone is named before the word: every name of the list, the last one holding the word
    [
      'We propose Cable. Experiments on the LLaMA-3.1 and Qwen2.5 backbones show gains.',
      [
        ['method:cable', 'BUILT_ON', 'method:llama3.1'],
        ['method:cable', 'BUILT_ON', 'method:qwen2.5'],
      ],
    ],
    // the subject of a clause after "that", its verb a word or two away or past an aside between commas
    [
      'We study code search. Our findings reveal that fine-tuned CodeGemma significantly outperforms UniXcoder.',
      [['method:codegemma', 'COMPARED_WITH', 'method:unixcoder']],
    ],
    [
      'We study speech. It shows that LALMs, with strong world knowledge, outperform Whisper.',
      [['method:lalm', 'COMPARED_WITH', 'method:whisper']],
    ],
    // the paper's method named again before the cue is its source, past another clause's words
    [
      'We propose Cable. Tests show that Cable outperforms traditional tuning and achieves competitive accuracy to LoRA.',
      [['method:cable', 'COMPARED_WITH', 'method:lora']],
    ],
    // the methods listed with the subject share its relation, past an aside in parentheses
    [
      'We propose Cable. Tests show that both Cable and Cable-Lite (with one head) outperform ALiBi.',
      [
        ['method:cable', 'COMPARED_WITH', 'method:alibi'],
        ['method:cable lite', 'COMPARED_WITH', 'method:alibi'],
      ],
    ],
    [
      'We propose Cable. BERT and RoBERTa outperform ELMo.',
      [
        ['method:bert', 'COMPARED_WITH', 'method:elmo'],
        ['method:roberta', 'COMPARED_WITH', 'method:elmo'],
      ],
    ],
    // a model class is related to only by a cue of foundation: what else a method does with it is no lineage
    ['We propose Cable. Cable utilizes LLMs as embedding models.', []],
    ['We propose Cable. Cable can extend the context size of LLMs.', []],
    [
      'We propose Cable. Cable can be applied to any existing LLM.',
      [['method:cable', 'BUILT_ON', 'method:llm']],
    ],
    // what a cue rests on may be a finding, not a method
    ['We propose Cable. Cable builds upon the observation of sparse attention in BERT.', []],
    // a sentence about others' work says nothing about the paper's method
    ['We propose Cable. However, existing methods are slow with BERT.', []],
    // a cue that opens a sentence points into its own phrase only
    [
      'We propose Cable. Inspired by the success of ALiBi, we train it with LoRA.',
      [
        ['method:cable', 'INSPIRED_BY', 'method:alibi'],
        ['method:cable', 'BUILT_ON', 'method:lora'],
      ],
    ],
    // inspiration has one source; the rest of the clause is another statement
    [
      'We propose Cable. It is inspired by ALiBi to build a model that beats RoPE.',
      [
        ['method:cable', 'INSPIRED_BY', 'method:alibi'],
        ['method:cable', 'COMPARED_WITH', 'method:rope'],
      ],
    ],
    // the clause ends at a semicolon
    [
      'We propose Cable. Cable outperforms RoPE; ALiBi is slower.',
      [['method:cable', 'COMPARED_WITH', 'method:rope']],
    ],
    // a comparison said the other way round relates the method after it to the one closest before it
    [
      'We propose Cable. Sadly, as we find, RoPE often lags behind ALiBi.',
      [['method:alibi', 'COMPARED_WITH', 'method:rope']],
    ],
    [
      'We propose Cable. As expected, RoPE is outperformed by ALiBi.',
      [['method:alibi', 'COMPARED_WITH', 'method:rope']],
    ],
    // what a method does without is not what it builds on
    [
      'We propose Cable. Cable extends BERT without any fine-tuning.',
      [['method:cable', 'EXTENDS', 'method:bert']],
    ],
    // a name after "on" is where a method was evaluated, not a method it is compared with
    [
      'We propose Cable. Cable outperforms RoPE on Marathon and GovReport.',
      [['method:cable', 'COMPARED_WITH', 'method:rope']],
    ],
    // one relation per pair of concepts
    [
      'We propose Cable. Cable outperforms RoPE. Again, Cable surpasses RoPE.',
      [['method:cable', 'COMPARED_WITH', 'method:rope']],
    ],
  ])('in %j: %j', async (abstract, expected) => {
    expect(await relationsOf(abstract)).toEqual(expected);
  });

  it.each([
    // a method the opening sentence starts with is background, not the paper's method
    ['RoBERTa, based on BERT, reads text. We propose Cable.', 'Cable: Long Inputs', []],
    // nor is the paper's method what the opening sentence speaks of when it does not name it
    ['With the rise of GPT-4, long inputs matter. We propose Cable.', 'Cable: Long Inputs', []],
    // the paper's method named in the opening sentence relates as anywhere else
    [
      'Cable outperforms RoPE on long inputs.',
      'Cable: Long Inputs',
      [['method:cable', 'COMPARED_WITH', 'method:rope']],
    ],
  ])('in the opening sentence of %j (title %j): %j', async (abstract, title, expected) => {
    expect(await relationsOf(abstract, title)).toEqual(expected);
  });

  it.each([
    // the words after a title's colon end in the kind of method the paper's method is
    [
      'Cable: Lossless Speculative Decoding for Long Inputs',
      'We propose Cable. Speculative decoding is slow on long inputs.',
      [['method:cable', 'EXTENDS', 'method:speculative decoding']],
    ],
    // a method after a preposition is a setting, not the kind of method
    [
      'Cable: Faster Drafting for Speculative Decoding',
      'We propose Cable. Speculative decoding is slow on long inputs.',
      [],
    ],
  ])('reads from the title %j what the paper’s method extends', async (title, abstract, expected) => {
    expect(await relationsOf(abstract, title)).toEqual(expected);
  });

  it.each([
    // a known method a proposing verb points at is others' work, not the paper's method
    ['Retrieval is slow. We propose leveraging BERT for retrieval. It outperforms RoPE.', []],
    // the paper's method is the first unknown one the verb points at
    [
      'Retrieval is slow. We present BERT and Cable. It outperforms RoPE.',
      [['method:cable', 'COMPARED_WITH', 'method:rope']],
    ],
  ])('in %j the paper’s method relates: %j', async (abstract, expected) => {
    expect(await relationsOf(abstract)).toEqual(expected);
  });

  it.each([
    // a method in the apposition after a name, before its head, is what the name is built on
    [
      'We study inputs. We introduce Cable, a transformer decoding pipeline.',
      [['method:cable', 'BUILT_ON', 'method:transformer']],
    ],
    [
      'We study inputs. We propose Cable -- a BERT reranker trained on logs.',
      [['method:cable', 'BUILT_ON', 'method:bert']],
    ],
    // a plain list item is no name with an apposition
    ['We study inputs. It runs beam search, a transformer decoding pipeline, and more.', []],
    // the long form an acronym stands for is the name itself
    ['We study inputs. We present NSA, a Natively trainable Sparse Attention mechanism.', []],
    // a method after the phrase's end is another statement
    ['We study inputs. We present Cable, a pipeline that calls BERT.', []],
  ])('in %j: %j', async (abstract, expected) => {
    expect(await relationsOf(abstract)).toEqual(expected);
  });

  it('relates the paper’s own method, not another the sentence proposes', async () => {
    const relations = await relationsOf(
      'We propose Cable. We also introduce a Fuse module that outperforms RoPE.',
      'Cable: Context-aware Biases for Length Extrapolation',
    );
    expect(relations).toEqual([['method:cable', 'COMPARED_WITH', 'method:rope']]);
  });

  it.each([
    [
      'Adaptive Contrastive Decoding for Noisy Contexts',
      'Contrastive decoding approaches help. We study adaptive contrastive decoding (ACD) on noisy inputs.',
      ['method:adaptive contrastive decoding', 'EXTENDS', 'method:contrastive decoding'],
    ],
    [
      'Sparse-BERT: Pruned Encoders',
      'We propose Sparse-BERT. It keeps the accuracy of BERT.',
      ['method:sparse bert', 'EXTENDS', 'method:bert'],
    ],
  ])(
    'reads from the name in the title %j that it extends a method its name holds',
    async (title, abstract, expected) => {
      expect(await relationsOf(abstract, title)).toContainEqual(expected);
    },
  );

  it('takes the name a title gives before its colon as the paper’s method where the abstract writes it', async () => {
    const paper: Abstract = {
      id: 'p',
      title: 'Structured Prompting: Scaling Demonstrations to Thousands',
      abstract: 'We introduce structured prompting that breaks the length limit. It outperforms BERT.',
      source: 'test',
    };
    const [extraction] = await extractCorpus([paper], { workers: 0 });
    expect(extraction?.entities).toContainEqual(
      expect.objectContaining({ name: 'Structured Prompting', type: 'Method', role: 'proposed' }),
    );
    expect(extraction?.relations.map(({ from, to }) => [from, to])).toEqual([
      ['method:structured prompting', 'method:bert'],
    ]);
  });
});
