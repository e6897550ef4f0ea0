/**
 * `npm run bench:extract [-- --limit N] [--workers N]`: extraction speed on the conference-abstracts corpus
 * (../shared/data; the sample corpus when it is absent) beside a plain single-threaded `nlp(text)` pass
 * over the same abstracts in the same run. The two alternate chunk by chunk, so that load from other
 * processes on the machine weighs on both alike. Prints abstracts/s, words/s, peak RSS and the ratio.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import nlp from 'compromise';
import { consolidate } from '../ingest/consolidate';
import { nodePeakRssMiB } from './measure';
import { isFailure } from '../ingest/extract/paper';
import { ExtractionPool, extractPapers } from '../ingest/extract/pool';
import type { PaperCandidates } from '../ingest/extract/types';
import { readCorpus } from '../ingest/read';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
const scaleCorpus = join(root, '..', 'shared', 'data', 'conference-abstracts', 'abstracts.jsonl');
const sampleCorpus = join(root, 'data', 'sample', 'listing.txt');
const CHUNK = 1000;

const seconds = (since: number) => (performance.now() - since) / 1000;

function line(label: string, time: number, abstracts: number, words: number): string {
  return `${label.padEnd(36)} ${time.toFixed(1).padStart(7)} s ${(abstracts / time).toFixed(0).padStart(7)} abstracts/s ${(words / time).toFixed(0).padStart(9)} words/s`;
}

const program = new Command('bench:extract')
  .option('--limit <n>', 'use the first N abstracts', (value) => Number(value))
  .option('--workers <n>', 'worker threads for extraction (default: one per core; 0: this thread)', (value) =>
    Number(value),
  )
  .action(async (options: { limit?: number; workers?: number }) => {
    const file = existsSync(scaleCorpus) ? scaleCorpus : sampleCorpus;
    if (file === sampleCorpus) console.log(`(no ${scaleCorpus}: using the sample corpus)`);
    const all = readCorpus(file).abstracts;
    const abstracts = options.limit ? all.slice(0, options.limit) : all;
    const words = abstracts.reduce((sum, paper) => sum + paper.abstract.split(/\s+/).length, 0);
    const workers = options.workers ?? availableParallelism();
    console.log(`${abstracts.length} abstracts, ${words} words, from ${file}; ${workers} extraction workers`);

    let baseline = 0;
    let ours = 0;
    let started = performance.now();
    const pool = workers > 0 ? new ExtractionPool({ workers }) : undefined;
    ours += seconds(started);
    const candidates: PaperCandidates[] = [];
    try {
      for (let offset = 0; offset < abstracts.length; offset += CHUNK) {
        const chunk = abstracts.slice(offset, offset + CHUNK);
        started = performance.now();
        for (const paper of chunk) nlp(paper.abstract);
        baseline += seconds(started);
        started = performance.now();
        const batch = pool ? await pool.run(chunk) : await extractPapers(chunk, { workers: 0 });
        for (const result of batch) if (!isFailure(result)) candidates.push(result);
        ours += seconds(started);
        process.stderr.write(`\r${offset + chunk.length}/${abstracts.length}`);
      }
    } finally {
      await pool?.close();
    }
    started = performance.now();
    const extractions = consolidate(candidates);
    ours += seconds(started);
    process.stderr.write('\n');

    console.log(line('baseline: nlp(text), one thread', baseline, abstracts.length, words));
    console.log(line(`extraction + consolidation`, ours, abstracts.length, words));
    const entities = extractions.reduce((sum, extraction) => sum + extraction.entities.length, 0);
    console.log(`peak RSS (whole run) ${nodePeakRssMiB().toFixed(0)} MB; ${entities} entities`);
    console.log(`throughput ratio vs baseline: ${(baseline / ours).toFixed(2)}x`);
  });

await program.parseAsync();
