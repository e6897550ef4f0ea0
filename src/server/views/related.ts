/**
 * Rows of cypher/queries/related-methods.cypher → RelatedMethod, each with its reasons and one sentence a
 * person can read: lineage first, then shared datasets and benchmarks, shared tasks, co-occurrence.
 */
import type { ConceptRef, RelatedMethod } from '../../model/api';
import { isLineageType, LINEAGE_VERBS, type LineageType } from '../../model/concepts';
import { conceptRef, type ConceptRow } from './refs';

export interface RelatedRow {
  method: ConceptRow;
  score: number;
  datasets: ConceptRow[];
  tasks: ConceptRow[];
  cooccurrence: { weight: number; papers: number } | null;
  lineage: Array<{ type: string; direction: 'out' | 'in' }>;
}

/**
 * @example
 * listNames([{ name: 'GTA5' }, { name: 'Cityscapes' }]); // 'Cityscapes and GTA5'
 */
export function listNames(items: Array<{ name: string }>, shown = 3): string {
  const names = items.map((item) => item.name).sort((a, b) => a.localeCompare(b));
  if (names.length <= 1) return names.join('');
  if (names.length > shown) return `${names.slice(0, shown).join(', ')} and ${names.length - shown} more`;
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

const capitalise = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

export function relatedMethod(subject: ConceptRef, row: RelatedRow): RelatedMethod {
  const method = conceptRef(row.method);
  const reasons: RelatedMethod['reasons'] = [];
  const lineage = row.lineage.filter((item): item is { type: LineageType; direction: 'out' | 'in' } =>
    isLineageType(item.type),
  );
  if (lineage.length > 0) {
    const statements = lineage.map(({ type, direction }) =>
      direction === 'out'
        ? `${subject.name} ${LINEAGE_VERBS[type]} ${method.name}`
        : `${method.name} ${LINEAGE_VERBS[type]} ${subject.name}`,
    );
    // The statement names both methods; the related method has its own link, so nothing more to list.
    reasons.push({ kind: 'lineage', detail: statements.join('; '), items: [] });
  }
  // A reason lists what the two share, never either method (a dataset or task subject is its own item).
  const subjectMethod = subject.type === 'Method' ? subject.key : undefined;
  const shared = (rows: ConceptRow[]) =>
    rows.map(conceptRef).filter((item) => item.key !== method.key && item.key !== subjectMethod);
  const datasets = shared(row.datasets);
  if (datasets.length > 0) {
    reasons.push({
      kind: 'shared-dataset',
      detail: `both evaluated on ${listNames(datasets)}`,
      items: datasets,
    });
  }
  const tasks = shared(row.tasks);
  if (tasks.length > 0) {
    reasons.push({ kind: 'shared-task', detail: `both address ${listNames(tasks)}`, items: tasks });
  }
  if (row.cooccurrence) {
    const { papers } = row.cooccurrence;
    reasons.push({
      kind: 'co-occurrence',
      detail: `mentioned together in ${papers} paper${papers === 1 ? '' : 's'}`,
      items: [],
    });
  }
  const reason = reasons.length > 0 ? `${capitalise(reasons.map((r) => r.detail).join('; '))}.` : '';
  return { ...method, score: Math.round(row.score * 1000) / 1000, reason, reasons };
}
