import { describe, expect, it } from 'vitest';
import { listNames, relatedMethod } from '../../../src/server/views/related';

describe('related methods', () => {
  it('lists names in order, shortening long lists', () => {
    expect(listNames([{ name: 'GTA5' }, { name: 'Cityscapes' }])).toBe('Cityscapes and GTA5');
    expect(listNames([{ name: 'a' }, { name: 'b' }, { name: 'c' }, { name: 'd' }, { name: 'e' }])).toBe(
      'a, b, c and 2 more',
    );
    expect(listNames([{ name: 'one' }])).toBe('one');
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
      'HRDA extends DAFormer; both evaluated on Cityscapes and GTA5; both address semantic segmentation; mentioned together in 1 paper.',
    );
    expect(related.reasons.map((reason) => reason.kind)).toEqual([
      'lineage',
      'shared-dataset',
      'shared-task',
      'co-occurrence',
    ]);
    expect(related.reasons[1]?.items.map((item) => item.key)).toEqual(['dataset:gta5', 'dataset:cityscape']);
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
