import { describe, expect, it } from 'vitest';
import { extractCorpus } from '../../ingest/extract-corpus';
import { longFormStart } from '../../ingest/extract/acronyms';
import { extractPaper } from '../../ingest/extract/paper';
import { titleName } from '../../ingest/extract/title';
import { typeFromNameShape } from '../../ingest/extract/typing';
import type { Abstract } from '../../src/model/abstract';
import type { Extraction } from '../../src/model/extraction';

const paper = (abstract: string, title = '', id = 'p'): Abstract => ({ id, title, abstract, source: 'test' });
const extractOne = async (abstract: string, title = ''): Promise<Extraction> => {
  const [extraction] = await extractCorpus([paper(abstract, title)], { workers: 0 });
  if (!extraction) throw new Error('no extraction');
  return extraction;
};
/** [name, type] of every entity, and the role of methods. */
const entitiesOf = (extraction: Extraction) =>
  extraction.entities.map((entity) => [entity.name, entity.type, ...(entity.role ? [entity.role] : [])]);

describe('extraction: entities and their types', () => {
  it.each([
    [
      'We propose DAFormer, a novel UDA method.',
      [
        ['DAFormer', 'Method', 'proposed'],
        ['UDA', 'Task'],
      ],
    ],
    ['We evaluate on the Cityscapes dataset.', [['Cityscapes', 'Dataset']]],
    [
      'Results on the GLUE benchmark and SQuAD.',
      [
        ['GLUE', 'Benchmark'],
        ['SQuAD', 'Dataset'],
      ],
    ],
    [
      'It improves by 10.8 mIoU for GTA-to-Cityscapes.',
      [
        ['mIoU', 'Metric'],
        ['GTA-to-Cityscapes', 'Benchmark'],
        ['GTA', 'Dataset'],
        ['Cityscapes', 'Dataset'],
      ],
    ],
    [
      'We report accuracy and F1 score.',
      [
        ['accuracy', 'Metric'],
        ['F1 score', 'Metric'],
      ],
    ],
    [
      'A study of semantic segmentation and named entity recognition.',
      [
        ['semantic segmentation', 'Task'],
        ['named entity recognition', 'Task'],
      ],
    ],
    [
      'We use beam search and knowledge distillation.',
      [
        ['beam search', 'Method', 'used'],
        ['knowledge distillation', 'Method', 'used'],
      ],
    ],
    ['We fine-tune a Swin Transformer.', [['Swin Transformer', 'Method', 'used']]],
    [
      'We compare Llama 2 with Llama 3.',
      [
        ['Llama 2', 'Method', 'used'],
        ['Llama 3', 'Method', 'used'],
      ],
    ],
    [
      'We train ResNet-50 on ImageNet.',
      [
        ['ResNet-50', 'Method', 'used'],
        ['ImageNet', 'Dataset'],
      ],
    ],
    ['Experiments on LJSpeech show gains.', [['LJSpeech', 'Dataset']]],
    ['We introduce LongBench, a benchmark for long contexts.', [['LongBench', 'Benchmark']]],
    // how a task is done is no part of its name
    ['We study automatic summarization.', [['summarization', 'Task']]],
    // pre-tokenised text spaces its hyphens: the phrase does not start inside "cross - lingual"
    ['We use cross - lingual text classification.', [['cross - lingual text classification', 'Task']]],
    // a metric's name starting another name is no metric there, though the abstract uses it as one
    ['We use the NIST 2005 data and NIST MT08, scored by NIST.', [['NIST', 'Metric']]],
    // a task word before a tool's head names the tool, not the task; a model keeps its task, and so does
    // a named task ("a novel UDA method", above)
    ['A parsing algorithm with tagging strategies.', []],
    [
      'A phrase translation model beats a parsing process. We train the phrase translation model.',
      [['phrase translation', 'Task']],
    ],
    // model classes and established techniques are methods, named or not
    [
      'We apply fine-tuning to deep neural networks and large language models (LLMs).',
      [
        ['fine-tuning', 'Method', 'used'],
        ['deep neural networks', 'Method', 'used'],
        ['large language models', 'Method', 'used'],
      ],
    ],
    // efficiency is measured by names of its own
    [
      'It halves the memory footprint and doubles the decoding speed.',
      [
        ['memory footprint', 'Metric'],
        ['decoding speed', 'Metric'],
      ],
    ],
    // "sensitivity to noise" and "spurious correlations" are no metrics
    ['We study the sensitivity to noise and spurious correlations.', []],
    // a broad task tail needs a thing before it; a hyphenated compound is one
    [
      'An empirical analysis, contextual reasoning, sentiment analysis and long-context reasoning.',
      [
        ['sentiment analysis', 'Task'],
        ['long-context reasoning', 'Task'],
      ],
    ],
    // training objectives named like tasks are methods
    [
      'We train with connectionist temporal classification and masked language modelling.',
      [
        ['connectionist temporal classification', 'Method', 'used'],
        ['masked language modelling', 'Method', 'used'],
      ],
    ],
    // a task needs more than generic words before its head; what it works on is such a thing
    [
      'We study training-inference, context modeling, feature extraction and image editing.',
      [['image editing', 'Task']],
    ],
    // authors cited, a capitalised word modifying the noun after it, and a word holding a bracket are no names
    ['QuillNet outperforms Brandt et al. and costs Omega(log T).', [['QuillNet', 'Method', 'used']]],
    ['We propose an online Bayesian meta-learning framework.', [['meta-learning', 'Method', 'used']]],
    // ImageNet's variants are data, tracking and COCO scores are metrics
    [
      'We evaluate on miniImageNet with MOTA and AP75.',
      [
        ['miniImageNet', 'Dataset'],
        ['MOTA', 'Metric'],
        ['AP75', 'Metric'],
      ],
    ],
    // hardware is no concept
    ['It runs on a Huawei Ascend 910B NPU and on A100 GPUs.', []],
    // a compression technique is a method
    ['We apply prompt compression.', [['prompt compression', 'Method', 'used']]],
    // "multiple" before a singular noun names a kind; before a plural it counts
    [
      'We consider the multiple instance learning problem. Face detection is a multiple instance learning problem on multiple target domains.',
      [
        ['Face detection', 'Task'],
        ['multiple instance learning', 'Task'],
      ],
    ],
  ])('%s', async (sentence, expected) => {
    expect(entitiesOf(await extractOne(sentence))).toEqual(expected);
  });
});

