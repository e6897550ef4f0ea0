/**
 * Scores extractions against gold spans, per type and overall:
 * - mention-level strict: a predicted span counts when its start, end and type equal a gold span's;
 * - document-level relaxed: sets of (document, type, normalised name), so each concept counts once per
 *   document whatever its offsets (normalised: case, hyphens, plurals, spacing, a leading article).
 */
import type { ConceptType } from '../src/model/concepts';
import type { Extraction } from '../src/model/extraction';
import { canonicalName } from '../src/model/keys';
import type { GoldCorpus } from './gold/types';

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface TypeScore extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

export type Scores = Record<ConceptType | 'all', TypeScore>;

export interface CorpusScores {
  corpus: string;
  documents: number;
  strict: Partial<Scores>;
  relaxed: Partial<Scores>;
}

/** Our Benchmark is their Dataset (SciERC Material, SciREX Material, TDMSci DATASET). */
export const scoredType = (type: ConceptType): ConceptType => (type === 'Benchmark' ? 'Dataset' : type);

/** The relaxed name: canonical form without a leading article. */
export const relaxedName = (name: string): string => canonicalName(name.replace(/^(?:the|a|an)\s+/i, ''));

function score({ tp, fp, fn }: Counts): TypeScore {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

function compare(gold: Set<string>, predicted: Set<string>, types: ConceptType[]): Partial<Scores> {
  const typeOf = (item: string) => item.split('\u0001')[1] as ConceptType;
  const counts = new Map<ConceptType | 'all', Counts>(
    [...types, 'all' as const].map((t) => [t, { tp: 0, fp: 0, fn: 0 }]),
  );
  const bump = (item: string, field: keyof Counts) => {
    const forType = counts.get(typeOf(item));
    if (!forType) return;
    forType[field] += 1;
    (counts.get('all') as Counts)[field] += 1;
  };
  for (const item of predicted) bump(item, gold.has(item) ? 'tp' : 'fp');
  for (const item of gold) if (!predicted.has(item)) bump(item, 'fn');
  return Object.fromEntries([...counts].map(([type, c]) => [type, score(c)]));
}

export function scoreCorpus(corpus: GoldCorpus, extractions: Extraction[]): CorpusScores {
  const key = (...parts: Array<string | number>) => parts.join('\u0001');
  const goldStrict = new Set<string>();
  const goldRelaxed = new Set<string>();
  const predictedStrict = new Set<string>();
  const predictedRelaxed = new Set<string>();
  const types = new Set(corpus.types);
  corpus.documents.forEach((document, index) => {
    for (const mention of document.mentions) {
      goldStrict.add(key(index, mention.type, mention.start, mention.end));
      goldRelaxed.add(key(index, mention.type, relaxedName(document.text.slice(mention.start, mention.end))));
    }
    for (const entity of extractions[index]?.entities ?? []) {
      const type = scoredType(entity.type);
      if (!types.has(type)) continue;
      for (const evidence of entity.evidence) {
        predictedStrict.add(key(index, type, evidence.start, evidence.end));
        predictedRelaxed.add(
          key(index, type, relaxedName(document.text.slice(evidence.start, evidence.end))),
        );
      }
    }
  });
  return {
    corpus: corpus.name,
    documents: corpus.documents.length,
    strict: compare(goldStrict, predictedStrict, corpus.types),
    relaxed: compare(goldRelaxed, predictedRelaxed, corpus.types),
  };
}
