/** The lines `npm run ingest` prints when it is done. */
import type { IngestReport } from '../ingest/pipeline';
import type { CsvExport } from '../ingest/store/bulk-csv';

const seconds = (value: number | undefined) => `${(value ?? 0).toFixed(1)} s`;

function timings(report: IngestReport): string {
  const stages = Object.entries(report.seconds).map(([stage, value]) => `${stage} ${seconds(value)}`);
  const total = Object.values(report.seconds).reduce((sum, value) => sum + (value ?? 0), 0);
  return `Time: ${stages.join(', ')}; total ${seconds(total)}`;
}

function readLine(report: IngestReport): string {
  const files = `${report.files.length} file${report.files.length === 1 ? '' : 's'}`;
  const { repeats, renamed } = report.sharedIds;
  const notes = [
    ...(report.skipped ? [`${report.skipped} malformed records skipped`] : []),
    ...(renamed ? [`${renamed} papers with an id already taken kept under a new id`] : []),
    ...(repeats ? [`${repeats} repeated records read once`] : []),
  ];
  return `Read ${report.papers} papers from ${files}${notes.length ? ` (${notes.join('; ')})` : ''}.`;
}

export function summarise(report: IngestReport, uri: string): string {
  const lines = [readLine(report)];
  if (!report.extracted) {
    lines.push(`Every paper is stored unchanged (${report.unchanged}): nothing to extract or write.`);
  } else {
    const { nodesCreated = 0, relationshipsCreated = 0, relationshipsDeleted = 0 } = report.counters;
    lines.push(
      `Wrote ${report.written} papers to ${uri} (${report.unchanged} unchanged): ` +
        `+${nodesCreated} nodes, +${relationshipsCreated} relationships` +
        (relationshipsDeleted ? `, -${relationshipsDeleted} replaced` : '') +
        '.',
    );
  }
  const derive = report.derive;
  if (derive?.upToDate) lines.push('Derived layer already up to date.');
  else if (derive) {
    const { totals, changes } = derive;
    lines.push(
      `Derived: ${totals.cooccurs} co-occurrence pairs (min ${derive.settings.minPapers} papers), ` +
        `${totals.clusters} clusters, ${totals.links} cluster links, ` +
        `${totals.themes} themes (${totals.levels} levels); ` +
        `changed ${changes.cooccurs.upserted + changes.cooccurs.removed} pairs, ${changes.concepts} concepts` +
        (changes.orphans ? `, removed ${changes.orphans} orphan concepts` : '') +
        '.',
    );
  }
  lines.push(timings(report));
  return lines.join('\n');
}

export function summariseCsv(report: IngestReport, csv: CsvExport): string {
  const rows = Object.entries(csv.rows).map(([file, count]) => `  ${file.padEnd(20)} ${count} rows`);
  return [
    readLine(report),
    `Wrote neo4j-admin import files into ${csv.dir}:`,
    ...rows,
    'Import them into an empty, stopped database, then start Neo4j and apply the schema (npm run db:schema):',
    `  neo4j-admin ${csv.adminArgs.join(' ')}`,
    timings(report),
  ].join('\n');
}
