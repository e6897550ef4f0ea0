import { describe, expect, it } from 'vitest';
import { GraphPayloadBuilder, payloadNode } from '../../../src/server/views/graph-payload';

const node = (id: string, labels: string[], properties: Record<string, unknown>) => ({
  kind: 'node' as const,
  id,
  labels,
  properties,
});
const rel = (
  id: string,
  type: string,
  start: string,
  end: string,
  properties: Record<string, unknown> = {},
) => ({
  kind: 'relationship' as const,
  id,
  type,
  start,
  end,
  properties,
});

const daformer = node('n1', ['Concept', 'Method'], {
  key: 'method:daformer',
  name: 'DAFormer',
  paperCount: 2,
  cluster: '1',
});
const hrda = node('n2', ['Concept', 'Method'], { key: 'method:hrda', name: 'HRDA', paperCount: 1 });
const paper = node('n3', ['Paper'], { id: '2204.13132', title: 'HRDA', year: 2022 });
const cluster = node('n4', ['Cluster'], { id: 7, label: 'segmentation', size: 15 });

describe('graph payload', () => {
  it('gives nodes the payload ids of src/model/keys.ts', () => {
    expect(payloadNode(daformer)).toEqual({
      id: 'method:daformer',
      kind: 'Method',
      label: 'DAFormer',
      size: 2,
      cluster: '1',
    });
    expect(payloadNode(paper)).toEqual({
      id: 'paper:2204.13132',
      kind: 'Paper',
      label: 'HRDA',
      size: 1,
      year: 2022,
    });
    expect(payloadNode(cluster)).toEqual({
      id: 'cluster:7',
      kind: 'Cluster',
      label: 'segmentation',
      size: 15,
    });
    expect(payloadNode(node('n5', ['Other'], { name: 'x' }))).toBeUndefined();
  });

  it('finds graph values anywhere: paths, lists, maps', () => {
    const rows = [
      { p: { kind: 'path', nodes: [hrda, daformer], relationships: [rel('r1', 'EXTENDS', 'n2', 'n1')] } },
      { nested: { list: [[paper]], m: { r: rel('r2', 'PROPOSES', 'n3', 'n2') } } },
    ];
    const graph = new GraphPayloadBuilder(10).add(rows).build();
    expect(graph.nodes.map((n) => n.id).sort()).toEqual([
      'method:daformer',
      'method:hrda',
      'paper:2204.13132',
    ]);
    expect(graph.edges).toEqual([
      {
        id: 'method:hrda-EXTENDS->method:daformer',
        source: 'method:hrda',
        target: 'method:daformer',
        type: 'EXTENDS',
      },
      {
        id: 'paper:2204.13132-PROPOSES->method:hrda',
        source: 'paper:2204.13132',
        target: 'method:hrda',
        type: 'PROPOSES',
      },
    ]);
    expect(graph.truncated).toBe(false);
  });

  it('merges parallel relationships of one type, counting them or keeping their weight', () => {
    const graph = new GraphPayloadBuilder(10)
      .add([hrda, daformer])
      .add([
        rel('r1', 'EXTENDS', 'n2', 'n1'),
        rel('r2', 'EXTENDS', 'n2', 'n1'),
        rel('r3', 'CO_OCCURS', 'n1', 'n2', { weight: 0.5 }),
      ])
      .build();
    expect(graph.edges).toEqual([
      expect.objectContaining({ id: 'method:hrda-EXTENDS->method:daformer', weight: 2 }),
      expect.objectContaining({ id: 'method:daformer-CO_OCCURS->method:hrda', weight: 0.5 }),
    ]);
  });

  it('names relationship ends it has not seen, and draws the edge once they are added', () => {
    const builder = new GraphPayloadBuilder(10).add([rel('r1', 'EXTENDS', 'n2', 'n1')]);
    expect(builder.missingNodeIds().sort()).toEqual(['n1', 'n2']);
    expect(builder.build().edges).toEqual([]);
    builder.add([hrda, daformer]);
    expect(builder.missingNodeIds()).toEqual([]);
    expect(builder.build().edges).toHaveLength(1);
  });

  it('stops at the node cap and says so', () => {
    const graph = new GraphPayloadBuilder(2)
      .add([daformer, hrda, paper, rel('r2', 'PROPOSES', 'n3', 'n2')])
      .build();
    expect(graph.nodes).toHaveLength(2);
    expect(graph.edges).toEqual([]);
    expect(graph).toMatchObject({ truncated: true, limit: 2 });
  });

  it('does not take a map that only looks like a node for one', () => {
    const graph = new GraphPayloadBuilder(5).add([{ kind: 'node', id: 'x', labels: 'Paper' }]).build();
    expect(graph.nodes).toEqual([]);
  });
});
