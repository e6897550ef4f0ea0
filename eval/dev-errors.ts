/**
 * `npm run eval -- --errors` for the dev gold: the gold concepts no prediction matched and the predictions
 * that matched none (every concept, typed, relaxed — the headline's all-P and all-F1), by type. Each says
 * when the other side has the name under another type ("Task 'parsing' ~ predicted Method"), and a spurious
 * prediction names the rules that found it: what to look at when working on a rule.
 */
import { namesMatch, typesAgree, variants } from './dev-match';
import type { DevScores, PaperMatches } from './dev-score';

export interface DevError {
  paper: string;
  type: string;
  text: string;
  /** The other side's type when only the type is wrong. */
  otherType?: string;
  rules?: string[];
}

export interface DevErrors {
  missed: DevError[];
  spurious: DevError[];
}

function missedIn(paper: PaperMatches): DevError[] {
  const predictedNames = paper.predicted.map((entity) => variants(entity.name ?? '', entity.aliases));
  return paper.gold.flatMap((entity, i) => {
    if (paper.goldMatch[i] !== undefined) return [];
    const names = variants(entity.text, entity.aliases);
    const other = paper.predicted.find(
      (candidate, j) =>
        namesMatch(names, predictedNames[j] as Set<string>, true) && !typesAgree(entity, candidate.type),
    );
    return [
      {
        paper: paper.id,
        type: entity.type,
        text: entity.text,
        ...(other?.type && { otherType: other.type }),
      },
    ];
  });
}

function spuriousIn(paper: PaperMatches): DevError[] {
  return paper.predicted.flatMap((entity, j) => {
    if (paper.outcome[j] !== 'fp') return [];
    const names = variants(entity.name ?? '', entity.aliases);
    const other = paper.gold.find(
      (gold) => namesMatch(variants(gold.text, gold.aliases), names, true) && !typesAgree(gold, entity.type),
    );
    return [
      {
        paper: paper.id,
        type: entity.type ?? '?',
        text: entity.name ?? '',
        ...(other && { otherType: other.type }),
        rules: [...new Set((entity.evidence ?? []).map((evidence) => evidence.rule))],
      },
    ];
  });
}

export const devErrors = (scores: DevScores): DevErrors => ({
  missed: scores.all.papers.flatMap(missedIn),
  spurious: scores.all.papers.flatMap(spuriousIn),
});

function describe(error: DevError, side: 'missed' | 'spurious'): string {
  const other = error.otherType ? ` ~ ${side === 'missed' ? 'predicted' : 'gold'} ${error.otherType}` : '';
  const rules = error.rules?.length ? ` [${error.rules.join(', ')}]` : '';
  return `    ${JSON.stringify(error.text)}${other}${rules}  (${error.paper})`;
}

/** Per side and type: the count, how many have only the type wrong, then up to `examples` of them. */
export function formatDevErrors(errors: DevErrors, examples = 25): string {
  const lines: string[] = [];
  for (const [side, items, title] of [
    ['missed', errors.missed, 'missed gold concepts'],
    ['spurious', errors.spurious, 'spurious predictions'],
  ] as const) {
    lines.push(`── ${title}: ${items.length}`);
    for (const type of [...new Set(items.map((item) => item.type))].sort()) {
      const ofType = items.filter((item) => item.type === type);
      const retyped = ofType.filter((item) => item.otherType).length;
      lines.push(`  ${type}: ${ofType.length} (${retyped} with another type)`);
      lines.push(...ofType.slice(0, examples).map((item) => describe(item, side)));
    }
  }
  return lines.join('\n');
}
