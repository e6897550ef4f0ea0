/** The row of cypher/queries/concept.cypher → ConceptDetails. */
import type { ConceptDetails, LineageView } from '../../model/api';
import { isLineageType, type MentionType, type MethodRole } from '../../model/concepts';
import { evidenceViews, mentionView, type AbstractStretch, type MentionEvidenceRow } from './evidence';
import { conceptRef, paperRef, type ConceptRow, type PaperRow } from './refs';
import { resultView, type ResultRow } from './results';

export interface ConceptDetailsRow {
  concept: ConceptRow & { aliases?: string[] | null; paperCount?: number | null };
  cluster: { id: string | number; label?: string | null } | null;
  papers: Array<{
    paper: PaperRow;
    relation: MentionType;
    role?: MethodRole | null;
    evidence: MentionEvidenceRow;
    /** Per evidence, the stretch of the abstract around the mention (see concept.cypher). */
    around: Array<AbstractStretch | null>;
  }>;
  paperTotal: number;
  results: Array<ResultRow & { paper: PaperRow }>;
  lineage: Array<{
    type: string;
    direction: 'out' | 'in';
    other: ConceptRow;
    paper: PaperRow | null;
    sentence: string;
  }>;
}

export function conceptDetails(row: ConceptDetailsRow): ConceptDetails {
  const lineage: LineageView[] = row.lineage.flatMap((item) => {
    if (!isLineageType(item.type)) return [];
    // A lineage whose paper is not in the graph keeps its sentence but gets no paper (no link to nothing).
    return [
      {
        type: item.type,
        direction: item.direction,
        other: conceptRef(item.other),
        ...(item.paper ? { paper: paperRef(item.paper) } : {}),
        sentence: item.sentence,
      },
    ];
  });
  return {
    ...conceptRef(row.concept),
    aliases: row.concept.aliases ?? [],
    paperCount: row.concept.paperCount ?? row.papers.length,
    ...(row.cluster
      ? { cluster: { id: String(row.cluster.id), label: row.cluster.label ?? String(row.cluster.id) } }
      : {}),
    papers: row.papers.map((item) =>
      mentionView(paperRef(item.paper), item, evidenceViews(item.around, item.evidence, item.paper.title)),
    ),
    paperTotal: row.paperTotal,
    results: row.results.map((result) => resultView(result, paperRef(result.paper))),
    lineage,
  };
}
