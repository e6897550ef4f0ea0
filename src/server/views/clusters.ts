/** Rows of cypher/queries/clusters.cypher and cluster.cypher → ClustersResponse and ClusterSummary. */
import type { ClusterSummary, ClustersResponse } from '../../model/api';
import { conceptRef, type ConceptRow } from './refs';

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
