/** The evaluation table: one row per corpus, level and type, with precision, recall, F1 and counts. */
import type { ConceptType } from '../src/model/concepts';
import type { CorpusScores, TypeScore } from './score';

const pct = (value: number) => value.toFixed(3);

export function formatTable(results: CorpusScores[]): string {
  const header = ['corpus', 'level', 'type', 'P', 'R', 'F1', 'tp', 'fp', 'fn'];
  const rows: string[][] = [];
  for (const result of results) {
    for (const [level, scores] of [
      ['mention strict', result.strict],
      ['document relaxed', result.relaxed],
    ] as const) {
      for (const [type, s] of Object.entries(scores) as Array<[ConceptType | 'all', TypeScore]>) {
        rows.push([
          result.corpus,
          level,
          type,
          pct(s.precision),
          pct(s.recall),
          pct(s.f1),
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
