import { describe, expect, it } from 'vitest';
import { buildKnowledgeGraph } from '../../../ingest/graph/build';
import type { Abstract } from '../../../src/model/abstract';
import type { ExtractedEntity, Extraction } from '../../../src/model/extraction';

const abstract = 'We propose FooNet. FooNet extends BarNet on the Baz dataset, reaching 91.2 accuracy.';
const paper: Abstract = { id: 'p1', title: 'FooNet', abstract, source: 'corpus.txt:3' };
const evidenceOf = (surface: string, rule = 'r') => {
  const start = abstract.indexOf(surface);
  return { sentence: abstract, start, end: start + surface.length, rule };
};
const entity = (
  over: Partial<ExtractedEntity> & Pick<ExtractedEntity, 'name' | 'type' | 'key'>,
): ExtractedEntity => ({
  aliases: [],
  confidence: 0.9,
  evidence: [evidenceOf(over.name)],
  ...over,
});
const extraction = (over: Partial<Extraction> = {}): Extraction => ({
  id: 'p1',
  title: 'FooNet',
  entities: [
    entity({ name: 'FooNet', type: 'Method', role: 'proposed', key: 'method:foonet' }),
    entity({ name: 'BarNet', type: 'Method', role: 'used', key: 'method:barnet' }),
    entity({ name: 'Baz', type: 'Dataset', key: 'dataset:baz', evidence: [evidenceOf('Baz dataset')] }),
  ],
  relations: [
    {
      from: 'method:foonet',
      type: 'EXTENDS',
      to: 'method:barnet',
      evidence: evidenceOf('FooNet extends BarNet'),
    },
  ],
  results: [
    {
      metric: 'accuracy',
      value: '91.2',
      target: 'dataset:baz',
      method: 'method:foonet',
      evidence: evidenceOf('91.2 accuracy'),
    },
  ],
  ...over,
});

function build(extractions: Extraction[], abstracts: Abstract[] = [paper]) {
  const warnings: string[] = [];
  const graph = buildKnowledgeGraph(abstracts, extractions, { warn: (message) => warnings.push(message) });
  return { graph, warnings };
}

