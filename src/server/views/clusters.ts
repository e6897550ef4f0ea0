/** Rows of cypher/queries/clusters.cypher and cluster.cypher → ClustersResponse, ClusterSummary, ClusterPaper. */
import type { ClusterPaper, ClusterSummary, ClustersResponse } from '../../model/api';
import { conceptRef, paperRef, type ConceptRow, type PaperRow } from './refs';

export type ClusterPaperRow = PaperRow & { concepts: number };

export interface ClusterRow {
  id: string | number;
  label?: string | null;
  size?: number | null;
  top?: Array<ConceptRow | null> | null;
}

export function clusterSummary(row: ClusterRow): ClusterSummary {
  return {
    id: String(row.id),
    label: row.label ?? String(row.id),
    size: row.size ?? 0,
    top: (row.top ?? []).flatMap((concept) => (concept ? [conceptRef(concept)] : [])),
  };
}

export function clustersResponse(row: {
  clusters: ClusterRow[];
  links: Array<{ source: string | number; target: string | number; weight?: number | null }>;
}): ClustersResponse {
  return {
    clusters: row.clusters.map(clusterSummary),
    links: row.links.map((link) => ({
      source: String(link.source),
      target: String(link.target),
      weight: link.weight ?? 0,
    })),
  };
}

export function clusterPaper(row: ClusterPaperRow): ClusterPaper {
  return { ...paperRef(row), concepts: row.concepts };
}
