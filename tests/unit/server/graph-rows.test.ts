import { describe, expect, it } from 'vitest';
import { payloadNode } from '../../../src/server/views/graph-payload';
import { graphFromRows, rowNode, type EdgeRow, type NodeRow } from '../../../src/server/views/graph-rows';

const daformer: NodeRow = ['method:daformer', null, 'Method', 'DAFormer', 2, null, 1];
const hrda: NodeRow = ['method:hrda', null, 'Method', 'HRDA', null, null, null];
const paper: NodeRow = [null, '2204.13132', null, 'HRDA: Context-Aware', null, 2022, null];
const untitled: NodeRow = [null, '2105.1', null, null, null, null, null];

const edge = (
  start: NodeRow,
  type: string,
  end: NodeRow,
  count = 1,
  weight: number | null = null,
): EdgeRow => [start[0], start[1], type, end[0], end[1], count, weight];

describe('graph payload from compact rows', () => {
  it('gives a concept the years of its papers, from a row as from a graph value, and none when unknown', () => {
    const dated: NodeRow = ['method:bert', null, 'Method', 'BERT', 4, null, null, [2019, 2020, 2021]];
    expect(rowNode(dated)).toMatchObject({ id: 'method:bert', years: [2019, 2020, 2021] });
    const value = {
      kind: 'node' as const,
      id: '4:x:2',
      labels: ['Concept', 'Method'],
      properties: {
        key: 'method:bert',
        type: 'Method',
        name: 'BERT',
        paperCount: 4,
        years: [2019, 2020, 2021],
      },
    };
    expect(rowNode(dated)).toEqual(payloadNode(value));
    expect(rowNode(['method:x', null, 'Method', 'X', 1, null, null, []])).not.toHaveProperty('years');
    expect(rowNode(['method:x', null, 'Method', 'X', 1, null, null, null])).not.toHaveProperty('years');
  });

  it('gives the payload node the same node as a graph value gives', () => {
    const value = {
      kind: 'node' as const,
      id: '4:x:1',
      labels: ['Concept', 'Method'],
      properties: { key: 'method:daformer', type: 'Method', name: 'DAFormer', paperCount: 2, cluster: 1 },
    };
    expect(rowNode(daformer)).toEqual(payloadNode(value));
    expect(rowNode(daformer)).toMatchObject({ id: 'method:daformer', size: 2, cluster: '1' });
    expect(rowNode(hrda)).toEqual({ id: 'method:hrda', kind: 'Method', label: 'HRDA', size: 1 });
    expect(rowNode(paper)).toEqual({
      id: 'paper:2204.13132',
      kind: 'Paper',
      label: 'HRDA: Context-Aware',
      size: 1,
      year: 2022,
    });
    expect(rowNode(untitled)).toEqual({ id: 'paper:2105.1', kind: 'Paper', label: '2105.1', size: 1 });
  });

  it('leaves out rows that are neither a typed concept nor a paper', () => {
    expect(rowNode(['method:x', null, 'Gadget', 'X', 1, null, null])).toBeUndefined();
    expect(rowNode([null, null, null, 'nothing', null, null, null])).toBeUndefined();
  });

  it('weighs an edge by its weight, else by how many relationships it stands for when more than one', () => {
    const graph = graphFromRows(
      [daformer, hrda, paper],
      [
        edge(hrda, 'EXTENDS', daformer, 2),
        edge(daformer, 'CO_OCCURS', hrda, 1, 0.5),
        edge(paper, 'PROPOSES', hrda),
      ],
      { limit: 10, truncated: false },
    );
    expect(graph).toEqual({
      nodes: [rowNode(daformer), rowNode(hrda), rowNode(paper)],
      edges: [
        {
          id: 'method:hrda-EXTENDS->method:daformer',
          source: 'method:hrda',
          target: 'method:daformer',
          type: 'EXTENDS',
          weight: 2,
        },
        {
          id: 'method:daformer-CO_OCCURS->method:hrda',
          source: 'method:daformer',
          target: 'method:hrda',
          type: 'CO_OCCURS',
          weight: 0.5,
        },
        {
          id: 'paper:2204.13132-PROPOSES->method:hrda',
          source: 'paper:2204.13132',
          target: 'method:hrda',
          type: 'PROPOSES',
        },
      ],
      truncated: false,
      limit: 10,
    });
  });

  it('keeps the truncation the query reports', () => {
    expect(graphFromRows([hrda], [], { limit: 10, truncated: true }).truncated).toBe(true);
  });

  it('stops at the limit, says so, and drops edges to nodes left out or never given', () => {
    const graph = graphFromRows(
      [daformer, daformer, hrda, paper],
      [edge(paper, 'PROPOSES', hrda), edge(hrda, 'EXTENDS', daformer), edge(hrda, 'USES', untitled)],
      { limit: 2, truncated: false },
    );
    expect(graph.nodes.map((node) => node.id)).toEqual(['method:daformer', 'method:hrda']);
    expect(graph.edges.map((edge) => edge.id)).toEqual(['method:hrda-EXTENDS->method:daformer']);
    expect(graph).toMatchObject({ truncated: true, limit: 2 });
  });
});
