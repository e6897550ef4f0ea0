/**
 * Graph payloads from the API → the one graphology graph the atlas draws. A fresh payload replaces the
 * graph and gets a first layout grouped by cluster and kind; an expansion merges in place, each new node
 * placed next to the node it hangs from, so nothing already on screen moves.
 */
import Graph from 'graphology';
import circlepack from 'graphology-layout/circlepack';
import type { ClustersResponse, GraphPayload, NodeKind, PayloadNode } from '../../../model/api';
import { clusterNodeId } from '../../../model/keys';
import { clusterColor, edgeSize, KIND_COLORS, nodeSize } from './style';

export interface NodeAttributes {
  x: number;
  y: number;
  label: string;
  kind: NodeKind;
  /** Paper count (concepts), member count (clusters). */
  count: number;
  size: number;
  color: string;
  cluster?: string;
  /** Papers: the year published. */
  year?: number;
  /** Concepts, clusters and themes: the years any of their papers was published (absent: none known). */
  years?: number[];
  /** Sigma's "fixed while a layout runs" flag is not used; `highlighted` marks the selection. */
  highlighted?: boolean;
}

export interface EdgeAttributes {
  /** Relationship type (sigma reserves `type` for the edge program). */
  relation: string;
  weight?: number;
  size: number;
  /** Absent on the atlas, whose edges take sigma's theme-dependent default colour; set on result graphs. */
  color?: string;
}

export type AtlasGraph = Graph<NodeAttributes, EdgeAttributes>;

export function createAtlasGraph(): AtlasGraph {
  return new Graph<NodeAttributes, EdgeAttributes>({ multi: true, type: 'directed', allowSelfLoops: false });
}

function nodeAttributes(node: PayloadNode, position: { x: number; y: number }): NodeAttributes {
  const attributes: NodeAttributes = {
    ...position,
    label: node.label,
    kind: node.kind,
    count: node.size,
    size: nodeSize(node.kind, node.size),
    color: KIND_COLORS[node.kind],
  };
  if (node.cluster !== undefined) attributes.cluster = node.cluster;
  if (node.year !== undefined) attributes.year = node.year;
  if (node.years !== undefined) attributes.years = node.years;
  return attributes;
}

function addEdges(graph: AtlasGraph, payload: GraphPayload, edgeColor?: string): void {
  for (const edge of payload.edges) {
    if (graph.hasEdge(edge.id) || !graph.hasNode(edge.source) || !graph.hasNode(edge.target)) continue;
    if (edge.source === edge.target) continue;
    graph.addDirectedEdgeWithKey(edge.id, edge.source, edge.target, {
      relation: edge.type,
      weight: edge.weight,
      size: edgeSize(edge.weight),
      ...(edgeColor && { color: edgeColor }),
    });
  }
}

/** Groups nodes by cluster, then kind, in packed circles: a readable picture in O(n) before any force layout. */
export function firstLayout(graph: AtlasGraph): void {
  // Nodes without a cluster group together (circlepack keys them by the missing value).
  circlepack.assign(graph, { hierarchyAttributes: ['cluster', 'kind'], scale: Math.sqrt(graph.order) * 10 });
}

/** Replaces the graph's content with the payload and lays it out. */
export function replaceGraph(graph: AtlasGraph, payload: GraphPayload, edgeColor?: string): void {
  graph.clear();
  for (const node of payload.nodes) {
    if (!graph.hasNode(node.id)) graph.addNode(node.id, nodeAttributes(node, { x: 0, y: 0 }));
  }
  addEdges(graph, payload, edgeColor);
  colourClusters(graph);
  firstLayout(graph);
}

/** Cluster nodes each get a colour of their own, the largest first (`CLUSTER_PALETTE`). */
function colourClusters(graph: AtlasGraph): void {
  const clusters = graph.filterNodes((_, attributes) => attributes.kind === 'Cluster');
  clusters.sort(
    (a, b) => graph.getNodeAttribute(b, 'count') - graph.getNodeAttribute(a, 'count') || a.localeCompare(b),
  );
  clusters.forEach((node, index) => graph.setNodeAttribute(node, 'color', clusterColor(index)));
}

/** A deterministic jitter so the same expansion lands in the same place. */
function jitter(id: string, index: number): { dx: number; dy: number } {
  let hash = 0;
  for (let i = 0; i < id.length; i += 1) hash = (hash * 31 + id.charCodeAt(i)) | 0;
  const angle = ((hash >>> 0) % 360) * (Math.PI / 180) + index * 2.399;
  const radius = 18 + (index % 7) * 6;
  return { dx: Math.cos(angle) * radius, dy: Math.sin(angle) * radius };
}

/** Merges a payload into the graph; returns the ids of the nodes it added. */
export function mergeGraph(graph: AtlasGraph, payload: GraphPayload, edgeColor?: string): string[] {
  const known = new Set(graph.nodes());
  const anchors = new Map<string, string>();
  for (const edge of payload.edges) {
    if (known.has(edge.source) && !known.has(edge.target)) anchors.set(edge.target, edge.source);
    if (known.has(edge.target) && !known.has(edge.source)) anchors.set(edge.source, edge.target);
  }
  const added: string[] = [];
  payload.nodes.forEach((node, index) => {
    if (graph.hasNode(node.id)) return;
    const anchor = anchors.get(node.id);
    const base = anchor ? graph.getNodeAttributes(anchor) : { x: 0, y: 0 };
    const { dx, dy } = jitter(node.id, index);
    graph.addNode(node.id, nodeAttributes(node, { x: base.x + dx, y: base.y + dy }));
    added.push(node.id);
  });
  addEdges(graph, payload, edgeColor);
  return added;
}

/** The overview: clusters as nodes (sized by members, labelled by their top concepts), linked by weight. */
export function clusterMapPayload(response: ClustersResponse): GraphPayload {
  const ids = new Set(response.clusters.map((cluster) => cluster.id));
  return {
    nodes: response.clusters.map((cluster) => ({
      id: clusterNodeId(cluster.id),
      kind: 'Cluster' as const,
      label: shortClusterLabel(cluster.label || cluster.top.map((concept) => concept.name).join(' · ')),
      size: cluster.size,
      cluster: cluster.id,
      ...(cluster.years ? { years: cluster.years } : {}),
    })),
    edges: response.links
      .filter((link) => ids.has(link.source) && ids.has(link.target))
      .map((link) => ({
        id: `link:${link.source}:${link.target}`,
        source: clusterNodeId(link.source),
        target: clusterNodeId(link.target),
        type: 'LINK',
        weight: link.weight,
      })),
    truncated: false,
  };
}

/** The canvas shows a cluster by its first two top concepts; the details show the whole label. */
export function shortClusterLabel(label: string): string {
  const parts = label.split(' · ');
  const short = parts.slice(0, 2).join(' · ');
  return short.length > 42 ? `${short.slice(0, 41)}…` : short;
}
