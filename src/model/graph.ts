/**
 * The knowledge graph as written to Neo4j (DESIGN.md §3), built from abstracts and their consolidated
 * extractions. Framework-free: ingest builds it, the store writes it.
 */
import type { ConceptType, LineageType, MentionType, MethodRole } from './concepts';
import type { Provenance } from './abstract';
import type { Evidence } from './extraction';

export interface PaperRecord extends Provenance {
  id: string;
  title: string;
  abstract: string;
  year?: number;
  venue?: string;
  url?: string;
  authors?: string[];
  source: string;
}

export interface ConceptRecord {
  key: string;
  type: ConceptType;
  name: string;
  aliases: string[];
}

/** Evidence on a paper → concept edge. */
export interface EdgeEvidence extends Evidence {
  confidence: number;
}

/** Paper → concept: one edge per (paper, concept, type), with every evidence found for it. */
export interface MentionRecord {
  paperId: string;
  conceptKey: string;
  type: MentionType;
  role?: MethodRole;
  confidence: number;
  evidence: EdgeEvidence[];
}

/** Method → method, stated by one paper. */
export interface LineageRecord {
  from: string;
  to: string;
  type: LineageType;
  paperId: string;
  evidence: Evidence;
}

/**
 * Paper → dataset/benchmark: a result the abstract reports. A result that names neither goes to the Metric
 * concept it is measured in instead (`target` is then that metric's key).
 */
export interface ResultRecord {
  paperId: string;
  /** Key of the dataset, benchmark or (for a result on neither) metric the REPORTS edge reaches. */
  target: string;
  /** The metric as written: `mIoU`, `speedup`. */
  metric: string;
  /** Key of the Metric concept it is measured in, when the paper mentions one of that name (or it is the target). */
  metricKey?: string;
  value: string;
  method?: string;
  evidence: Evidence;
}

export interface KnowledgeGraph {
  papers: PaperRecord[];
  concepts: ConceptRecord[];
  mentions: MentionRecord[];
  lineage: LineageRecord[];
  results: ResultRecord[];
}
