/**
 * A synthetic corpus with extractions as dense as a real extractor's: every paper proposes a method, uses
 * two or three more, evaluates on datasets and a benchmark, addresses a task, measures a metric; some state
 * lineage and report results. Concepts are drawn from Zipf-like vocabularies so popular ones recur across
 * papers, as in real corpora. Deterministic for a given size and seed. The benchmark and the store tests
 * use it to load the writer and derive with realistic shapes without depending on the extractor.
 */
import type { Abstract } from '../src/model/abstract';
import type { ConceptType } from '../src/model/concepts';
import type { Evidence, ExtractedEntity, Extraction } from '../src/model/extraction';
import { conceptKey, paperIdFromTitle } from '../src/model/keys';
import { seededRandom } from '../ingest/derive/rng';

export interface SyntheticCorpus {
  abstracts: Abstract[];
  extractions: Extraction[];
}

const SYLLABLES = [
  'al',
  'be',
  'cor',
  'da',
  'el',
  'fo',
  'gra',
  'hy',
  'io',
  'ka',
  'lu',
  'mi',
  'no',
  'pe',
  'qua',
  'ri',
];

function vocabulary(prefix: string, size: number): string[] {
  return Array.from({ length: size }, (_, index) => {
    let name = '';
    let rest = index;
    do {
      name += SYLLABLES[rest % SYLLABLES.length];
      rest = Math.floor(rest / SYLLABLES.length);
    } while (rest > 0);
    return `${prefix}${name[0]?.toUpperCase()}${name.slice(1)}`;
  });
}

/** Draws index i with probability ∝ 1/(i+1): a few concepts are everywhere, most are rare. */
function zipf(random: () => number, size: number): number {
  const harmonic = Math.log(size) + 0.5772;
  const target = random() * harmonic;
  return Math.min(size - 1, Math.max(0, Math.floor(Math.exp(target) - 1)));
}

/** Offset of the `nth` occurrence of `word` that is not part of a longer name. */
function wholeWordAt(text: string, word: string, nth: number): number {
  let found = -1;
  for (let from = 0, seen = 0; ; from = found + 1) {
    found = text.indexOf(word, from);
    if (found < 0) throw new Error(`synthetic corpus: ${word} not in its abstract`);
    const next = text[found + word.length] ?? ' ';
    const previous = text[found - 1] ?? ' ';
    if (!/[\p{L}\p{N}-]/u.test(next) && !/[\p{L}\p{N}]/u.test(previous) && seen++ === nth) return found;
  }
}

/**
 * @example
 * const { abstracts, extractions } = syntheticCorpus(1000);
 */
export function syntheticCorpus(papers: number, seed = 7): SyntheticCorpus {
  const random = seededRandom(seed);
  const scale = Math.max(50, Math.round(papers / 4));
  const methods = vocabulary('Net', scale);
  const datasets = vocabulary('Set', Math.max(20, Math.round(scale / 8)));
  const benchmarks = vocabulary('Bench', Math.max(10, Math.round(scale / 20)));
  const tasks = vocabulary('Task', Math.max(10, Math.round(scale / 20)));
  const metrics = ['accuracy', 'F1', 'BLEU', 'mIoU', 'AUC', 'top-1 error', 'perplexity', 'mAP'];
  const pick = (list: string[]) => list[zipf(random, list.length)] as string;

  const abstracts: Abstract[] = [];
  const extractions: Extraction[] = [];
  for (let index = 0; index < papers; index += 1) {
    const proposed = `${methods[index % methods.length]}-${index}`;
    const used = [...new Set([pick(methods), pick(methods), pick(methods)])];
    const dataset = pick(datasets);
    const benchmark = pick(benchmarks);
    const task = pick(tasks);
    const metric = metrics[zipf(random, metrics.length)] as string;
    const value = (50 + random() * 40).toFixed(1);
    const sentences = [
      `We propose ${proposed} for ${task}.`,
      `It builds on ${used.join(' and ')}.`,
      `Experiments on ${dataset} and the ${benchmark} benchmark show ${value} ${metric}.`,
      `Unlike prior work, ${proposed} needs no extra labels.`,
    ];
    const abstract = sentences.join(' ');
    const title = `${proposed}: Learning ${task} with ${used[0]} (${index})`;
    const id = paperIdFromTitle(title);
    const evidence = (surface: string, rule: string, nth = 0): Evidence => {
      const start = wholeWordAt(abstract, surface, nth);
      const sentence = sentences.find((text) => text.includes(surface)) ?? '';
      return { sentence, start, end: start + surface.length, rule };
    };
    const entity = (
      name: string,
      type: ConceptType,
      rule: string,
      role?: 'proposed' | 'used',
    ): ExtractedEntity => ({
      name,
      type,
      ...(role ? { role } : {}),
      key: conceptKey(type, name),
      aliases: [],
      confidence: 0.5 + random() / 2,
      evidence: [evidence(name, rule)],
    });
    const entities = [
      {
        ...entity(proposed, 'Method', 'we-propose-x', 'proposed'),
        evidence: [evidence(proposed, 'we-propose-x'), evidence(proposed, 'x-needs', 1)],
      },
      ...used.map((name) => entity(name, 'Method', 'builds-on-x', 'used')),
      entity(dataset, 'Dataset', 'experiments-on-x'),
      entity(benchmark, 'Benchmark', 'the-x-benchmark'),
      entity(task, 'Task', 'for-x'),
      entity(metric, 'Metric', 'metric-lexicon'),
    ];
    const first = used[0] as string;
    abstracts.push({
      id,
      title,
      abstract,
      year: 2000 + (index % 25),
      venue: 'synthetic',
      source: `synthetic:${index + 1}`,
    });
    extractions.push({
      id,
      title,
      entities,
      relations:
        random() < 0.4
          ? [
              {
                from: conceptKey('Method', proposed),
                type: random() < 0.5 ? 'BUILT_ON' : 'EXTENDS',
                to: conceptKey('Method', first),
                evidence: evidence(`builds on ${first}`, 'builds-on-x'),
              },
            ]
          : [],
      results:
        random() < 0.6
          ? [
              {
                metric,
                value,
                target: conceptKey('Dataset', dataset),
                method: conceptKey('Method', proposed),
                evidence: evidence(`${value} ${metric}`, 'v-m'),
              },
            ]
          : [],
    });
  }
  return { abstracts, extractions };
}

/** The corpus as a listing file (the sample's format) and the extractions as `npm run extract` JSONL. */
export function syntheticFiles(corpus: SyntheticCorpus): { listing: string; extractions: string } {
  const lines = [
    'Get trending papers in your email inbox once a day!',
    'Get trending papers in your email inbox!',
  ];
  for (const paper of corpus.abstracts) lines.push(paper.title, paper.abstract);
  return {
    listing: `${lines.join('\n')}\n`,
    extractions: `${corpus.extractions.map((extraction) => JSON.stringify(extraction)).join('\n')}\n`,
  };
}
