/** Result and lineage rows shared by concept and paper details. */
import { z } from 'zod';
import type { PaperRef, ResultView } from '../../model/api';
import { conceptRef, conceptRow, present } from './refs';

export const resultRow = z.object({
  metric: z.string(),
  value: z.string(),
  sentence: z.string(),
  method: conceptRow.nullish(),
  metricConcept: conceptRow.nullish(),
  target: conceptRow.nullish(),
});
export type ResultRow = z.infer<typeof resultRow>;

/** A result row as ResultView, reported by `paper`. */
export function resultView(row: ResultRow, paper: PaperRef): ResultView {
  const method = present(row.method);
  const target = present(row.target);
  const metricConcept = present(row.metricConcept);
  return {
    paper,
    metric: row.metric,
    ...(metricConcept ? { metricConcept: conceptRef(metricConcept) } : {}),
    value: row.value,
    ...(method ? { method: conceptRef(method) } : {}),
    ...(target ? { target: conceptRef(target) } : {}),
    sentence: row.sentence,
  };
}
