/**
 * `npm run eval -- --by-rule`: what each extraction rule adds to the dev gold and what it costs. For every
 * rule named in the entities' evidence: its entities that matched a gold concept (tp) or none (fp), and the
 * all-F1 once the entities only that rule found are dropped (an entity also found by another rule stays).
 * Sorted by what dropping the rule would gain, so the rules that do not pay come first.
 */
import type { DevGold } from './gold/dev';
import { scoreEntities, type PredictedEntity, type Predictions } from './dev-score';

export interface RuleEffect {
  rule: string;
  tp: number;
  fp: number;
  /** Entities whose every evidence is from this rule: what dropping it removes. */
  only: number;
  f1Without: number;
  /** all-F1 without the rule minus all-F1 with it: positive when the rule costs more than it adds. */
  delta: number;
}

const ALL_TYPED_RELAXED = { relaxed: true, typed: true } as const;

const rulesOf = (entity: PredictedEntity) =>
  new Set((entity.evidence ?? []).map((evidence) => evidence.rule));

const onlyFrom = (entity: PredictedEntity, rule: string) => {
  const rules = rulesOf(entity);
  return rules.size === 1 && rules.has(rule);
};

/** The predictions with the entities only `rule` found taken out; relations and results as they were. */
export function withoutRule(predictions: Predictions, rule: string): Predictions {
  return new Map(
    [...predictions].map(([id, paper]) => [
      id,
      { ...paper, entities: (paper.entities ?? []).filter((entity) => !onlyFrom(entity, rule)) },
    ]),
  );
}

export function ruleEffects(gold: DevGold, predictions: Predictions): RuleEffect[] {
  const baseline = scoreEntities(gold, predictions, ALL_TYPED_RELAXED);
  const counts = new Map<string, { tp: number; fp: number; only: number }>();
  for (const paper of baseline.papers) {
    paper.predicted.forEach((entity, j) => {
      const outcome = paper.outcome[j];
      for (const rule of rulesOf(entity)) {
        const row = counts.get(rule) ?? { tp: 0, fp: 0, only: 0 };
        if (outcome === 'tp') row.tp += 1;
        if (outcome === 'fp') row.fp += 1;
        if (onlyFrom(entity, rule)) row.only += 1;
        counts.set(rule, row);
      }
    });
  }
  const effects = [...counts].map(([rule, row]) => {
    const f1Without = scoreEntities(gold, withoutRule(predictions, rule), ALL_TYPED_RELAXED).f1;
    return { rule, ...row, f1Without, delta: f1Without - baseline.f1 };
  });
  return effects.sort((a, b) => b.delta - a.delta || a.rule.localeCompare(b.rule));
}

const signed = (value: number) => `${value >= 0 ? '+' : '-'}${Math.abs(value).toFixed(4)}`;

export function formatRuleEffects(effects: RuleEffect[]): string {
  const header = ['rule', 'tp', 'fp', 'only', 'all-F1 without', 'delta'];
  const rows = effects.map((effect) => [
    effect.rule,
    `${effect.tp}`,
    `${effect.fp}`,
    `${effect.only}`,
    effect.f1Without.toFixed(4),
    signed(effect.delta),
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column]?.length ?? 0)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, column) =>
        column === 0 ? cell.padEnd(widths[0] ?? 0) : cell.padStart(widths[column] ?? 0),
      )
      .join('  ');
  return [line(header), ...rows.map(line)].join('\n');
}
