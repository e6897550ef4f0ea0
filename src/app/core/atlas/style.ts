/**
 * The visual language: one colour per kind (readable on the light and the dark background), node size
 * from paper count on a square-root scale, edge thickness from weight.
 */
import type { NodeKind } from '../../../model/api';
import type { Theme } from '../theme/store';

export const KIND_COLORS: Record<NodeKind, string> = {
  Paper: '#8a94a6',
  Method: '#4f7cff',
  Dataset: '#1fa37a',
  Benchmark: '#e0a100',
  Task: '#d9577a',
  Metric: '#9a6cf0',
  Cluster: '#3a9fbf',
};

/**
 * Cluster colours on the overview: twelve hues far apart (Tableau's 10 plus two), readable on both
 * backgrounds; clusters take them in order of size, so neighbours in the ranking never share a colour and
 * the twelve largest all differ.
 */
export const CLUSTER_PALETTE: readonly string[] = [
  '#4e79a7',
  '#f28e2b',
  '#e15759',
  '#76b7b2',
  '#59a14f',
  '#edc948',
  '#b07aa1',
  '#ff9da7',
  '#9c755f',
  '#8cd17d',
  '#499894',
  '#d37295',
];

/** The colour of the cluster ranked `index` (0 = largest). */
export function clusterColor(index: number): string {
  return CLUSTER_PALETTE[index % CLUSTER_PALETTE.length] ?? KIND_COLORS.Cluster;
}

/** The canvas background of each theme (`--canvas-bg` in app.css). */
export const CANVAS_BACKGROUND: Record<Theme, string> = { light: '#fbfbfc', dark: '#151920' };

/**
 * Edge colours per theme: the atlas's stay quiet behind many nodes; a query result's stand out from the
 * canvas at least 3:1 (WCAG's contrast for graphics), since its few edges and their arrows are the answer.
 */
export const EDGE_COLORS: Record<Theme, { atlas: string; result: string }> = {
  light: { atlas: '#cfd4dd', result: '#7d879a' },
  dark: { atlas: '#3a4354', result: '#8a97b0' },
};

export const KIND_ORDER: readonly NodeKind[] = [
  'Method',
  'Dataset',
  'Benchmark',
  'Task',
  'Metric',
  'Paper',
  'Cluster',
];

export const KIND_DESCRIPTIONS: Record<NodeKind, string> = {
  Paper: 'a paper (abstract)',
  Method: 'a method, model or technique',
  Dataset: 'a dataset',
  Benchmark: 'a benchmark',
  Task: 'a task or problem',
  Metric: 'an evaluation metric',
  Cluster: 'a cluster of related concepts',
};

/**
 * @example
 * nodeSize('Method', 1);  // 4
 * nodeSize('Method', 25); // 12.8
 */
export function nodeSize(kind: NodeKind, count: number): number {
  if (kind === 'Paper') return 3;
  const [base, scale, max] = kind === 'Cluster' ? [6, 2.6, 40] : [4, 2.2, 24];
  return Math.min(max, base + scale * (Math.sqrt(Math.max(1, count)) - 1));
}

export function edgeSize(weight: number | undefined): number {
  if (weight === undefined) return 1;
  return Math.min(6, 0.6 + Math.sqrt(Math.max(0, weight)) * 1.6);
}

/** A colour faded towards the background, for nodes and edges outside the highlighted neighbourhood. */
export function dimmed(theme: 'light' | 'dark'): { node: string; edge: string } {
  return theme === 'dark' ? { node: '#2c3342', edge: '#232a36' } : { node: '#e3e6ec', edge: '#eceef2' };
}
