import { describe, expect, it } from 'vitest';
import type { LineageEdge, LineageNode } from '../../src/model/api';
import { familyLayout } from '../../src/app/core/time/family-layout';

const node = (key: string, firstYear: number | null, depth: number, paperCount = 1): LineageNode => ({
  key: `method:${key}`,
  name: key,
  type: 'Method',
  paperCount,
  firstYear,
  depth,
});
const edge = (from: string, to: string, papers = 1): LineageEdge => ({
  from: `method:${from}`,
  to: `method:${to}`,
  type: 'EXTENDS',
  papers,
  evidence: [],
});

const nodes = [
  node('tinybert', 2021, 1),
  node('bert', 2019, 0, 5),
  node('distilbert', 2020, 1, 2),
  node('kd', 2020, 2),
  node('minilm', 2022, 2),
  node('lost', null, 2),
];
const edges = [edge('distilbert', 'bert', 2), edge('tinybert', 'bert'), edge('minilm', 'tinybert')];

describe('familyLayout', () => {
  it('puts later first years further right, one column per year, the yearless last', () => {
    const layout = familyLayout(nodes, edges, { byYear: true });
    expect(layout.by).toBe('year');
    expect(layout.columns.map((column) => column.label)).toEqual([
      '2019',
      '2020',
      '2021',
      '2022',
      'year unknown',
    ]);
    const x = Object.fromEntries(layout.nodes.map((placed) => [placed.name, placed.x]));
    expect(x.bert).toBeLessThan(x.distilbert ?? 0);
    expect(x.distilbert).toBe(x.kd);
    expect(x.distilbert).toBeLessThan(x.tinybert ?? 0);
    expect(x.tinybert).toBeLessThan(x.minilm ?? 0);
    expect(x.minilm).toBeLessThan(x.lost ?? 0);
  });

  it('gives no two methods the same spot, nearer kin higher in a shared column', () => {
    const many = Array.from({ length: 12 }, (_, index) =>
      node(`m${index}`, 2020 + (index % 3), 1 + (index % 2)),
    );
    for (const layout of [
      familyLayout(nodes, edges, { byYear: true }),
      familyLayout(many, [], { byYear: true }),
    ]) {
      const spots = layout.nodes.map((placed) => `${placed.x},${placed.y}`);
      expect(new Set(spots).size).toBe(spots.length);
      for (const placed of layout.nodes) {
        expect(placed.x).toBeGreaterThan(0);
        expect(placed.x).toBeLessThan(layout.width);
        expect(placed.y).toBeGreaterThan(0);
        expect(placed.y).toBeLessThan(layout.height);
      }
    }
    const layout = familyLayout(nodes, edges, { byYear: true });
    const y = Object.fromEntries(layout.nodes.map((placed) => [placed.name, placed.y]));
    expect(y.distilbert).toBeLessThan(y.kd ?? 0);
  });

  it('lays the tree out by depth when the corpus has no years', () => {
    const undated = nodes.map((item) => ({ ...item, firstYear: null }));
    for (const layout of [
      familyLayout(undated, edges, { byYear: true }),
      familyLayout(nodes, edges, { byYear: false }),
    ]) {
      expect(layout.by).toBe('depth');
      expect(layout.columns.map((column) => column.label)).toEqual(['this method', '1 step', '2 steps']);
      const x = Object.fromEntries(layout.nodes.map((placed) => [placed.name, placed.x]));
      expect(x.bert).toBeLessThan(x.tinybert ?? 0);
      expect(x.tinybert).toBe(x.distilbert);
      expect(x.distilbert).toBeLessThan(x.minilm ?? 0);
    }
  });
});
