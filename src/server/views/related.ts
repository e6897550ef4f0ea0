/**
 * Rows of cypher/queries/related-methods.cypher → RelatedMethod, each with its reasons and one sentence a
 * person can read: lineage first, then the two or three most specific items the methods share (rarest
 * first: a dataset five papers use says more than a task half the corpus addresses), then co-occurrence
 * when nothing else relates them or they share more than one paper.
 */
import { z } from 'zod';
import type { ConceptRef, RelatedMethod } from '../../model/api';
import { isLineageType, LINEAGE_VERBS, type LineageType } from '../../model/concepts';
import { conceptRef, conceptRow } from './refs';

/** A shared dataset, benchmark or task, with the papers reaching it (fewer = more specific). */
export const sharedRow = conceptRow.extend({ paperCount: z.number().nullish() });
export type SharedRow = z.infer<typeof sharedRow>;

/** A row of cypher/queries/related-methods.cypher: one related method (the row also names the subject). */
export const relatedRow = z.object({
  method: conceptRow,
  score: z.number(),
  datasets: z.array(sharedRow),
  tasks: z.array(sharedRow),
  cooccurrence: z.object({ weight: z.number(), papers: z.number() }).nullable(),
  lineage: z.array(z.object({ type: z.string(), direction: z.enum(['out', 'in']) })),
});
export type RelatedRow = z.infer<typeof relatedRow>;

/** How many shared items the sentence names; the rest are counted ("and 4 more"). */
export const NAMED_SHARED_ITEMS = 3;

/**
 * @example
 * listNames([{ name: 'GTA5' }, { name: 'Cityscapes' }]); // 'GTA5 and Cityscapes'
 */
export function listNames(items: Array<{ name: string }>): string {
  const names = items.map((item) => item.name);
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/**
 * Shared items, most specific first: fewest papers, then datasets and benchmarks before tasks, then name.
 *
 * @example
 * bySpecificity([{ key: 'task:nlu', name: 'NLU', type: 'Task', paperCount: 9 },
 *                { key: 'dataset:squad', name: 'SQuAD', type: 'Dataset', paperCount: 2 }]); // SQuAD, NLU
 */
export function bySpecificity<T extends SharedRow>(items: readonly T[]): T[] {
  const papers = (item: SharedRow) =>
    typeof item.paperCount === 'number' ? item.paperCount : Number.POSITIVE_INFINITY;
  const taskLast = (item: SharedRow) => (item.type === 'Task' ? 1 : 0);
  return [...items].sort(
    (a, b) => papers(a) - papers(b) || taskLast(a) - taskLast(b) || a.name.localeCompare(b.name),
  );
}

const capitalise = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

export function relatedMethod(subject: ConceptRef, row: RelatedRow): RelatedMethod {
  const method = conceptRef(row.method);
  const reasons: RelatedMethod['reasons'] = [];
  const sentences: string[] = [];
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
    const detail = statements.join('; ');
    reasons.push({ kind: 'lineage', detail, items: [] });
    sentences.push(detail);
  }
  // A reason lists what the two share, never either method (a dataset or task subject is its own item).
  const subjectMethod = subject.type === 'Method' ? subject.key : undefined;
  const shared = (rows: SharedRow[]) =>
    bySpecificity(rows.filter((item) => item.key !== method.key && item.key !== subjectMethod));
  const datasets = shared(row.datasets);
  const tasks = shared(row.tasks);
  if (datasets.length > 0) {
    reasons.push({
      kind: 'shared-dataset',
      detail: `both evaluated on ${listNames(datasets)}`,
      items: datasets.map(conceptRef),
    });
  }
  if (tasks.length > 0) {
    reasons.push({
      kind: 'shared-task',
      detail: `both address ${listNames(tasks)}`,
      items: tasks.map(conceptRef),
    });
  }
  // The sentence names only the most specific shared items, grouped by how they are shared.
  const ranked = bySpecificity([...datasets, ...tasks]);
  const named = new Set(ranked.slice(0, NAMED_SHARED_ITEMS));
  const namedDatasets = datasets.filter((item) => named.has(item));
  const namedTasks = tasks.filter((item) => named.has(item));
  const unnamed = datasets.length + tasks.length - named.size;
  const sharing = [
    ...(namedDatasets.length > 0 ? [`evaluated on ${listNames(namedDatasets)}`] : []),
    ...(namedTasks.length > 0 ? [`address ${listNames(namedTasks)}`] : []),
  ];
  if (sharing.length > 0) {
    sentences.push(
      `both ${sharing.join(' and ')}${unnamed > 0 ? ` (and ${unnamed} more shared item${unnamed === 1 ? '' : 's'})` : ''}`,
    );
  }
  if (row.cooccurrence) {
    const { papers } = row.cooccurrence;
    const detail = `mentioned together in ${papers} paper${papers === 1 ? '' : 's'}`;
    reasons.push({ kind: 'co-occurrence', detail, items: [] });
    if (papers > 1 || sentences.length === 0) sentences.push(detail);
  }
  const reason = sentences.length > 0 ? `${capitalise(sentences.join('; '))}.` : '';
  return {
    ...method,
    score: Math.round(row.score * 1000) / 1000,
    reason,
    reasons,
    shared: ranked.map(conceptRef),
  };
}
