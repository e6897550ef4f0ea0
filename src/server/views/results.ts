/** Result and lineage rows shared by concept and paper details. */
import type { PaperRef, ResultView } from '../../model/api';
import { conceptRef, present, type ConceptRow } from './refs';

export interface ResultRow {
  metric: string;
  value: string;
  sentence: string;
  method?: ConceptRow | null;
  metricConcept?: ConceptRow | null;
  target?: ConceptRow | null;
}

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
