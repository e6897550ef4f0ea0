/**
 * Ranking of search hits from the two full-text indexes and the key-prefix lookup. Lucene's score is the
 * base; a concept whose name or alias equals what was typed gets +10, one that starts with it +5, and
 * concepts mentioned by more papers a little more (0.5 · ln(1 + papers)); a paper whose title starts with
 * the text gets +3. Concepts come before papers on equal scores.
 */
import type { SearchHit } from '../../model/api';
import { canonicalName } from '../../model/keys';
import { paperNodeId } from '../../model/keys';
import { conceptType } from '../views/refs';

export interface ConceptHitRow {
  key: string;
  name: string;
  type: string;
  aliases?: string[] | null;
  paperCount?: number | null;
  score: number;
}

export interface PaperHitRow {
  id: string;
  title: string;
  year?: number | null;
  score: number;
}

const round = (value: number) => Math.round(value * 1000) / 1000;

export function conceptHit(query: string, row: ConceptHitRow): SearchHit {
  const typed = canonicalName(query);
  const names = [row.name, ...(row.aliases ?? [])].map(canonicalName);
  const bonus = names.includes(typed) ? 10 : names.some((name) => name.startsWith(typed)) ? 5 : 0;
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

/** Best first; concepts before papers on equal scores; then by label. */
export function rankHits(hits: SearchHit[], limit: number): SearchHit[] {
  return [...hits]
    .sort(
      (a, b) =>
        b.score - a.score ||
        Number(a.kind === 'Paper') - Number(b.kind === 'Paper') ||
        a.label.localeCompare(b.label),
    )
    .slice(0, limit);
}
