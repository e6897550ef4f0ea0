/**
 * The ratchet: extraction on the dev gold (../shared/data/gold-dev) must not fall below what it scores
 * today. Extracts the 180 abstracts in this thread, scores them as `npm run eval` does, and checks each
 * headline figure against its floor. Skipped where the shared data is absent.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractDev } from '../../eval/dev';
import { scoreDev, type DevScores } from '../../eval/dev-score';
import { devGoldDir, loadDevGold } from '../../eval/gold/dev';
import { DATA_DIR } from '../../eval/paths';

/**
 * The floors: each headline figure measured when they were last set, minus 0.005 (all-P 0.809, all-F1
 * 0.767, named-R 0.924, relations-F1 0.558, results-F1 0.989). Raise them when extraction improves, so a
 * later change cannot give the gain back unnoticed.
 */
const FLOORS = {
  'all-P': 0.804,
  'all-F1': 0.762,
  'named-R': 0.919,
  'relations-F1': 0.553,
  'results-F1': 0.984,
} as const;

const headlineFigures = (scores: DevScores): Record<keyof typeof FLOORS, number> => ({
  'all-P': scores.all.precision,
  'all-F1': scores.all.f1,
  'named-R': scores.named.recall,
  'relations-F1': scores.relations.f1,
  'results-F1': scores.results.f1,
});

const present = existsSync(devGoldDir(DATA_DIR));

describe.skipIf(!present)(
  present ? 'dev gold ratchet' : `dev gold ratchet — skipped: no dev gold at ${devGoldDir(DATA_DIR)}`,
  () => {
    it('keeps every headline figure at or above its floor', { timeout: 60_000 }, async () => {
      const scores = scoreDev(loadDevGold(DATA_DIR), await extractDev(DATA_DIR, 0));
      expect(scores.papers.missing).toBe(0);
      const figures = headlineFigures(scores);
      // Soft: every figure below its floor is reported, not only the first.
      for (const [name, floor] of Object.entries(FLOORS) as Array<[keyof typeof FLOORS, number]>) {
        expect
          .soft(figures[name], `${name} ${figures[name].toFixed(3)} fell below its floor ${floor}`)
          .toBeGreaterThanOrEqual(floor);
      }
    });
  },
);
