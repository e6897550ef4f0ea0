/**
 * `npm run eval`: scores the extractor on the gold data in ../shared/data (SciERC, TDMSci, SciREX
 * abstracts), mention-level strict and document-level relaxed, per type. Test splits by default; rules are
 * developed on `--split dev` (SciERC dev, TDMSci train). Skips with a message when ../shared is absent.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command, Option } from 'commander';
import { extractCorpus } from '../ingest/extract';
import type { Abstract } from '../src/model/abstract';
import { loadScierc } from './gold/scierc';
import { loadScirex } from './gold/scirex';
import { loadTdmsci } from './gold/tdmsci';
import type { GoldCorpus } from './gold/types';
import { analyseErrors, formatErrors } from './errors';
import { scoreCorpus, type CorpusScores } from './score';
import { formatTable } from './table';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
export const DATA_DIR = join(root, '..', 'shared', 'data');

type Split = 'train' | 'dev' | 'test';

const CORPORA: Record<string, (split: Split) => GoldCorpus> = {
  scierc: (split) => loadScierc(DATA_DIR, split),
  tdmsci: (split) => loadTdmsci(DATA_DIR, split === 'test' ? 'test' : 'train'),
  scirex: () => loadScirex(DATA_DIR),
};

async function evaluate(
  corpus: GoldCorpus,
  workers: number | undefined,
  errors: number | undefined,
): Promise<CorpusScores> {
  const abstracts: Abstract[] = corpus.documents.map((document) => ({
    id: document.id,
    title: '',
    abstract: document.text,
    source: `${corpus.name}:${document.id}`,
  }));
  const extractions = await extractCorpus(abstracts, workers === undefined ? {} : { workers });
  if (errors !== undefined) {
    console.log(`\n══ ${corpus.name}: errors\n${formatErrors(analyseErrors(corpus, extractions), errors)}`);
  }
  return scoreCorpus(corpus, extractions);
}

const program = new Command('eval')
  .description('Score extraction against SciERC, TDMSci and SciREX in ../shared/data')
  .addOption(
    new Option(
      '--split <split>',
      'test splits, dev (SciERC dev, TDMSci train) or train (SciERC train, TDMSci train)',
    )
      .choices(['test', 'dev', 'train'])
      .default('test'),
  )
  .option('--errors [examples]', 'print missed and spurious mentions by kind (dev and train only)', (value) =>
    Number(value),
  )
  .option('--only <names>', `comma-separated subset of ${Object.keys(CORPORA).join(', ')}`)
  .option('--workers <n>', 'worker threads (default: one per core)', (value) => Number(value))
  .action(async (options: { split: Split; only?: string; workers?: number; errors?: number | true }) => {
    if (options.errors !== undefined && options.split === 'test') {
      throw new Error('eval: --errors is for --split dev or train (rules are never tuned on test documents)');
    }
    const errors = options.errors === true ? 25 : options.errors;
    if (!existsSync(DATA_DIR)) {
      console.log(`eval: skipped — no gold data at ${DATA_DIR} (the shared data folder is not present).`);
      return;
    }
    const names = options.only ? options.only.split(',').map((name) => name.trim()) : Object.keys(CORPORA);
    const results: CorpusScores[] = [];
    for (const name of names) {
      const load = CORPORA[name];
      if (!load)
        throw new Error(`eval: unknown corpus "${name}" (known: ${Object.keys(CORPORA).join(', ')})`);
      const corpus = load(options.split);
      const started = performance.now();
      results.push(await evaluate(corpus, options.workers, errors));
      console.error(
        `${corpus.name}: ${corpus.documents.length} documents in ${((performance.now() - started) / 1000).toFixed(1)} s`,
      );
    }
    console.log(formatTable(results));
  });

await program.parseAsync();
