/**
 * `npm run eval -- --by-veto`: what each veto (a check that drops a candidate, `ingest/extract/vagueness.ts`)
 * is worth on the dev gold. The extractor runs once per veto with that veto switched off, and the headline
 * figures are compared with the run that has them all; a veto whose removal changes nothing keeps nothing
 * out of the dev gold (it may still keep something out of a larger corpus: say what, or delete it).
 */
import { VETO_IDS, type VetoId } from '../ingest/extract/vagueness';
import { extractDev } from './dev';
import type { DevGold } from './gold/dev';
import { scoreDev, type DevScores } from './dev-score';

export interface VetoEffect {
  veto: VetoId;
  /** all-P, all-F1 and relations-F1 with the veto switched off, minus with it on. */
  precision: number;
  f1: number;
  relations: number;
}

export async function vetoEffects(
  gold: DevGold,
  dataDir: string,
  baseline: DevScores,
  workers?: number,
): Promise<VetoEffect[]> {
  const effects: VetoEffect[] = [];
  for (const veto of VETO_IDS) {
    const scores = scoreDev(gold, await extractDev(dataDir, workers, [veto]));
    effects.push({
      veto,
      precision: scores.all.precision - baseline.all.precision,
      f1: scores.all.f1 - baseline.all.f1,
      relations: scores.relations.f1 - baseline.relations.f1,
    });
    process.stderr.write(`\r${effects.length}/${VETO_IDS.length} vetoes`);
  }
  process.stderr.write('\n');
  // What the veto is worth: all-F1 lost without it, then all-P.
  return effects.sort((a, b) => a.f1 - b.f1 || a.precision - b.precision);
}

const signed = (value: number) => `${value >= 0 ? '+' : '-'}${Math.abs(value).toFixed(4)}`;

export function formatVetoEffects(effects: VetoEffect[]): string {
  const header = ['veto (switched off)', 'all-P', 'all-F1', 'relations-F1'];
  const rows = effects.map((effect) => [
    effect.veto,
    signed(effect.precision),
    signed(effect.f1),
    signed(effect.relations),
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
