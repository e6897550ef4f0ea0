/**
 * SciREX (Jain et al. 2020), the title+abstract subset of its training documents: text is the tokens joined
 * by spaces, mentions carry character offsets. Material maps to Dataset.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ConceptType } from '../../src/model/concepts';
import type { GoldCorpus } from './types';

const TYPES: Record<string, ConceptType> = {
  Task: 'Task',
  Method: 'Method',
  Metric: 'Metric',
  Material: 'Dataset',
};

interface ScirexLine {
  doc_id: string;
  text: string;
  mentions: Array<{ type: string; char_start: number; char_end: number }>;
}

export function loadScirex(dataDir: string): GoldCorpus {
  const lines = readFileSync(join(dataDir, 'scirex', 'train_abstracts.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean);
  const documents = lines.map((line) => {
    const record = JSON.parse(line) as ScirexLine;
    const mentions = record.mentions.flatMap((mention) => {
      const type = TYPES[mention.type];
      return type ? [{ type, start: mention.char_start, end: mention.char_end }] : [];
    });
    return { id: record.doc_id, text: record.text, mentions };
  });
  return { name: 'SciREX abstracts (train)', types: ['Method', 'Task', 'Metric', 'Dataset'], documents };
}