describe('extraction: vague phrases are not entities', () => {
  it.each([
    'Our approach outperforms existing methods.',
    'The model struggles.',
    'The proposed framework uses an audio decoder.',
    'We apply a simple method with strong baselines.',
    'The learning rate and the attention scores matter.',
    'The constructor of the prototype calls toString.',
    // eponyms alone, programming languages
    'The Hessian is bounded and the loss is Lipschitz, so Euclidean steps suffice.',
    'The code is written in Python.',
    // places: where data comes from
    'We evaluate on the New York City dataset and the Paris dataset.',
    // roles in distillation, an acronym made a verb
    'The Student model emulates the Teacher model on OCRed articles.',
    // venues, a rate of convergence, a function word opening a sentence
    'Preface to the Proceedings of the 3rd Asian Conference on Machine Learning.',
    'The estimator attains the optimal rate and an exponential rate.',
    'To this end, we study it. To do so, we look. To see why, note this.',
  ])('%s', async (sentence) => {
    expect(entitiesOf(await extractOne(sentence))).toEqual([]);
  });

  it('reads no domain-adaptation setting between common words', async () => {
    const types = (await extractOne('Unpaired Image-to-Image setups are hard.')).entities.map((e) => e.type);
    expect(types).not.toContain('Benchmark');
    const setting = await extractOne('We adapt from GTA-to-Cityscapes.');
    expect(setting.entities.map((e) => e.type)).toContain('Benchmark');
  });
});

