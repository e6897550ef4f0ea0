/**
 * Synthetic graph payloads for the UI benchmark and the large-graph browser test, seeded so every run
 * draws the same ones: half papers, half concepts, in clusters of ~250, ~2 edges per node, mostly inside
 * a cluster.
 */
import { seededRandom } from '../../../ingest/derive/rng';
import type { GraphPayload, NodeKind, PayloadEdge, PayloadNode } from '../../../src/model/api';

const CONCEPT_KINDS: NodeKind[] = ['Method', 'Dataset', 'Benchmark', 'Task', 'Metric'];

/** Half papers, half concepts, in clusters of ~250; ~2 edges per node, mostly inside a cluster. */
export function syntheticPayload(order: number, seed = 42): GraphPayload {
  const next = seededRandom(seed);
  const clusters = Math.max(1, Math.round(order / 250));
  const nodes: PayloadNode[] = [];
  for (let i = 0; i < order; i += 1) {
    const cluster = String(Math.floor((i / order) * clusters));
    if (i % 2 === 0) {
      nodes.push({
        id: `paper:${i}`,
        kind: 'Paper',
        label: `Paper ${i}`,
        size: 1,
        cluster,
        year: 2010 + (i % 15),
      });
    } else {
      const kind = CONCEPT_KINDS[Math.floor(next() * CONCEPT_KINDS.length)] ?? 'Method';
      nodes.push({
        id: `${kind.toLowerCase()}:c${i}`,
        kind,
        label: `${kind} ${i}`,
        size: 1 + Math.floor(next() ** 3 * 60),
        cluster,
      });
    }
  }
  const edges: PayloadEdge[] = [];
  const byCluster = new Map<string, string[]>();
  for (const node of nodes) {
    const members = byCluster.get(node.cluster ?? '0') ?? [];
    members.push(node.id);
    byCluster.set(node.cluster ?? '0', members);
  }
  const allIds = nodes.map((node) => node.id);
  nodes.forEach((node, index) => {
    if (node.kind !== 'Paper') return;
    const members = byCluster.get(node.cluster ?? '0') ?? [];
    for (let k = 0; k < 4; k += 1) {
      const pool = next() < 0.9 ? members : allIds;
      const target = pool[Math.floor(next() * pool.length)];
      if (!target || target === node.id || target.startsWith('paper:')) continue;
      edges.push({ id: `e${index}-${k}`, source: node.id, target, type: 'USES' });
    }
  });
  return { nodes, edges, truncated: false };
}
