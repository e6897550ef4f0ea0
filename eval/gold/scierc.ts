/**
 * SciERC (Luan et al. 2018) from its brat files: abstracts with character offsets. Task, Method and Metric
 * map to ours, Material to Dataset; OtherScientificTerm and Generic are not scored. The annotation tool
 * left extra spaces around entity boundaries in many files: whitespace is collapsed and offsets remapped,
 * so the text the extractor sees carries no trace of the gold spans.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ConceptType } from '../../src/model/concepts';
import type { GoldCorpus, GoldMention } from './types';
import { collapseWhitespace } from './whitespace';

const TYPES: Record<string, ConceptType> = {
  Task: 'Task',
  Method: 'Method',
  Metric: 'Metric',
  Material: 'Dataset',
};

export function loadScierc(dataDir: string, split: 'train' | 'dev' | 'test'): GoldCorpus {
  const folder = join(dataDir, 'scierc');
  const keys = readFileSync(join(folder, 'splits', `${split}.txt`), 'utf8')
    .split('\n')
    .filter(Boolean);
  const documents = keys.map((key) => {
    const raw = readFileSync(join(folder, 'raw_brat', `${key}.txt`), 'utf8');
    const { text, map } = collapseWhitespace(raw);
    const mentions: GoldMention[] = [];
    for (const line of readFileSync(join(folder, 'raw_brat', `${key}.ann`), 'utf8').split('\n')) {
      const match = /^T\d+\t(\w+) (\d+) (\d+)\t/.exec(line);
      const type = match ? TYPES[match[1] ?? ''] : undefined;
      if (!match || !type) continue;
      mentions.push({ type, start: map(Number(match[2])), end: map(Number(match[3])) });
    }
    return { id: key, text, mentions };
  });
  return { name: `SciERC ${split}`, types: ['Method', 'Task', 'Metric', 'Dataset'], documents };
}