describe('extraction: names by their shape and their context', () => {
  it.each([
    // versions and sizes written into a name
    ['We compare Gemini2.0-pro with Yi-9B.', ['Gemini2.0-pro', 'Yi-9B']],
    ['We run OPT-175B and Mamba-2.', ['OPT-175B', 'Mamba-2']],
    // a list cut at its commas, each name typed by the typed names beside it
    [
      'We compare GPT-4o, Gemini2.0-pro, QuillNet, and Qwen2.5-32B-Instruct.',
      ['GPT-4o', 'Gemini2.0-pro', 'QuillNet', 'Qwen2.5-32B-Instruct'],
    ],
    // a type noun before a bracketed list types the names in it
    ['We test three models (Quill, BetaNet, and Gamma-X).', ['Quill', 'BetaNet', 'Gamma-X']],
  ])('%s', async (sentence, names) => {
    const entities = (await extractOne(sentence)).entities;
    expect(entities.filter((e) => e.type === 'Method').map((e) => e.name)).toEqual(names);
  });

  it.each([
    // an apposition's head types the name before it
    ['We introduce QuillSet, a large multi-modal dataset of scenes.', [['QuillSet', 'Dataset']]],
    ['Tokens are routed by Quill, an expert architecture with gates.', [['Quill', 'Method']]],
    // a type noun set off before a list by a colon or a comma
    [
      'We use two benchmark datasets: QuillQA-19 and QuillQA-20.',
      [
        ['QuillQA-19', 'Dataset'],
        ['QuillQA-20', 'Dataset'],
      ],
    ],
    // a source-to-target setting names its two datasets too
    [
      'It adapts well on Alpha-to-Beta.',
      [
        ['Alpha-to-Beta', 'Benchmark'],
        ['Alpha', 'Dataset'],
        ['Beta', 'Dataset'],
      ],
    ],
  ])('types names by what stands beside them: %s', async (sentence, expected) => {
    const entities = (await extractOne(sentence)).entities;
    expect(
      entities
        .filter((e) => e.type !== 'Method' || expected.some(([, t]) => t === 'Method'))
        .map((e) => [e.name, e.type]),
    ).toEqual(expected);
  });

  it('folds a task word into the longer task it shortens in the same paper ("translation" of "machine translation")', async () => {
    const text = 'We study machine translation. Translation quality improves.';
    const entities = (await extractOne(text)).entities.filter((e) => e.type === 'Task');
    expect(entities.map((e) => [e.name, e.evidence.length])).toEqual([['machine translation', 2]]);
  });

  it('takes a name written as the initials of a longer one for its short form ("BiCA")', async () => {
    const text =
      'We introduce BiCA, a pipeline with Bi-directional Contextual Attention. BiCA outperforms BERT.';
    const extraction = await extractOne(text);
    const bica = extraction.entities.find((e) => e.name === 'Bi-directional Contextual Attention');
    expect(bica?.aliases).toContain('BiCA');
    expect(extraction.entities.filter((e) => e.name === 'BiCA')).toEqual([]);
    expect(extraction.relations.map((r) => [r.from, r.to])).toEqual([[bica?.key, 'method:bert']]);
  });

  it.each([
    ['We show that GPT-4 exceeds the human performance in SAT, LSAT, and math contests.', 'LSAT', 'Dataset'],
    ['It improves summarization (XSum by 18.6%) and question answering (Quaxo by 2.4%).', 'Quaxo', 'Dataset'],
    // a parenthesis of gains after words no rule reads as a task, and its later names
    ['It helps instruction following (MemoTrap by 10.9%).', 'MemoTrap', 'Dataset'],
    ['It helps open-book answering (NQ-Open by 2.4% and NQ-Swap by 5.5%).', 'NQ-Swap', 'Dataset'],
    ['Our model achieves a 49.6% increase in MAP on the test set.', 'MAP', 'Metric'],
  ])('types a name by what is measured on or in it: %s', async (text, name, type) => {
    const entity = (await extractOne(text)).entities.find((e) => e.name === name);
    expect(entity?.type).toBe(type);
  });

  it('reads no data after "based on" or "focus on"', async () => {
    const entities = (await extractOne('The model is based on Quaxo-Net. We focus on Zorb-Sum.')).entities;
    expect(entities.filter((e) => e.type === 'Dataset')).toEqual([]);
  });

  it('types names after "on" as data ("results on NQ-Open and CAsT-19")', async () => {
    const entities = (await extractOne('We report results on NQ-Open and CAsT-19.')).entities;
    expect(entities.map((e) => [e.name, e.type])).toEqual([
      ['NQ-Open', 'Dataset'],
      ['CAsT-19', 'Dataset'],
    ]);
  });

  it.each([
    // a version alone, a number with a unit, an accelerator, a colour space, a complexity class
    'We use v2 with 0.5IoU on an A100 GPU for RGB input; the problem is NP-hard.',
    // an eponym alone, a complexity class, a standards body
    'A Bayesian view in PTIME meets ISO rules.',
    // LaTeX left by a conversion, and the state of the art in capitals
    'The bound is nicefrac1Tright and beats State-Of-The-Art (SOTA) models on mathbbR^d.',
    // code, and a name continuing a metric's ("NIST MT08")
    'The constructor calls toString, scored by NIST MT08.',
    // lower-case describing words after a hyphen end a name
    'We build TruthfulQA-derived and ASR-robust variants.',
  ])('finds no method in "%s"', async (sentence) => {
    const entities = (await extractOne(sentence)).entities;
    expect(entities.filter((e) => e.type === 'Method')).toEqual([]);
  });

  it('reads a model id the tokenizer splits at its hyphens as one name ("gemini-1.5-pro-001")', async () => {
    const text = 'A prompt drives gemini-1.5-pro-001 and text-davinci-003 to the top-5 state-of-the-art.';
    const names = (await extractOne(text)).entities.map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['gemini-1.5-pro-001', 'text-davinci-003']));
    expect(names.filter((name) => /^(?:gemini|text|davinci|state)\b/i.test(name))).toEqual([
      'gemini-1.5-pro-001',
      'text-davinci-003',
    ]);
  });

  it('trims praise written with a hyphen from a term ("a drop-in enhancement", "near-perfect retrieval")', async () => {
    const text =
      'We introduce SpecExtend, a drop-in enhancement for decoding. It gives near-perfect passkey retrieval.';
    const entities = (await extractOne(text)).entities;
    expect(entities.map((e) => [e.name, e.type])).toEqual([
      ['SpecExtend', 'Method'],
      ['passkey retrieval', 'Task'],
    ]);
  });

  it('takes three Title Case words mid-sentence for a coined name, whatever its words ("Hybrid Tree Attention")', async () => {
    const names = (await extractOne('We use Hybrid Tree Attention in the models.')).entities.map(
      (e) => e.name,
    );
    expect(names).toEqual(['Hybrid Tree Attention']);
  });

  it('ends a name at a describing word after an acronym, in any case ("LLM-Assisted")', async () => {
    const entities = (await extractOne('We build LLM-powered search and LLM-Assisted tools.')).entities;
    expect(entities.map((e) => e.name)).toEqual(['LLM']);
  });

  it('cuts a span at a bracket it opens and does not close ("Key-Value (KV")', async () => {
    const text = 'It shrinks the Key-Value (KV cache.';
    const entities = (await extractOne(text)).entities;
    const spans = entities.flatMap((e) => e.evidence.map((v) => text.slice(v.start, v.end)));
    expect(spans.some((span) => span.includes('('))).toBe(false);
  });

  it('keeps a longer name that names another thing apart ("KV cache quantization")', async () => {
    const entities = (await extractOne('We study KV cache quantization for the KV cache.')).entities;
    const cache = entities.find((e) => e.name === 'KV cache');
    expect(cache?.aliases ?? []).not.toContain('KV cache quantization');
  });

  it('merges an acronym with its long form however the long form is cased', async () => {
    const [first, second] = await extractCorpus(
      [
        paper('Large Language Models (LLMs) are strong.', '', 'a'),
        paper('We study large language models (LLMs).', '', 'b'),
        paper('We fine-tune LLMs.', '', 'c'),
      ].concat([]),
      { workers: 0 },
    ).then((all) => [all[1], all[2]]);
    expect(first?.entities.map((e) => e.key)).toEqual(
      second?.entities.filter((e) => e.name !== 'fine-tuning').map((e) => e.key),
    );
  });

  it.each([
    ['Structured Prompting: Scaling to Many Examples', 'We introduce structured prompting for long inputs.'],
    ['Faster Decoding via Adaptive Parallel Encoding', 'We propose adaptive parallel encoding of contexts.'],
  ])('reads the Title Case phrase of "%s" where the abstract repeats it', async (title, abstract) => {
    const entities = (await extractOne(abstract, title)).entities;
    expect(entities.filter((e) => e.role === 'proposed').map((e) => e.type)).toEqual(['Method']);
  });

  it('reads no title phrase the abstract does not repeat', async () => {
    const entities = (await extractOne('We prune tokens.', 'Dynamic Context Pruning: Faster Models'))
      .entities;
    expect(entities.filter((e) => e.role === 'proposed')).toEqual([]);
  });

  it('gives one concept to spellings that differ by spaces and hyphens ("FlashAttention", "Flash Attention")', async () => {
    const papers = ['We use FlashAttention on LongBench.', 'Flash Attention helps on Long-Bench.'].map(
      (abstract, index) => paper(abstract, '', `p${index}`),
    );
    const [first, second] = await extractCorpus(papers, { workers: 0 });
    expect(first?.entities.map((e) => e.key)).toEqual(['method:flashattention', 'benchmark:longbench']);
    expect(second?.entities.map((e) => e.key)).toEqual(first?.entities.map((e) => e.key));
  });

  it('reads "transformer" in lower case as the architecture', async () => {
    const entities = (await extractOne('A decoder-only transformer is trained.')).entities;
    expect(entities.map((e) => [e.name, e.type])).toContainEqual(['transformer', 'Method']);
  });
});

