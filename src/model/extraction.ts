/**
 * What extraction produces for one paper: the JSONL contract of `npm run extract` (DESIGN.md §4).
 * Keep it stable: other tools read it.
 */
import type { ConceptType, LineageType, MethodRole } from './concepts';

/** Where a mention stands: its sentence, and character offsets into the abstract (end exclusive). */
export interface Evidence {
  sentence: string;
  start: number;
  end: number;
  /** The name of the rule that fired. */
  rule: string;
  /** `title` when the sentence is the paper's title and the offsets point into it. */
  in?: 'title';
}

export interface ExtractedEntity {
  name: string;
  type: ConceptType;
  /** Methods only. */
  role?: MethodRole;
  /** `conceptKey(type, name)` after consolidation. */
  key: string;
  aliases: string[];
  /** 0..1 */
  confidence: number;
  evidence: Evidence[];
}

export interface ExtractedRelation {
  /** Concept key of the method the sentence is about (e.g. the proposed one). */
  from: string;
  type: LineageType;
  /** Concept key of the method it relates to. */
  to: string;
  evidence: Evidence;
}

export interface ExtractedResult {
  /** Metric name as written, e.g. `mIoU`. */
  metric: string;
  /** Value with sign and unit as written, e.g. `+10.8`, `48%`. */
  value: string;
  /** Concept key of the dataset or benchmark, when the sentence names one. */
  target?: string;
  /** Concept key of the method, when known. */
  method?: string;
  evidence: Evidence;
}

export interface Extraction {
  id: string;
  title: string;
  entities: ExtractedEntity[];
  relations: ExtractedRelation[];
  results: ExtractedResult[];
}
