/**
 * Ranking of search hits from the two full-text indexes and the key-prefix lookup. Lucene's score is the
 * base; a concept whose name or alias equals what was typed gets +10, one that starts with it +5, one a
 * typo or two away from it (as Lucene's fuzzy match allows: "dafomer") +4, and
 * concepts mentioned by more papers a little more (0.5 · ln(1 + papers)); a paper whose title starts with
 * the text gets +3. A cluster whose label holds every word scores 6 (+5 when its label starts with the text)
 * plus 0.5 · ln(1 + members), so it lists among the concepts that name it. Concepts come before papers on
 * equal scores.
 */
import { z } from 'zod';
import type { SearchHit } from '../../model/api';
import { canonicalName } from '../../model/keys';
import { clusterNodeId, paperNodeId } from '../../model/keys';
import { conceptType } from '../views/refs';
import { typoEdits } from './lucene';

/** A row of cypher/queries/search-concepts.cypher. */
export const conceptHitRow = z.object({
  key: z.string(),
  name: z.string(),
  type: z.string(),
  aliases: z.array(z.string()).nullish(),
  paperCount: z.number().nullish(),
  score: z.number(),
});
export type ConceptHitRow = z.infer<typeof conceptHitRow>;

/** A row of cypher/queries/search-papers.cypher. */
export const paperHitRow = z.object({
  id: z.string(),
  title: z.string(),
  year: z.number().nullish(),
  score: z.number(),
});
export type PaperHitRow = z.infer<typeof paperHitRow>;

/** A row of cypher/queries/search-clusters.cypher. */
export const clusterHitRow = z.object({
  id: z.union([z.string(), z.number()]),
  label: z.string().nullish(),
  size: z.number().nullish(),
});
export type ClusterHitRow = z.infer<typeof clusterHitRow>;

const round = (value: number) => Math.round(value * 1000) / 1000;

export function conceptHit(query: string, row: ConceptHitRow): SearchHit {
  const typed = canonicalName(query);
  const names = [row.name, ...(row.aliases ?? [])].map(canonicalName);
  const edits = typoEdits(typed);
  const bonus = names.includes(typed)
    ? 10
    : names.some((name) => name.startsWith(typed))
      ? 5
      : edits > 0 && names.some((name) => withinEdits(typed, name, edits))
        ? 4
        : 0;
  const papers = row.paperCount ?? 0;
  return {
    id: row.key,
    kind: conceptType(row),
    label: row.name,
    key: row.key,
    score: round(row.score + bonus + 0.5 * Math.log1p(papers)),
    paperCount: papers,
  };
}

export function paperHit(query: string, row: PaperHitRow): SearchHit {
  const startsWith = row.title.toLowerCase().startsWith(query.trim().toLowerCase());
  return {
    id: paperNodeId(row.id),
    kind: 'Paper',
    label: row.title,
    key: row.id,
    score: round(row.score + (startsWith ? 3 : 0)),
    ...(typeof row.year === 'number' ? { year: row.year } : {}),
  };
}

export function clusterHit(query: string, row: ClusterHitRow): SearchHit {
  const id = String(row.id);
  const label = row.label ?? id;
  const startsWith = canonicalName(label).startsWith(canonicalName(query));
  const size = row.size ?? 0;
  return {
    id: clusterNodeId(id),
    kind: 'Cluster',
    label,
    key: id,
    score: round(6 + (startsWith ? 5 : 0) + 0.5 * Math.log1p(size)),
  };
}

/**
 * Whether `a` and `b` are at most `most` edits apart (Levenshtein), in O(|a| · |b|) at worst.
 *
 * @example
 * withinEdits('dafomer', 'daformer', 1); // true
 */
export function withinEdits(a: string, b: string, most: number): boolean {
  if (Math.abs(a.length - b.length) > most) return false;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > most) return false;
    previous = current;
  }
  return (previous[b.length] ?? Number.POSITIVE_INFINITY) <= most;
}

/** Clusters kept among the hits, when any matched, even below the other hits' scores. */
export const CLUSTER_HITS = 2;

/**
 * Best first; concepts before papers on equal scores; then by label. Up to CLUSTER_HITS matching clusters
 * always make the list (taking the last places when they rank lower), so a theme is found next to the
 * concepts and papers that name it.
 */
export function rankHits(hits: SearchHit[], limit: number): SearchHit[] {
  const ranked = [...hits].sort(
    (a, b) =>
      b.score - a.score ||
      Number(a.kind === 'Paper') - Number(b.kind === 'Paper') ||
      a.label.localeCompare(b.label),
  );
  const top = ranked.slice(0, limit);
  const clusters = ranked.filter((hit) => hit.kind === 'Cluster').slice(0, Math.min(CLUSTER_HITS, limit));
  const missing = clusters.filter((hit) => !top.includes(hit));
  if (missing.length === 0) return top;
  const others = top.filter((hit) => hit.kind !== 'Cluster');
  const kept = new Set([...others.slice(0, limit - clusters.length), ...clusters]);
  return ranked.filter((hit) => kept.has(hit));
}
