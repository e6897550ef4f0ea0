/**
 * The evaluation table: one row per corpus, level and type, with precision, recall, F1 and counts. Each
 * corpus brings its levels (SciERC: mention strict, document relaxed; the dev gold: paper-level concepts,
 * named concepts, relations, results).
 */
import type { CorpusScores, TypeScore } from './score';

export interface TableSection {
  corpus: string;
  levels: Array<[level: string, scores: Iterable<[type: string, score: TypeScore]>]>;
}

export const sectionOf = (result: CorpusScores): TableSection => ({
  corpus: result.corpus,
  levels: [
    ['mention strict', Object.entries(result.strict) as Array<[string, TypeScore]>],
    ['document relaxed', Object.entries(result.relaxed) as Array<[string, TypeScore]>],
  ],
});

/** Python's '%.3f': a value exactly halfway between two thousandths (an odd number of 1/16) rounds to even. */
export function fixed3(value: number): string {
  const sixteenths = value * 16;
  if (!Number.isInteger(sixteenths) || sixteenths % 2 === 0) return value.toFixed(3);
  const below = Math.floor(value * 1000);
  return ((below % 2 === 0 ? below : below + 1) / 1000).toFixed(3);
}

export function formatTable(sections: TableSection[]): string {
  const header = ['corpus', 'level', 'type', 'P', 'R', 'F1', 'tp', 'fp', 'fn'];
  const rows: string[][] = [];
  for (const { corpus, levels } of sections) {
    for (const [level, scores] of levels) {
      for (const [type, s] of scores) {
        rows.push([
          corpus,
          level,
          type,
          fixed3(s.precision),
          fixed3(s.recall),
          fixed3(s.f1),
          `${s.tp}`,
          `${s.fp}`,
          `${s.fn}`,
        ]);
      }
    }
  }
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column]?.length ?? 0)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, column) =>
        column < 3 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0),
      )
      .join('  ');
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}
