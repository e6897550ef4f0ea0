/**
 * `npm run eval`: scores the extractor on the gold data in ../shared/data. First our own dev gold
 * (gold-dev: paper-level concepts, relations and results, matched exactly as
 * ../shared/tools/score_extraction.py matches them, its headline printed last), then SciERC, TDMSci and
 * SciREX abstracts, mention-level strict and document-level relaxed, per type. Test splits of those by
 * default; rules are developed on the dev gold and `--split dev` (SciERC dev, TDMSci train). Skips with a
 * message when ../shared is absent.
 */
import { existsSync } from 'node:fs';
import { Command, Option } from 'commander';
import { extractCorpus } from '../ingest/extract-corpus';
import type { Abstract } from '../src/model/abstract';
import { formatRuleEffects, ruleEffects } from './by-rule';
import { formatVetoEffects, vetoEffects } from './by-veto';
import { extractDev, readPredictions } from './dev';
import { devErrors, formatDevErrors } from './dev-errors';
import { DEV_CORPUS, devSection, headline } from './dev-report';
import { scoreDev, type DevScores } from './dev-score';
import { devGoldDir, loadDevGold } from './gold/dev';
import { loadScierc } from './gold/scierc';
import { loadScirex } from './gold/scirex';
import { loadTdmsci } from './gold/tdmsci';
import type { GoldCorpus } from './gold/types';
import { analyseErrors, formatErrors } from './errors';
import { DATA_DIR } from './paths';
import { scoreCorpus, type CorpusScores } from './score';
import { formatTable, sectionOf, type TableSection } from './table';

type Split = 'train' | 'dev' | 'test';

interface Options {
  split: Split;
  only?: string;
  workers?: number;
  errors?: number | true;
  byRule?: boolean;
  byVeto?: boolean;
  predictions?: string;
}

const SECONDARY: Record<string, (split: Split) => GoldCorpus> = {
  scierc: (split) => loadScierc(DATA_DIR, split),
  tdmsci: (split) => loadTdmsci(DATA_DIR, split === 'test' ? 'test' : 'train'),
  scirex: () => loadScirex(DATA_DIR),
};
const NAMES = [DEV_CORPUS, ...Object.keys(SECONDARY)];

const seconds = (started: number) => `${((performance.now() - started) / 1000).toFixed(1)} s`;

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

/** The dev gold scored, with its errors and rule effects printed when asked; undefined when it is absent. */
async function evaluateDev(options: Options, errors: number | undefined): Promise<DevScores | undefined> {
  if (!existsSync(devGoldDir(DATA_DIR))) {
    console.log(`eval: ${DEV_CORPUS} skipped — no dev gold at ${devGoldDir(DATA_DIR)}.`);
    return undefined;
  }
  const started = performance.now();
  const gold = loadDevGold(DATA_DIR);
  const predictions = options.predictions
    ? readPredictions(options.predictions)
    : await extractDev(DATA_DIR, options.workers);
  const scores = scoreDev(gold, predictions);
  const { predicted, missing } = scores.papers;
  console.error(
    `${DEV_CORPUS}: ${gold.size} papers, ${predicted} predicted, ${missing} missing, in ${seconds(started)}`,
  );
  if (errors !== undefined)
    console.log(`\n══ ${DEV_CORPUS}: errors\n${formatDevErrors(devErrors(scores), errors)}`);
  if (options.byRule) {
    console.log(
      `\n══ ${DEV_CORPUS}: by rule (all typed relaxed)\n${formatRuleEffects(ruleEffects(gold, predictions))}`,
    );
  }
  if (options.byVeto) {
    const effects = await vetoEffects(gold, DATA_DIR, scores, options.workers);
    console.log(`\n══ ${DEV_CORPUS}: by veto (each switched off)\n${formatVetoEffects(effects)}`);
  }
  return scores;
}

const program = new Command('eval')
  .description('Score extraction against our dev gold, SciERC, TDMSci and SciREX in ../shared/data')
  .addOption(
    new Option(
      '--split <split>',
      'SciERC/TDMSci split: test, dev (SciERC dev, TDMSci train) or train (SciERC train, TDMSci train)',
    )
      .choices(['test', 'dev', 'train'])
      .default('test'),
  )
  .option(
    '--errors [examples]',
    'print missed and spurious concepts by type (SciERC/TDMSci/SciREX: dev and train splits only)',
    (value) => Number(value),
  )
  .option('--by-rule', `${DEV_CORPUS}: what each extraction rule adds and costs (tp, fp, all-F1 without it)`)
  .option('--by-veto', `${DEV_CORPUS}: what each veto is worth (the headline with it switched off)`)
  .option(
    '--predictions <file>',
    `${DEV_CORPUS}: score this \`npm run extract\` output instead of extracting`,
  )
  .option('--only <names>', `comma-separated subset of ${NAMES.join(', ')}`)
  .option('--workers <n>', 'worker threads (default: one per core)', (value) => Number(value))
  .action(async (options: Options) => {
    const errors = options.errors === true ? 25 : options.errors;
    if (!existsSync(DATA_DIR)) {
      console.log(`eval: skipped — no gold data at ${DATA_DIR} (the shared data folder is not present).`);
      return;
    }
    const names = options.only ? options.only.split(',').map((name) => name.trim()) : NAMES;
    const unknown = names.filter((name) => !NAMES.includes(name));
    if (unknown.length > 0)
      throw new Error(`eval: unknown corpus "${unknown[0]}" (known: ${NAMES.join(', ')})`);
    const sections: TableSection[] = [];
    const dev = names.includes(DEV_CORPUS) ? await evaluateDev(options, errors) : undefined;
    if (dev) sections.push(devSection(dev));
    // Rules are never tuned on test documents: their errors are shown for the dev and train splits only.
    const secondaryErrors = options.split === 'test' ? undefined : errors;
    if (errors !== undefined && secondaryErrors === undefined && names.some((name) => name in SECONDARY)) {
      console.log('eval: --errors shows SciERC/TDMSci/SciREX errors with --split dev or train only.');
    }
    for (const name of names.filter((name) => name in SECONDARY)) {
      const corpus = (SECONDARY[name] as (split: Split) => GoldCorpus)(options.split);
      const started = performance.now();
      sections.push(sectionOf(await evaluate(corpus, options.workers, secondaryErrors)));
      console.error(`${corpus.name}: ${corpus.documents.length} documents in ${seconds(started)}`);
    }
    console.log(formatTable(sections));
    // The script's own headline line, character for character: the two can be compared with diff.
    if (dev) console.log(headline(dev));
  });

await program.parseAsync();
