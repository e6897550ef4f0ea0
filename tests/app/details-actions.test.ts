/** Loading the details panel's sections: each settles into the panel it was asked for, or not at all. */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Api } from '../../src/app/api/client';
import { clusterSummaries } from '../../src/app/core/atlas/store';
import { loadDetails } from '../../src/app/core/details/actions';
import { detailsStore } from '../../src/app/core/details/store';
import type { ClusterSummary, ConceptDetails, RelatedMethod } from '../../src/model/api';
import { clusterNodeId } from '../../src/model/keys';

const concept = (key: string): ConceptDetails => ({
  key,
  type: 'Method',
  name: key.slice('method:'.length),
  aliases: [],
  paperCount: 1,
  papers: [],
  paperTotal: 0,
  results: [],
  resultTotal: 0,
  lineage: [],
});

const related: RelatedMethod[] = [
  { key: 'method:hrda', name: 'HRDA', score: 0.5, reasons: [] } as unknown as RelatedMethod,
];

/** A client whose answers the test settles by hand. */
function client(overrides: Partial<Record<keyof Api, unknown>>): Api {
  return {
    timeline: async () => Promise.reject(new Error('timeline: not in this fake')),
    ...overrides,
  } as unknown as Api;
}

const shown = () => detailsStore.get();

beforeEach(() => {
  detailsStore.set({ details: { status: 'idle' } });
  clusterSummaries.set(new Map());
});

describe('details sections', () => {
  it("fills a method's related methods, or the error they failed with", async () => {
    await loadDetails(
      'method:daformer',
      client({
        concept: async (key: string) => concept(key),
        related: async () => ({ related }),
      }),
    );
    const ready = shown().details;
    expect(ready.status === 'ready' && ready.data.kind === 'concept' && ready.data.related).toEqual({
      status: 'ready',
      data: related,
    });

    await loadDetails(
      'method:segformer',
      client({
        concept: async (key: string) => concept(key),
        related: async () => Promise.reject(new Error('related: 503')),
      }),
    );
    const failed = shown().details;
    expect(failed.status === 'ready' && failed.data.kind === 'concept' && failed.data.related).toMatchObject({
      status: 'error',
      error: { message: 'related: 503' },
    });
  });

  it('drops a section that answers after the selection moved on', async () => {
    let answer: (value: { related: RelatedMethod[] }) => void = () => undefined;
    const pending = loadDetails(
      'method:daformer',
      client({
        concept: async (key: string) => concept(key),
        related: () => new Promise((resolve) => (answer = resolve)),
      }),
    );
    await new Promise((resolve) => setTimeout(resolve, 0));
    const other = {
      nodeId: 'method:other',
      details: {
        status: 'ready' as const,
        data: {
          kind: 'concept' as const,
          concept: concept('method:other'),
          related: { status: 'loading' as const },
        },
      },
    };
    detailsStore.set(other);
    answer({ related });
    await pending;
    expect(shown()).toEqual(other);
  });

  it("fills a cluster's papers from its details, or their error, while the summary shows at once", async () => {
    const summary = { id: 'method:bert', label: 'BERT', size: 7, top: [] } as unknown as ClusterSummary;
    clusterSummaries.set(new Map([[summary.id, summary]]));
    await loadDetails(
      clusterNodeId(summary.id),
      client({ cluster: async () => ({ ...summary, papers: [], paperTotal: 3 }) }),
    );
    const ready = shown().details;
    expect(ready.status === 'ready' && ready.data.kind === 'cluster' && ready.data.papers).toEqual({
      status: 'ready',
      data: { papers: [], total: 3 },
    });

    await loadDetails(
      clusterNodeId(summary.id),
      client({ cluster: async () => Promise.reject(new Error('cluster: 500')) }),
      { force: true },
    );
    const failed = shown().details;
    expect(failed.status === 'ready' && failed.data.kind === 'cluster' && failed.data.cluster).toBe(summary);
    expect(failed.status === 'ready' && failed.data.kind === 'cluster' && failed.data.papers).toMatchObject({
      status: 'error',
      error: { message: 'cluster: 500' },
    });
  });
});
