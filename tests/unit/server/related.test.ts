import { describe, expect, it } from 'vitest';
import { bySpecificity, listNames, relatedMethod } from '../../../src/server/views/related';

describe('related methods', () => {
  it('lists names in the order given', () => {
    expect(listNames([{ name: 'GTA5' }, { name: 'Cityscapes' }])).toBe('GTA5 and Cityscapes');
    expect(listNames([{ name: 'c' }, { name: 'a' }, { name: 'b' }])).toBe('c, a and b');
    expect(listNames([{ name: 'one' }])).toBe('one');
  });

  it('ranks shared items rarest first, datasets before tasks on a tie, unknown counts last', () => {
    const ranked = bySpecificity([
      { key: 'task:nlu', name: 'NLU', type: 'Task', paperCount: 40 },
      { key: 'task:srl', name: 'SRL', type: 'Task', paperCount: 2 },
      { key: 'dataset:squad', name: 'SQuAD', type: 'Dataset', paperCount: 2 },
      { key: 'task:qa', name: 'QA', type: 'Task', paperCount: null },
      { key: 'benchmark:glue', name: 'GLUE', type: 'Benchmark', paperCount: 7 },
    ]);
    expect(ranked.map((item) => item.name)).toEqual(['SQuAD', 'SRL', 'GLUE', 'NLU', 'QA']);
  });

  it('names only the three most specific shared items and counts the rest', () => {
    const subject = { key: 'method:bert', name: 'BERT', type: 'Method' as const };
    const task = (name: string, paperCount: number) => ({
      key: `task:${name}`,
      name,
      type: 'Task',
      paperCount,
    });
    const related = relatedMethod(subject, {
      method: { key: 'method:elmo', name: 'ELMo', type: 'Method' },
      score: 0.4,
      datasets: [{ key: 'benchmark:glue', name: 'GLUE', type: 'Benchmark', paperCount: 3 }],
      tasks: [
        task('natural language understanding', 30),
        task('semantic role labeling', 1),
        task('natural language inference', 4),
        task('reading comprehension', 8),
      ],
      cooccurrence: { weight: 0.2, papers: 1 },
      lineage: [],
    });
    expect(related.reason).toBe(
      'Both evaluated on GLUE and address semantic role labeling and natural language inference (and 2 more shared items).',
    );
    // Every shared item stays listed, most specific first, for the chips.
    expect(related.reasons.find((r) => r.kind === 'shared-task')?.items.map((item) => item.name)).toEqual([
      'semantic role labeling',
      'natural language inference',
      'reading comprehension',
      'natural language understanding',
    ]);
    // One shared paper adds nothing to the sentence when shared items already relate them.
    expect(related.reasons.map((r) => r.kind)).toContain('co-occurrence');
    expect(related.reason).not.toContain('mentioned together');
  });

  it('states every reason in one readable sentence, lineage first', () => {
    const subject = { key: 'method:daformer', name: 'DAFormer', type: 'Method' as const };
    const related = relatedMethod(subject, {
      method: { key: 'method:hrda', name: 'HRDA', type: 'Method' },
      score: 0.71234,
      datasets: [
        { key: 'dataset:gta5', name: 'GTA5', type: 'Dataset' },
        { key: 'dataset:cityscape', name: 'Cityscapes', type: 'Dataset' },
      ],
      tasks: [{ key: 'task:semantic segmentation', name: 'semantic segmentation', type: 'Task' }],
      cooccurrence: { weight: 0.5, papers: 1 },
      lineage: [{ type: 'EXTENDS', direction: 'in' }],
    });
    expect(related.score).toBe(0.712);
    expect(related.reason).toBe(
      'HRDA extends DAFormer; both evaluated on Cityscapes and GTA5 and address semantic segmentation.',
    );
    expect(related.reasons.map((reason) => reason.kind)).toEqual([
      'lineage',
      'shared-dataset',
      'shared-task',
      'co-occurrence',
    ]);
    expect(related.reasons[1]?.items.map((item) => item.key)).toEqual(['dataset:cityscape', 'dataset:gta5']);
  });

  it('never lists either method among the reasons, and keeps a dataset subject as its own shared item', () => {
    const subject = { key: 'method:daformer', name: 'DAFormer', type: 'Method' as const };
    const hrda = { key: 'method:hrda', name: 'HRDA', type: 'Method' };
    const row = {
      method: hrda,
      score: 0.5,
      // Rows as a graph with unexpected data could give them: the methods themselves among the shared items.
      datasets: [{ key: 'dataset:cityscape', name: 'Cityscapes', type: 'Dataset' }, hrda],
      tasks: [{ ...subject }],
      cooccurrence: null,
      lineage: [{ type: 'EXTENDS', direction: 'in' as const }],
    };
    const related = relatedMethod(subject, row);
    const listed = related.reasons.flatMap((reason) => reason.items.map((item) => item.key));
    expect(listed).toEqual(['dataset:cityscape']);
    expect(related.reasons.map((reason) => reason.kind)).toEqual(['lineage', 'shared-dataset']);
    expect(related.reason).toBe('HRDA extends DAFormer; both evaluated on Cityscapes.');

    const dataset = { key: 'dataset:cityscape', name: 'Cityscapes', type: 'Dataset' as const };
    const throughDataset = relatedMethod(dataset, { ...row, datasets: [dataset], tasks: [], lineage: [] });
    expect(throughDataset.reasons[0]?.items.map((item) => item.key)).toEqual(['dataset:cityscape']);
  });
});
