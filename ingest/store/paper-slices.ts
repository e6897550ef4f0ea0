/**
 * The knowledge graph cut into papers: each paper with every edge it states and the concepts those edges
 * reach. A slice is the unit the writer commits — a batch of whole slices is one transaction.
 */
import type {
  KnowledgeGraph,
  LineageRecord,
  MentionRecord,
  PaperRecord,
  ResultRecord,
} from '../../src/model/graph';
import { contentHash, graphHash } from './hashes';

export interface PaperSlice {
  paper: PaperRecord;
  mentions: MentionRecord[];
  lineage: LineageRecord[];
  results: ResultRecord[];
  contentHash: string;
  graphHash: string;
}

/** `fingerprint` names the extractor that produced the graph (see `contentHash`). */
export function paperSlices(graph: KnowledgeGraph, fingerprint: string): PaperSlice[] {
  const group = <T extends { paperId: string }>(items: T[]) => {
    const groups = new Map<string, T[]>();
    for (const item of items) {
      const list = groups.get(item.paperId);
      if (list) list.push(item);
      else groups.set(item.paperId, [item]);
    }
    return groups;
  };
  const mentions = group(graph.mentions);
  const lineage = group(graph.lineage);
  const results = group(graph.results);
  return graph.papers.map((paper) => {
    const slice = {
      paper,
      mentions: mentions.get(paper.id) ?? [],
      lineage: lineage.get(paper.id) ?? [],
      results: results.get(paper.id) ?? [],
    };
    return { ...slice, contentHash: contentHash(paper, fingerprint), graphHash: graphHash(slice) };
  });
}

/** The concept keys a set of slices reaches (mentions, lineage ends, result targets and methods). */
export function conceptKeysOf(slices: readonly PaperSlice[]): Set<string> {
  const keys = new Set<string>();
  for (const slice of slices) {
    for (const mention of slice.mentions) keys.add(mention.conceptKey);
    for (const edge of slice.lineage) keys.add(edge.from).add(edge.to);
    for (const result of slice.results) {
      keys.add(result.target);
      if (result.method) keys.add(result.method);
    }
  }
  return keys;
}