describe('extraction: acronyms, roles, lineage, results', () => {
  it('links an acronym to its long form and keeps it as an alias', async () => {
    const extraction = await extractOne('While Rare Class Sampling (RCS) helps, RCS is slow.');
    expect(extraction.entities).toEqual([
      expect.objectContaining({
        name: 'Rare Class Sampling',
        key: 'method:rare class sampling',
        aliases: expect.arrayContaining(['RCS']),
      }),
    ]);
    expect(extraction.entities[0]?.evidence.map((evidence) => evidence.rule)).toEqual([
      'method-head',
      'acronym',
    ]);
  });

  it('types a long form by the method word after its acronym ("Visual Grounding (CAVG) model")', async () => {
    const extraction = await extractOne(
      'Our Context-Aware Visual Grounding (CAVG) model is an advanced system. CAVG is robust.',
    );
    const cavg = extraction.entities.find((entity) => entity.aliases.includes('CAVG'));
    expect(cavg).toMatchObject({ name: 'Context-Aware Visual Grounding', type: 'Method' });
  });

  it('keeps aliases to the names written, not the words around them ("RAG and ICL tasks")', async () => {
    const extraction = await extractOne(
      'We study RAG and ICL tasks. RAG helps. We tune large language models (LLMs).',
    );
    const aliases = extraction.entities.flatMap((entity) => entity.aliases);
    expect(aliases.filter((alias) => / and |\(/.test(alias))).toEqual([]);
  });

  it('names a concept by its mixed-case acronym ("Cable")', async () => {
    const extraction = await extractOne('We propose Context-aware Biases for Length Extrapolation (Cable).');
    expect(entitiesOf(extraction)).toEqual([['Cable', 'Method', 'proposed']]);
  });

  it('takes the proposed method from the title', async () => {
    const extraction = await extractOne(
      'DAFormer uses a Transformer encoder.',
      'DAFormer: Improving Network Architectures',
    );
    expect(entitiesOf(extraction)).toContainEqual(['DAFormer', 'Method', 'proposed']);
  });

  it('finds lineage: inspired by, outperforms, built upon', async () => {
    const extraction = await extractOne(
      'Inspired by ALiBi, we propose Cable, which outperforms RoPE and xPos. Cable is built upon Llama 2.',
    );
    expect(extraction.relations.map((relation) => [relation.from, relation.type, relation.to])).toEqual(
      expect.arrayContaining([
        ['method:cable', 'INSPIRED_BY', 'method:alibi'],
        ['method:cable', 'COMPARED_WITH', 'method:rope'],
        ['method:cable', 'COMPARED_WITH', 'method:xpos'],
        ['method:cable', 'BUILT_ON', 'method:llama2'],
      ]),
    );
  });

  it.each([
    [
      'We propose DAFormer. It improves the state of the art by 10.8 mIoU for GTA-to-Cityscapes.',
      { metric: 'mIoU', value: '+10.8', target: 'benchmark:gta to cityscape', method: 'method:daformer' },
    ],
    [
      'Our model reaches 85.7% accuracy on ImageNet.',
      { metric: 'accuracy', value: '85.7%', target: 'dataset:imagenet' },
    ],
    ['It reduces the word error rate by 12% on LibriSpeech.', { metric: 'word error rate', value: '-12%' }],
  ])('reads a result in %j', async (sentence, expected) => {
    const extraction = await extractOne(sentence);
    expect(extraction.results).toEqual([expect.objectContaining(expected)]);
  });

  it('reads no metric where its name starts another name ("the NIST 2005 data", "NIST MT08")', async () => {
    const abstract = 'We use the NIST 2005 data and NIST MT08, scored by NIST.';
    const [entity, ...others] = (await extractOne(abstract)).entities;
    expect(others).toEqual([]);
    expect(entity?.type).toBe('Metric');
    expect(entity?.evidence.map((evidence) => evidence.start)).toEqual([abstract.lastIndexOf('NIST')]);
  });

  it('gives evidence with exact offsets into the abstract and the sentence around them', async () => {
    const abstract =
      'Semantic segmentation is costly. We propose DAFormer (a Transformer) and evaluate it on Cityscapes with mIoU.';
    const extraction = await extractOne(abstract);
    const surfaces = extraction.entities.flatMap((entity) =>
      entity.evidence.map((evidence) => {
        expect(evidence.sentence).toContain(abstract.slice(evidence.start, evidence.end));
        expect(abstract).toContain(evidence.sentence);
        return abstract.slice(evidence.start, evidence.end);
      }),
    );
    expect(surfaces).toEqual(['Semantic segmentation', 'DAFormer', 'Transformer', 'Cityscapes', 'mIoU']);
  });
});

describe('consolidation across the corpus', () => {
  it('recognises a name learned in one abstract in another, and merges variants', async () => {
    const extractions = await extractCorpus(
      [
        paper('We evaluate on the Foggy Zurich dataset with Transformers.', '', 'a'),
        paper('It is hard to segment Foggy Zurich with a Transformer.', '', 'b'),
      ],
      { workers: 0 },
    );
    expect(extractions[1]?.entities).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ key: 'dataset:foggy zurich', type: 'Dataset' }),
        expect.objectContaining({ key: 'method:transformer', aliases: expect.any(Array) }),
      ]),
    );
    const keys = extractions.flatMap((extraction) => extraction.entities.map((entity) => entity.key));
    expect(keys.filter((key) => key === 'method:transformer')).toHaveLength(2);
  });

  it('decides a type by vote', async () => {
    const extractions = await extractCorpus(
      [
        paper('We release the Zorblax dataset.', '', 'a'),
        paper('Results on the Zorblax corpus.', '', 'b'),
        paper('The Zorblax model is a baseline.', '', 'c'),
      ],
      { workers: 0 },
    );
    const types = extractions.map((extraction) => extraction.entities.map((entity) => entity.type));
    expect(types).toEqual([['Dataset'], ['Dataset'], ['Dataset']]);
  });

  it('lets a type read from context outvote names typed by default ("the QUIXA dataset")', async () => {
    const abstracts = [
      'We release the QUIXA dataset of notes.',
      'Our model reads QUIXA well.',
      'We study QUIXA and its notes.',
      'The QUIXA notes are long.',
      'QUIXA helps us.',
    ].map((text, index) => paper(text, '', String(index)));
    const extractions = await extractCorpus(abstracts, { workers: 0 });
    const types = extractions.map((extraction) => extraction.entities.map((entity) => entity.type));
    expect(types).toEqual([['Dataset'], ['Dataset'], ['Dataset'], ['Dataset'], ['Dataset']]);
  });

  it.each([
    // one meaning, written as defined: the undefined use takes it
    [
      ['Quorn Vector Sampling (QVS) is fast.', 'Quorn Vector Sampling (QVS) helps.'],
      'QVS works.',
      ['Quorn Vector Sampling'],
    ],
    // written otherwise than when defined ("QvS" is no acronym of it)
    [['Quorn Vector Sampling (QVS) is fast.', 'Quorn Vector Sampling (QVS) helps.'], 'QvS works.', ['QvS']],
    // two meanings, neither dominant: the undefined use takes none
    [['Quorn Vector Sampling (QVS) is fast.', 'Quick Visual Search (QVS) helps.'], 'QVS works.', ['QVS']],
    // a known name keeps its meaning against one paper's definition
    [['We use the Common Lisp Instrumentation Package (CLIP).'], 'We fine-tune CLIP.', ['CLIP']],
    // so does any name: one paper's "Synchronous Semantic Decoding (SSD)" is not the SSD of another
    [['We propose Synchronous Semantic Decoding (SSD).'], 'SSD works.', ['SSD']],
  ])(
    'resolves an undefined acronym by its corpus meaning only when it is clear: %j + %s',
    async (defining, use, expected) => {
      const abstracts = [...defining, use].map((text, index) => paper(text, '', String(index)));
      const extractions = await extractCorpus(abstracts, { workers: 0 });
      const last = extractions.at(-1)?.entities ?? [];
      expect(last.filter((entity) => entity.type === 'Method').map((entity) => entity.name)).toEqual(
        expected,
      );
    },
  );

  it('keeps a listed word that opens a sentence, though the corpus writes it in lower case', async () => {
    const lower = 'Parsing: we report accuracy of parsing, accuracy of parsing, and accuracy of parsing.';
    const extractions = await extractCorpus(
      [paper(lower, '', 'a'), paper('Accuracy of summarization. Parsing is slow. Context matters.', '', 'b')],
      { workers: 0 },
    );
    expect(entitiesOf(extractions[1] as Extraction)).toEqual([
      ['accuracy', 'Metric'],
      ['summarization', 'Task'],
      ['parsing', 'Task'],
    ]);
  });

  it("grows a dataset's mention over its dataset word, named without it", async () => {
    const abstract = 'We translate Europarl data.';
    const [entity] = (await extractCorpus([paper(abstract)], { workers: 0 }))[0]?.entities ?? [];
    expect([entity?.name, entity?.key]).toEqual(['Europarl', 'dataset:europarl']);
    expect(entity?.evidence.map((e) => abstract.slice(e.start, e.end))).toEqual(['Europarl data']);
  });

  it("grows a dataset's mention over its year or version, and keeps versions apart", async () => {
    const abstract = "We train on CTB 5.1 and CTB 6 . 0, test on the WMT 2013 dataset and WMT '14, 2 times.";
    const [extraction] = await extractCorpus([paper(abstract)], { workers: 0 });
    const entities = extraction?.entities ?? [];
    expect(entities.map((entity) => [entity.name, entity.type])).toEqual([
      ['CTB 5.1', 'Dataset'],
      ['CTB 6 . 0', 'Dataset'],
      ['WMT 2013', 'Dataset'],
      ["WMT '14", 'Dataset'],
    ]);
    const spans = entities.flatMap((entity) => entity.evidence.map((e) => abstract.slice(e.start, e.end)));
    expect(spans).toContain('WMT 2013 dataset');
    expect(new Set(entities.map((entity) => entity.key)).size).toBe(4);
  });

  it('uses a user lexicon when given one', async () => {
    const [extraction] = await extractCorpus([paper('We study Quux and plain text.')], {
      workers: 0,
      lexicon: new Map([['Quux', 'Task']]),
    });
    expect(entitiesOf(extraction as Extraction)).toEqual([['Quux', 'Task']]);
  });

  it('gives the same result on worker threads as in this thread', async () => {
    const abstracts = Array.from({ length: 240 }, (_, index) =>
      paper(
        `We propose Model${index}, which outperforms BERT on the GLUE benchmark with 8${index % 10}.1 accuracy.`,
        '',
        `p${index}`,
      ),
    );
    const inThread = await extractCorpus(abstracts, { workers: 0 });
    const onWorkers = await extractCorpus(abstracts, { workers: 2 });
    expect(onWorkers).toEqual(inThread);
    expect(onWorkers[5]?.entities.map((entity) => entity.name)).toContain('Model5');
  }, 60_000);

  it.each([0, 2])(
    'skips an abstract it fails on, names it and goes on (%i workers)',
    async (workers) => {
      const abstracts = Array.from({ length: 240 }, (_, index) =>
        paper(`We propose Model${index}, which outperforms BERT on GLUE.`, `Title ${index}`, `p${index}`),
      );
      // A record whose abstract is no text (a reader bug or a hand-made input) makes extraction throw.
      abstracts[7] = { ...paper('', 'Broken record', 'p7'), abstract: ['two', 'parts'] as unknown as string };
      const skipped: Array<[string, string | undefined]> = [];
      const extractions = await extractCorpus(abstracts, {
        workers,
        onSkip: (message, paperId) => skipped.push([message, paperId]),
      });
      expect(extractions).toHaveLength(239);
      expect(extractions.map((extraction) => extraction.id)).not.toContain('p7');
      expect(skipped).toHaveLength(1);
      expect(skipped[0]?.[1]).toBe('p7');
      expect(skipped[0]?.[0]).toMatch(/^paper p7 \("Broken record"\): extraction failed: .+: skipped$/);
    },
    60_000,
  );
});

