/**
 * Rows of cypher/queries/clusters.cypher, theme.cypher and cluster.cypher → ClustersResponse, ClusterSummary,
 * ClusterPaper.
 */
import { z } from 'zod';
import type { ClusterPaper, ClusterSummary, ClustersResponse, ThemeRef } from '../../model/api';
import { conceptRef, conceptRow, paperRef, paperRow } from './refs';

export const clusterPaperRow = paperRow.extend({ concepts: z.number() });
export type ClusterPaperRow = z.infer<typeof clusterPaperRow>;

const clusterId = z.union([z.string(), z.number()]);

export const clusterRow = z.object({
  id: clusterId,
  label: z.string().nullish(),
  size: z.number().nullish(),
  top: z.array(conceptRow.nullable()).nullish(),
  /** Themes only. */
  level: z.number().nullish(),
  children: z.number().nullish(),
  /** The years its papers were published in, ascending (stored by derive; absent before it ran). */
  years: z.array(z.number()).nullish(),
});
export type ClusterRow = z.infer<typeof clusterRow>;

export const themeRow = z.object({
  id: z.string(),
  label: z.string().nullish(),
  level: z.number().nullish(),
});
export type ThemeRow = z.infer<typeof themeRow>;

/** The row of cypher/queries/clusters.cypher and theme.cypher: a level of the map, and the themes above it. */
export const clustersRow = z.object({
  clusters: z.array(clusterRow),
  links: z.array(z.object({ source: clusterId, target: clusterId, weight: z.number().nullish() })),
  path: z.array(themeRow).nullish(),
});

export function clusterSummary(row: ClusterRow): ClusterSummary {
  return {
    id: String(row.id),
    label: row.label ?? String(row.id),
    size: row.size ?? 0,
    top: (row.top ?? []).flatMap((concept) => (concept ? [conceptRef(concept)] : [])),
    ...(typeof row.level === 'number' ? { level: row.level, children: row.children ?? 0 } : {}),
    ...(row.years && row.years.length > 0 ? { years: row.years } : {}),
  };
}

export function themePath(rows: readonly ThemeRow[] | null | undefined): ThemeRef[] {
  return (rows ?? []).map((row) => ({ id: row.id, label: row.label ?? row.id, level: row.level ?? 1 }));
}

export function clustersResponse(row: z.infer<typeof clustersRow>): ClustersResponse {
  return {
    clusters: row.clusters.map(clusterSummary),
    links: row.links.map((link) => ({
      source: String(link.source),
      target: String(link.target),
      weight: link.weight ?? 0,
    })),
    path: themePath(row.path),
  };
}

export function clusterPaper(row: ClusterPaperRow): ClusterPaper {
  return { ...paperRef(row), concepts: row.concepts };
}
