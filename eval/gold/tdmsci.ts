/**
 * TDMSci (Hou et al. 2021): sentences from NLP papers with TASK, DATASET and METRIC spans. The test split
 * comes from its brat files (one sentence per line, tokens separated by spaces); the training split from
 * its CoNLL file, whose tokens are joined the same way.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ConceptType } from '../../src/model/concepts';
import type { GoldCorpus, GoldDocument, GoldMention } from './types';

const TYPES: Record<string, ConceptType> = { TASK: 'Task', DATASET: 'Dataset', METRIC: 'Metric' };
const CORPUS = { name: 'TDMSci', types: ['Task', 'Dataset', 'Metric'] as ConceptType[] };

function loadBrat(folder: string): GoldCorpus {
  const lines: Array<{ offset: number; document: GoldDocument }> = [];
  let offset = 0;
  for (const line of readFileSync(join(folder, 'brat_test', 'test.txt'), 'utf8').split('\n')) {
    if (line.trim())
      lines.push({ offset, document: { id: `test-${lines.length + 1}`, text: line, mentions: [] } });
    offset += line.length + 1;
  }
  for (const line of readFileSync(join(folder, 'brat_test', 'test.ann'), 'utf8').split('\n')) {
    const match = /^T\d+\t(\w+) (\d+) (\d+)\t/.exec(line);
    const type = match ? TYPES[match[1] ?? ''] : undefined;
    if (!match || !type) continue;
    const start = Number(match[2]);
    const owner = lines.findLast((candidate) => candidate.offset <= start);
    owner?.document.mentions.push({
      type,
      start: start - owner.offset,
      end: Number(match[3]) - owner.offset,
    });
  }
  return { ...CORPUS, name: 'TDMSci test', documents: lines.map(({ document }) => document) };
}

function loadConll(folder: string): GoldCorpus {
  const documents: GoldDocument[] = [];
  const blocks = readFileSync(join(folder, 'conll', 'train_1500_v2.conll'), 'utf8').split(/\n\s*\n/);
  for (const block of blocks) {
    const rows = block
      .split('\n')
      .map((line) => line.split('\t'))
      .filter((fields) => fields.length >= 3);
    if (rows.length === 0) continue;
    let text = '';
    const mentions: GoldMention[] = [];
    let open: GoldMention | undefined;
    // Tokens joined by single spaces, as in the test split's text ("domain - specific").
    for (const [token = '', , tag = 'O'] of rows) {
      const start = text.length === 0 ? 0 : text.length + 1;
      text = text.length === 0 ? token : `${text} ${token}`;
      const [prefix, label = ''] = tag.split('-');
      const type = TYPES[label];
      if (prefix === 'I' && open && type === open.type) {
        open.end = start + token.length;
        continue;
      }
      open = prefix === 'B' && type ? { type, start, end: start + token.length } : undefined;
      if (open) mentions.push(open);
    }
    documents.push({ id: `train-${documents.length + 1}`, text, mentions });
  }
  return { ...CORPUS, name: 'TDMSci train', documents };
}

export function loadTdmsci(dataDir: string, split: 'train' | 'test'): GoldCorpus {
  const folder = join(dataDir, 'tdmsci');
  return split === 'test' ? loadBrat(folder) : loadConll(folder);
}