describe('building blocks', () => {
  it.each([
    ['RCS', 'on the source domain: Rare Class Sampling', 'Rare Class Sampling'],
    ['UDA', 'studied in unsupervised domain adaptation', 'unsupervised domain adaptation'],
    ['CNN', 'a neural network', ''],
  ])('long form of %s in %j', (short, text, expected) => {
    const at = longFormStart(short, text);
    expect(at < 0 ? '' : text.slice(at)).toBe(expected);
  });

  it.each([
    ['DAFormer: Improving Network Architectures', { name: 'DAFormer', type: 'Method' }],
    ['WiC: the Word-in-Context Dataset for Evaluating', { name: 'WiC', type: 'Dataset' }],
    [
      'ContextASR-Bench: A Massive Speech Recognition Benchmark',
      { name: 'ContextASR-Bench', type: 'Benchmark' },
    ],
    ['Attention Entropy is a Key Factor: An Analysis', undefined],
    ['A title without a colon', undefined],
  ])('title %j', (title, expected) => {
    expect(titleName(title)).toEqual(expected);
  });

  it.each([
    ['SegFormer', 'Method'],
    ['LongBench', 'Benchmark'],
    ['HotpotQA', 'Dataset'],
    ['PropBank', 'Dataset'],
    ['GPT-4o', 'Method'],
    ['Qwen2.5-max', 'Method'],
    ['Retrieval', undefined],
  ])('shape of %s', (name, expected) => {
    expect(typeFromNameShape(name)).toBe(expected);
  });

  it('is pure: the same abstract gives the same candidates', () => {
    const input = { id: 'x', title: 'X: y', abstract: 'We propose X, which outperforms BERT on SQuAD.' };
    expect(extractPaper(input)).toEqual(extractPaper(input));
  });
});
