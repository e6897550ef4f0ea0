/**
 * Scores paper-level predictions (the `npm run extract` JSONL) against the dev gold exactly as
 * `../shared/tools/score_extraction.py` does: per paper, each gold concept in file order takes the first
 * unused prediction that matches it (one to one, greedy); relations match on both ends whatever their type;
 * results match on the digits of their value. Relation ends may be entity keys, resolved through the
 * predicted entities' key, name and aliases.
 */
import type { DevGold, DevGoldEntity, DevGoldPaper } from './gold/dev';
import { namesMatch, normalise, typesAgree, variants } from './dev-match';
import type { TypeScore } from './score';

export interface PredictedEntity {
  name?: string;
  type?: string;
  key?: string;
  aliases?: string[];
  evidence?: Array<{ rule: string }>;
}

export interface PredictedPaper {
  entities?: PredictedEntity[];
  relations?: Array<{ from?: string; to?: string }>;
  results?: Array<{ value?: unknown }>;
}

export type Predictions = Map<string, PredictedPaper>;

/** Precision, recall and F1 with their counts: the shape of the other corpora's scores. */
export type Prf = TypeScore;

/** What became of each concept of one paper: the prediction a gold concept took, how each prediction fared. */
export interface PaperMatches {
  id: string;
  gold: DevGoldEntity[];
  predicted: PredictedEntity[];
  /** Per gold concept (after the filter): the index of the prediction it matched, or undefined. */
  goldMatch: Array<number | undefined>;
  /** Per prediction: 'tp', 'fp', or 'excluded' (matches a gold concept the filter left out: neither). */
  outcome: Array<'tp' | 'fp' | 'excluded'>;
}

export interface EntityScores extends Prf {
  /** Gold type for tp and fn, predicted type ('?' when none) for fp. */
  perType: Map<string, Prf>;
  papers: PaperMatches[];
}

export interface EntityOptions {
  relaxed: boolean;
  typed: boolean;
  /** Which gold concepts count (the others are 'excluded'): all of them, or the named ones. */
  filter?: (entity: DevGoldEntity) => boolean;
}

