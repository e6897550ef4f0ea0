/** The row of cypher/queries/paper.cypher → PaperDetails. */
import { PROVENANCE_FIELDS, type Provenance } from '../../model/abstract';
import type { PaperDetails } from '../../model/api';
import { isLineageType, type MentionType, type MethodRole } from '../../model/concepts';
import { evidenceViews, mentionView, type MentionEvidenceRow } from './evidence';
import { conceptRef, paperRef, present, type ConceptRow, type PaperRow } from './refs';
import { resultView, type ResultRow } from './results';

export interface PaperDetailsRow {
  paper: PaperRow & { abstract: string; url?: string | null } & {
    [field in (typeof PROVENANCE_FIELDS)[number]]?: string | null;
  };
  entities: Array<{
    concept: ConceptRow;
    relation: MentionType;
    role?: MethodRole | null;
    evidence: MentionEvidenceRow;
  }>;
  results: ResultRow[];
  lineage: Array<{ type: string; from: ConceptRow; to: ConceptRow; sentence: string }>;
}

export function paperDetails(row: PaperDetailsRow): PaperDetails {
  const ref = paperRef(row.paper);
  const url = present(row.paper.url);
  const provenance: Provenance = {};
  for (const field of PROVENANCE_FIELDS) {
    const value = present(row.paper[field]);
    if (value) provenance[field] = value;
  }
  return {
    ...ref,
    abstract: row.paper.abstract,
    ...(url ? { url } : {}),
    ...provenance,
    entities: row.entities.map((entity) =>
      mentionView(
        conceptRef(entity.concept),
        entity,
        evidenceViews(row.paper.abstract, entity.evidence, row.paper.title),
      ),
    ),
    results: row.results.map((result) => resultView(result, ref)),
    lineage: row.lineage.flatMap((item) =>
      isLineageType(item.type)
        ? [{ type: item.type, from: conceptRef(item.from), to: conceptRef(item.to), sentence: item.sentence }]
        : [],
    ),
  };
}
