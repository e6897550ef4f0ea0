/**
 * `npm run eval:sample -- FILE [--count N] [--min-papers K] [--seed S]`: a seeded random sample of the
 * concepts an `npm run extract` output holds (those found in at least K papers), each with its type, paper
 * count and two evidence sentences, for judging by reading whether the graph's nodes are real concepts.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { Command } from 'commander';
import { seededRandom } from '../ingest/derive/rng';
import type { Extraction } from '../src/model/extraction';

interface Seen {
  name: string;
  type: string;
  papers: number;
  sentences: string[];
}

async function readConcepts(file: string): Promise<Map<string, Seen>> {
  const concepts = new Map<string, Seen>();
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.trim()) continue;
    const extraction = JSON.parse(line) as Extraction;
    for (const entity of extraction.entities) {
      const seen = concepts.get(entity.key) ?? {
        name: entity.name,
        type: entity.type,
        papers: 0,
        sentences: [],
      };
      seen.papers += 1;
      const sentence = entity.evidence[0]?.sentence;
      if (sentence && seen.sentences.length < 2) seen.sentences.push(sentence);
      concepts.set(entity.key, seen);
    }
  }
  return concepts;
}

/** `count` items drawn without replacement, in a seeded order (Fisher–Yates on a copy). */
function sample<T>(items: T[], count: number, seed: number): T[] {
  const random = seededRandom(seed);
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [copy[index], copy[other]] = [copy[other] as T, copy[index] as T];
  }
  return copy.slice(0, count);
}

const program = new Command('eval:sample')
  .argument('<file>', 'an `npm run extract` output (JSON Lines)')
  .option('--count <n>', 'concepts to draw', (value) => Number(value), 80)
  .option('--min-papers <k>', 'only concepts found in at least K papers', (value) => Number(value), 3)
  .option('--seed <s>', 'random seed', (value) => Number(value), 1)
  .action(async (file: string, options: { count: number; minPapers: number; seed: number }) => {
    const concepts = await readConcepts(file);
    const eligible = [...concepts.entries()]
      .filter(([, seen]) => seen.papers >= options.minPapers)
      .sort(([a], [b]) => a.localeCompare(b));
    console.log(
      `${concepts.size} concepts, ${eligible.length} in at least ${options.minPapers} papers; drawing ${options.count} (seed ${options.seed})\n`,
    );
    sample(eligible, options.count, options.seed).forEach(([key, seen], index) => {
      console.log(
        `${String(index + 1).padStart(3)}. ${seen.name} [${seen.type}, ${seen.papers} papers] ${key}`,
      );
      for (const sentence of seen.sentences) console.log(`       "${sentence.slice(0, 220)}"`);
    });
  });

await program.parseAsync();
