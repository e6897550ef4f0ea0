/** The row of cypher/queries/paper.cypher → PaperDetails. */
import { PROVENANCE_FIELDS, type Provenance } from '../../model/abstract';
import { z } from 'zod';
import type { PaperDetails } from '../../model/api';
import { isLineageType, MENTION_TYPES, METHOD_ROLES } from '../../model/concepts';
import { evidenceViews, mentionEvidenceRow, mentionView } from './evidence';
import { conceptRef, conceptRow, paperRef, paperRow, present } from './refs';
import { resultRow, resultView } from './results';

const provenance = z.string().nullish();

export const paperDetailsRow = z.object({
  paper: paperRow.extend({
    abstract: z.string(),
    url: z.string().nullish(),
    doi: provenance,
    arxivId: provenance,
    openalexId: provenance,
    s2Id: provenance,
    origin: provenance,
  } satisfies Record<(typeof PROVENANCE_FIELDS)[number] | 'abstract' | 'url', z.ZodType>),
  entities: z.array(
    z.object({
      concept: conceptRow,
      relation: z.enum(MENTION_TYPES),
      role: z.enum(METHOD_ROLES).nullish(),
      evidence: mentionEvidenceRow,
    }),
  ),
  results: z.array(resultRow),
  lineage: z.array(z.object({ type: z.string(), from: conceptRow, to: conceptRow, sentence: z.string() })),
});
export type PaperDetailsRow = z.infer<typeof paperDetailsRow>;

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