describe('buildKnowledgeGraph', () => {
  it('turns one extraction into typed mentions, lineage and results', () => {
    const { graph, warnings } = build([extraction()]);
    expect(warnings).toEqual([]);
    expect(graph.papers).toEqual([{ id: 'p1', title: 'FooNet', abstract, source: 'corpus.txt:3' }]);
    expect(graph.concepts.map((concept) => concept.key)).toEqual([
      'dataset:baz',
      'method:barnet',
      'method:foonet',
    ]);
    expect(graph.mentions.map((mention) => [mention.conceptKey, mention.type, mention.role])).toEqual([
      ['method:foonet', 'PROPOSES', 'proposed'],
      ['method:barnet', 'USES', 'used'],
      ['dataset:baz', 'EVALUATES_ON', undefined],
    ]);
    expect(graph.mentions[0]?.evidence[0]).toEqual({ ...evidenceOf('FooNet'), confidence: 0.9 });
    expect(graph.lineage).toEqual([
      {
        from: 'method:foonet',
        to: 'method:barnet',
        type: 'EXTENDS',
        paperId: 'p1',
        evidence: evidenceOf('FooNet extends BarNet'),
      },
    ]);
    expect(graph.results[0]).toMatchObject({
      paperId: 'p1',
      target: 'dataset:baz',
      metric: 'accuracy',
      method: 'method:foonet',
    });
  });

  it.each<[string, Partial<Extraction>, RegExp]>([
    [
      'a type outside the whitelist',
      { entities: [entity({ name: 'X', type: 'Gadget' as 'Method', key: 'gadget:x' })] },
      /entities\[0\]\.type: "Gadget" is not a concept type/,
    ],
    [
      'a key of another type',
      { entities: [entity({ name: 'FooNet', type: 'Method', key: 'dataset:foonet' })] },
      /entities\[0\]: key "dataset:foonet" is not a Method key/,
    ],
    [
      'evidence outside the abstract',
      {
        entities: [
          entity({
            name: 'FooNet',
            type: 'Task',
            key: 'task:foonet',
            evidence: [{ sentence: 's', start: 10, end: 999, rule: 'r' }],
          }),
        ],
      },
      /entities\[0\]\.evidence\[0\]: offsets 10\.\.999 are outside the abstract/,
    ],
    [
      'title evidence outside the title',
      {
        entities: [
          entity({
            name: 'FooNet',
            type: 'Task',
            key: 'task:foonet',
            evidence: [{ sentence: 'FooNet', start: 0, end: 20, rule: 'r', in: 'title' }],
          }),
        ],
      },
      /entities\[0\]\.evidence\[0\]: offsets 0\.\.20 are outside the title \(length 6\)/,
    ],
    [
      'a lineage type outside the whitelist',
      {
        relations: [
          {
            from: 'method:foonet',
            type: 'COPIES' as 'EXTENDS',
            to: 'method:barnet',
            evidence: evidenceOf('FooNet'),
          },
        ],
      },
      /relations\[0\]\.type: "COPIES" is not a lineage type/,
    ],
    [
      'lineage that does not join two methods',
      {
        relations: [
          { from: 'method:foonet', type: 'EXTENDS', to: 'dataset:baz', evidence: evidenceOf('FooNet') },
        ],
      },
      /relations\[0\]: method:foonet → dataset:baz does not join two method keys/,
    ],
    [
      'a result on a task',
      { results: [{ metric: 'accuracy', value: '1', target: 'task:x', evidence: evidenceOf('FooNet') }] },
      /results\[0\]\.target: "task:x" is not a dataset or benchmark key/,
    ],
    [
      'a result without a value',
      { results: [{ metric: 'accuracy', value: ' ', evidence: evidenceOf('FooNet') }] },
      /results\[0\]: a result needs a metric and a value/,
    ],
    [
      'a result on no dataset or benchmark whose metric has nothing to name it by',
      { results: [{ metric: '%%', value: '1', evidence: evidenceOf('FooNet') }] },
      /results\[0\]\.metric: "%%" has no letter or digit to name a metric by/,
    ],
  ])('skips %s with a warning naming the paper and the field', (_, override, message) => {
    const { warnings } = build([extraction(override)]);
    expect(warnings[0]).toMatch(/^(corpus\.txt:3 \(paper p1\) |\d)/);
    expect(warnings[0]).toMatch(message);
  });

  // A result naming no dataset or benchmark ("FooNet is 2.4x faster") is stored against its metric: the
  // paper's Metric concept of that name, else one made for it, named as the result writes it.
  it.each<[string, ExtractedEntity[], string, { target: string; metricKey?: string; name: string }]>([
    [
      "the paper's metric, by its name",
      [
        entity({
          name: 'accuracy',
          type: 'Metric',
          key: 'metric:accuracy',
          evidence: [evidenceOf('accuracy')],
        }),
      ],
      'Accuracy',
      { target: 'metric:accuracy', metricKey: 'metric:accuracy', name: 'accuracy' },
    ],
    [
      "the paper's metric, by an alias",
      [
        entity({
          name: 'accuracy',
          type: 'Metric',
          key: 'metric:accuracy',
          aliases: ['Acc'],
          evidence: [evidenceOf('accuracy')],
        }),
      ],
      'acc',
      { target: 'metric:accuracy', metricKey: 'metric:accuracy', name: 'accuracy' },
    ],
    [
      'a metric the paper does not mention',
      [],
      'Speed-up',
      { target: 'metric:speed up', metricKey: 'metric:speed up', name: 'Speed-up' },
    ],
  ])('stores a result on no dataset or benchmark against %s', (_, entities, metric, expected) => {
    const { graph, warnings } = build([
      extraction({
        entities,
        relations: [],
        results: [{ metric, value: '91.2', evidence: evidenceOf('91.2') }],
      }),
    ]);
    expect(warnings).toEqual([]);
    expect(graph.results).toEqual([
      {
        paperId: 'p1',
        target: expected.target,
        metric,
        metricKey: expected.metricKey,
        value: '91.2',
        evidence: evidenceOf('91.2'),
      },
    ]);
    expect(graph.concepts.map(({ key, type, name }) => [key, type, name])).toEqual([
      [expected.target, 'Metric', expected.name],
    ]);
  });

  it("keeps the key of the paper's metric on a result on a dataset, so the metric can list it", () => {
    const accuracy = entity({
      name: 'accuracy',
      type: 'Metric',
      key: 'metric:accuracy',
      evidence: [evidenceOf('accuracy')],
    });
    const withMetric = extraction();
    const { graph } = build([{ ...withMetric, entities: [...withMetric.entities, accuracy] }]);
    expect(graph.results[0]).toMatchObject({ target: 'dataset:baz', metricKey: 'metric:accuracy' });
    expect(build([extraction()]).graph.results[0]?.metricKey).toBeUndefined();
  });

  it('names a metric made for results by the first way a result writes it, unless a mention names it', () => {
    const second: Abstract = { id: 'p2', title: 'T2', abstract, source: 'c.txt:5' };
    const result = (id: string, metric: string, entities: ExtractedEntity[] = []) =>
      extraction({
        id,
        entities,
        relations: [],
        results: [{ metric, value: '2', evidence: evidenceOf('91.2') }],
      });
    expect(
      build([result('p1', 'Speedup'), result('p2', 'speedups')], [paper, second]).graph.concepts,
    ).toEqual([{ key: 'metric:speedup', type: 'Metric', name: 'Speedup', aliases: [] }]);
    const mentioned = entity({
      name: 'speed-up',
      type: 'Metric',
      key: 'metric:speedup',
      evidence: [evidenceOf('91.2')],
    });
    expect(
      build([result('p1', 'Speedup'), result('p2', 'speedup', [mentioned])], [paper, second]).graph.concepts,
    ).toEqual([{ key: 'metric:speedup', type: 'Metric', name: 'speed-up', aliases: [] }]);
  });

  it('keeps evidence on the title, its offsets into the title, for a concept only the title names', () => {
    const titled = entity({
      name: 'FooNet',
      type: 'Method',
      role: 'proposed',
      key: 'method:foonet',
      evidence: [{ sentence: 'FooNet', start: 0, end: 6, rule: 'name+default', in: 'title' }],
    });
    const long = { ...paper, title: 'FooNet', abstract: 'Hi.' };
    const warnings: string[] = [];
    const graph = buildKnowledgeGraph(
      [long],
      [extraction({ entities: [titled], relations: [], results: [] })],
      {
        warn: (message) => warnings.push(message),
      },
    );
    expect(warnings).toEqual([]);
    expect(graph.mentions[0]?.evidence[0]).toMatchObject({ sentence: 'FooNet', start: 0, end: 6 });
  });

  it('skips extractions of unknown papers and repeated papers, keeping the first', () => {
    const again = { ...paper, source: 'corpus.txt:9', title: 'Other' };
    const { graph, warnings } = build(
      [extraction(), extraction(), extraction({ id: 'nope' })],
      [paper, again],
    );
    expect(graph.papers).toHaveLength(1);
    expect(warnings).toEqual([
      'corpus.txt:9: paper id p1 already read at corpus.txt:3: skipped',
      'corpus.txt:3: a second extraction for paper p1: skipped',
      'extraction for unknown paper id "nope": skipped',
    ]);
  });

  it('names a concept by its most frequent form and keeps the other forms and aliases as aliases', () => {
    const second: Abstract = { id: 'p2', title: 'T2', abstract, source: 'c.txt:5' };
    const third: Abstract = { id: 'p3', title: 'T3', abstract, source: 'c.txt:7' };
    const mention = (id: string, name: string, aliases: string[]) =>
      extraction({
        id,
        entities: [
          entity({ name, type: 'Method', key: 'method:foonet', aliases, evidence: [evidenceOf('FooNet')] }),
        ],
        relations: [],
        results: [],
      });
    const { graph } = build(
      [
        mention('p1', 'FooNet', ['FN']),
        mention('p2', 'Foo-Net', []),
        mention('p3', 'FooNet', ['FN', 'F.N.']),
      ],
      [paper, second, third],
    );
    expect(graph.concepts).toEqual([
      { key: 'method:foonet', type: 'Method', name: 'FooNet', aliases: ['F.N.', 'FN', 'Foo-Net'] },
    ]);
  });

  it('merges repeated mentions of one concept in one paper into one edge with all evidence', () => {
    const twice = extraction({
      entities: [
        entity({ name: 'FooNet', type: 'Method', role: 'proposed', key: 'method:foonet', confidence: 0.5 }),
        entity({
          name: 'FooNet',
          type: 'Method',
          role: 'proposed',
          key: 'method:foonet',
          confidence: 0.8,
          evidence: [evidenceOf('FooNet extends')],
        }),
      ],
      relations: [],
      results: [],
    });
    const { graph } = build([twice]);
    expect(graph.mentions).toHaveLength(1);
    expect(graph.mentions[0]?.confidence).toBe(0.8);
    expect(graph.mentions[0]?.evidence.map((item) => item.start)).toEqual([11, 19]);
  });

  it('creates concepts that only lineage or results name, and is deterministic', () => {
    const bare = extraction({
      entities: [],
      relations: [
        { from: 'method:foonet', type: 'BUILT_ON', to: 'method:qux', evidence: evidenceOf('FooNet') },
      ],
      results: [
        { metric: 'accuracy', value: '91.2', target: 'benchmark:zed', evidence: evidenceOf('91.2 accuracy') },
      ],
    });
    const { graph } = build([bare]);
    expect(graph.concepts).toEqual([
      { key: 'benchmark:zed', type: 'Benchmark', name: 'zed', aliases: [] },
      { key: 'method:foonet', type: 'Method', name: 'foonet', aliases: [] },
      { key: 'method:qux', type: 'Method', name: 'qux', aliases: [] },
    ]);
    expect(build([bare]).graph).toEqual(graph);
  });
});