/** Precision, recall and F1 as the script computes them (0 when there is nothing to divide). */
export function prf(tp: number, fp: number, fn: number): Prf {
  const precision = tp / Math.max(1, tp + fp);
  const recall = tp / Math.max(1, tp + fn);
  const f1 = (2 * precision * recall) / Math.max(1e-9, precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

const entityVariants = (entity: PredictedEntity) => variants(entity.name ?? '', entity.aliases);
const goldVariants = (entity: DevGoldEntity) => variants(entity.text, entity.aliases);

function matchPaper(
  id: string,
  gold: DevGoldPaper,
  predicted: PredictedEntity[],
  { relaxed, typed, filter = () => true }: EntityOptions,
): PaperMatches {
  const all = gold.entities ?? [];
  const counted = all.filter(filter);
  const predictedVariants = predicted.map(entityVariants);
  const used = new Set<number>();
  const goldMatch = counted.map((entity) => {
    const names = goldVariants(entity);
    const hit = predicted.findIndex(
      (candidate, j) =>
        !used.has(j) &&
        namesMatch(names, predictedVariants[j] as Set<string>, relaxed) &&
        (!typed || typesAgree(entity, candidate.type)),
    );
    if (hit < 0) return undefined;
    used.add(hit);
    return hit;
  });
  const excluded = all.filter((entity) => !filter(entity)).map(goldVariants);
  const outcome = predictedVariants.map((names, j) => {
    if (used.has(j)) return 'tp' as const;
    return excluded.some((other) => namesMatch(other, names, relaxed))
      ? ('excluded' as const)
      : ('fp' as const);
  });
  return { id, gold: counted, predicted, goldMatch, outcome };
}

function countByType(papers: PaperMatches[]): Map<string, [number, number, number]> {
  const counts = new Map<string, [number, number, number]>();
  const bump = (type: string, field: 0 | 1 | 2) => {
    const row = counts.get(type) ?? [0, 0, 0];
    row[field] += 1;
    counts.set(type, row);
  };
  for (const paper of papers) {
    paper.gold.forEach((entity, i) => bump(entity.type, paper.goldMatch[i] === undefined ? 2 : 0));
    paper.outcome.forEach((outcome, j) => {
      if (outcome === 'fp') bump(paper.predicted[j]?.type ?? '?', 1);
    });
  }
  return counts;
}

export function scoreEntities(gold: DevGold, predictions: Predictions, options: EntityOptions): EntityScores {
  const papers = [...gold].map(([id, paper]) =>
    matchPaper(id, paper, predictions.get(id)?.entities ?? [], options),
  );
  const byType = countByType(papers);
  const sum = (field: 0 | 1 | 2) => [...byType.values()].reduce((total, row) => total + row[field], 0);
  const perType = new Map([...byType].map(([type, [tp, fp, fn]]) => [type, prf(tp, fp, fn)]));
  return { ...prf(sum(0), sum(1), sum(2)), perType, papers };
}

/** A relation's end named by key ('method:bert') stands for that entity's name and aliases. */
function resolveKeys(paper: PredictedPaper): (reference: string) => Set<string> {
  const byKey = new Map<string, Set<string>>();
  for (const entity of paper.entities ?? []) if (entity.key) byKey.set(entity.key, entityVariants(entity));
  return (reference) => {
    const known = byKey.get(reference);
    if (known && known.size > 0) return known;
    const colon = reference.indexOf(':');
    return new Set([normalise(colon >= 0 ? reference.slice(colon + 1) : reference)]);
  };
}

/** A gold relation's end: the variants of the gold concept it names, else the name itself. */
function goldEnd(entities: DevGoldEntity[], name: string): Set<string> {
  const normalised = normalise(name);
  for (const entity of entities) {
    const names = goldVariants(entity);
    if (names.has(normalised)) return names;
  }
  return new Set([normalised]);
}

export function scoreRelations(gold: DevGold, predictions: Predictions): Prf {
  let tp = 0;
  let goldCount = 0;
  let predictedCount = 0;
  for (const [id, paper] of gold) {
    const predictedPaper = predictions.get(id) ?? {};
    const predicted = predictedPaper.relations ?? [];
    const names = resolveKeys(predictedPaper);
    const entities = paper.entities ?? [];
    goldCount += paper.relations?.length ?? 0;
    predictedCount += predicted.length;
    const used = new Set<number>();
    for (const relation of paper.relations ?? []) {
      const [from, to] = [goldEnd(entities, relation.from), goldEnd(entities, relation.to)];
      const hit = predicted.findIndex(
        (candidate, j) =>
          !used.has(j) &&
          namesMatch(from, names(candidate.from ?? ''), true) &&
          namesMatch(to, names(candidate.to ?? ''), true),
      );
      if (hit >= 0) {
        used.add(hit);
        tp += 1;
      }
    }
  }
  return prf(tp, predictedCount - tp, goldCount - tp);
}

/** A value's digits and decimal points: "+10.8%" and "10.8" agree. */
const digits = (value: unknown) =>
  (value === null || value === undefined ? '' : String(value)).replace(/[^0-9.]/g, '');

export function scoreResults(gold: DevGold, predictions: Predictions): Prf {
  let tp = 0;
  let goldCount = 0;
  let predictedCount = 0;
  for (const [id, paper] of gold) {
    const predicted = predictions.get(id)?.results ?? [];
    goldCount += paper.results?.length ?? 0;
    predictedCount += predicted.length;
    const used = new Set<number>();
    for (const result of paper.results ?? []) {
      const value = digits(result.value);
      const hit = predicted.findIndex(
        (candidate, j) => !used.has(j) && digits(candidate.value) !== '' && digits(candidate.value) === value,
      );
      if (hit >= 0) {
        used.add(hit);
        tp += 1;
      }
    }
  }
  return prf(tp, predictedCount - tp, goldCount - tp);
}

export interface DevScores {
  papers: { gold: number; predicted: number; missing: number };
  /** Every concept, typed, relaxed: the headline's all-P and all-F1, and the per-type table. */
  all: EntityScores;
  /** Named concepts only, typed, relaxed: the headline's named-R. */
  named: EntityScores;
  relations: Prf;
  results: Prf;
}

export const isNamed = (entity: DevGoldEntity) => Boolean(entity.named);

export function scoreDev(gold: DevGold, predictions: Predictions): DevScores {
  return {
    papers: {
      gold: gold.size,
      predicted: predictions.size,
      missing: [...gold.keys()].filter((id) => !predictions.has(id)).length,
    },
    all: scoreEntities(gold, predictions, { relaxed: true, typed: true }),
    named: scoreEntities(gold, predictions, { relaxed: true, typed: true, filter: isNamed }),
    relations: scoreRelations(gold, predictions),
    results: scoreResults(gold, predictions),
  };
}
