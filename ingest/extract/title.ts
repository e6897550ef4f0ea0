/**
 * The name a title gives its paper: `DAFormer: Improving Network Architectures ...` proposes DAFormer; in
 * `LongBench: A Bilingual Benchmark for ...` the name is a benchmark.
 */
import type { ConceptType } from '../../src/model/concepts';
import { isNameShaped } from './plugin/shapes';

export interface TitleName {
  name: string;
  type: ConceptType;
}

const TITLE_NAME = /^\s*([^:]{2,40}?)\s*:\s+(.+)$/;

/**
 * @example
 * titleName('DAFormer: Improving Network Architectures'); // { name: 'DAFormer', type: 'Method' }
 * titleName('WiC: the Word-in-Context Dataset for ...');   // { name: 'WiC', type: 'Dataset' }
 * titleName('Attention Entropy is a Key Factor: An Analysis'); // undefined
 */
export function titleName(title: string): TitleName | undefined {
  const match = TITLE_NAME.exec(title);
  const name = match?.[1];
  const rest = match?.[2] ?? '';
  if (!name || name.split(/\s+/).length > 3 || !name.split(/[\s-]+/).some(isNameShaped)) return undefined;
  const restWords = rest.toLowerCase().split(/[^a-z]+/);
  const noun = restWords.find((word) =>
    /^(?:benchmarks?|datasets?|corpus|corpora|treebank|suite|leaderboard)$/.test(word),
  );
  const type: ConceptType = !noun ? 'Method' : /bench|suite|leaderboard/.test(noun) ? 'Benchmark' : 'Dataset';
  return { name, type };
}
