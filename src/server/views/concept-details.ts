/** The row of cypher/queries/concept.cypher → ConceptDetails. */
import { z } from 'zod';
import type { ConceptDetails, LineageView } from '../../model/api';
import { isLineageType, MENTION_TYPES, METHOD_ROLES } from '../../model/concepts';
import { abstractStretch, evidenceViews, mentionEvidenceRow, mentionView } from './evidence';
import { conceptRef, conceptRow, paperRef, paperRow } from './refs';
import { resultRow, resultView } from './results';

export const conceptDetailsRow = z.object({
  concept: conceptRow.extend({ aliases: z.array(z.string()).nullish(), paperCount: z.number().nullish() }),
  cluster: z.object({ id: z.union([z.string(), z.number()]), label: z.string().nullish() }).nullable(),
  papers: z.array(
    z.object({
      paper: paperRow,
      relation: z.enum(MENTION_TYPES),
      role: z.enum(METHOD_ROLES).nullish(),
      evidence: mentionEvidenceRow,
      /** Per evidence, the stretch of the abstract around the mention (see concept.cypher). */
      around: z.array(abstractStretch.nullable()),
    }),
  ),
  paperTotal: z.number(),
  results: z.array(resultRow.extend({ paper: paperRow })),
  resultTotal: z.number(),
  lineage: z.array(
    z.object({
      type: z.string(),
      direction: z.enum(['out', 'in']),
      other: conceptRow,
      paper: paperRow.nullable(),
      sentence: z.string(),
    }),
  ),
});
export type ConceptDetailsRow = z.infer<typeof conceptDetailsRow>;

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
    resultTotal: row.resultTotal,
    lineage,
  };
}
