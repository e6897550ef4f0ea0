/**
 * Rows of cypher/queries/clusters.cypher, theme.cypher and cluster.cypher → ClustersResponse, ClusterSummary,
 * ClusterPaper.
 */
import type { ClusterPaper, ClusterSummary, ClustersResponse, ThemeRef } from '../../model/api';
import { conceptRef, paperRef, type ConceptRow, type PaperRow } from './refs';

export type ClusterPaperRow = PaperRow & { concepts: number };

export interface ClusterRow {
  id: string | number;
  label?: string | null;
  size?: number | null;
  top?: Array<ConceptRow | null> | null;
  /** Themes only. */
  level?: number | null;
  children?: number | null;
}

export interface ThemeRow {
  id: string;
  label?: string | null;
  level?: number | null;
}

export function clusterSummary(row: ClusterRow): ClusterSummary {
  return {
    id: String(row.id),
    label: row.label ?? String(row.id),
    size: row.size ?? 0,
    top: (row.top ?? []).flatMap((concept) => (concept ? [conceptRef(concept)] : [])),
    ...(typeof row.level === 'number' ? { level: row.level, children: row.children ?? 0 } : {}),
  };
}

export function themePath(rows: readonly ThemeRow[] | null | undefined): ThemeRef[] {
  return (rows ?? []).map((row) => ({ id: row.id, label: row.label ?? row.id, level: row.level ?? 1 }));
}

export function clustersResponse(row: {
  clusters: ClusterRow[];
  links: Array<{ source: string | number; target: string | number; weight?: number | null }>;
  path?: ThemeRow[] | null;
}): ClustersResponse {
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
