/** Rows of cypher/queries/clusters.cypher and cluster.cypher → ClustersResponse, ClusterSummary, ClusterPaper. */
import { z } from 'zod';
import type { ClusterPaper, ClusterSummary, ClustersResponse } from '../../model/api';
import { conceptRef, conceptRow, paperRef, paperRow } from './refs';

export const clusterPaperRow = paperRow.extend({ concepts: z.number() });
export type ClusterPaperRow = z.infer<typeof clusterPaperRow>;

const clusterId = z.union([z.string(), z.number()]);

export const clusterRow = z.object({
  id: clusterId,
  label: z.string().nullish(),
  size: z.number().nullish(),
  top: z.array(conceptRow.nullable()).nullish(),
});
export type ClusterRow = z.infer<typeof clusterRow>;

/** The row of cypher/queries/clusters.cypher. */
export const clustersRow = z.object({
  clusters: z.array(clusterRow),
  links: z.array(z.object({ source: clusterId, target: clusterId, weight: z.number().nullish() })),
});

export function clusterSummary(row: ClusterRow): ClusterSummary {
  return {
    id: String(row.id),
    label: row.label ?? String(row.id),
    size: row.size ?? 0,
    top: (row.top ?? []).flatMap((concept) => (concept ? [conceptRef(concept)] : [])),
  };
}

export function clustersResponse(row: z.infer<typeof clustersRow>): ClustersResponse {
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
