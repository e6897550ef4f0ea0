/** Gold data for evaluation, in one shape whatever its source: documents with typed character spans. */
import type { ConceptType } from '../../src/model/concepts';

export interface GoldMention {
  start: number;
  end: number;
  type: ConceptType;
}

export interface GoldDocument {
  id: string;
  text: string;
  mentions: GoldMention[];
}

export interface GoldCorpus {
  name: string;
  /** The types this corpus annotates (our Benchmark counts as Dataset everywhere). */
  types: ConceptType[];
  documents: GoldDocument[];
}
