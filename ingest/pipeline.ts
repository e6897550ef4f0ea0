/**
 * The whole ingest flow on one screen: read → write.
 * (Extraction, consolidation and the derived layer plug in here as they land.)
 */
import type { Database } from '../neo4j/database';
import { readCorpus, type Format } from './read';
import { writePapers } from './store/writer';

export interface IngestReport {
  files: string[];
  papers: number;
  skipped: number;
  warnings: string[];
}

export async function ingestFiles(
  db: Database,
  files: string[],
  options: { format?: Format } = {},
): Promise<IngestReport> {
  const report: IngestReport = { files, papers: 0, skipped: 0, warnings: [] };
  for (const file of files) {
    const { abstracts, issues } = readCorpus(file, options.format);
    report.skipped += issues.length;
    report.warnings.push(...issues.map((issue) => `${issue.source}: ${issue.message}`));
    report.papers += await writePapers(db, abstracts);
  }
  return report;
}
