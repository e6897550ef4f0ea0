/**
 * The HTTP API's response shapes, shared by the server (which produces them) and the app (which draws
 * them). Node ids in graph payloads: concept key (`method:daformer`), `paper:<id>`, `cluster:<id>`.
 */
import type { ConceptType, LineageType, MentionType, MethodRole } from './concepts';

export type NodeKind = 'Paper' | ConceptType | 'Cluster';

export interface PayloadNode {
  id: string;
  kind: NodeKind;
  label: string;
  /** Concepts: papers mentioning it; clusters: member count; papers: 1. */
  size: number;
  cluster?: string;
  /** Papers: the year published. */
  year?: number;
  /** Concepts: the years in which any of its papers was published, ascending (absent: none known). */
  years?: number[];
}

export interface PayloadEdge {
  id: string;
  source: string;
  target: string;
  /** Relationship type (PROPOSES, USES, CO_OCCURS, EXTENDS, LINK for cluster links...). */
  type: string;
  weight?: number;
}

/** `GET /api/graph/neighborhood` takes at most this many seed ids (`keys`) per request. */
export const NEIGHBORHOOD_MAX_SEEDS = 50;

export interface GraphPayload {
  nodes: PayloadNode[];
  edges: PayloadEdge[];
  /** True when the server cap cut the graph; `limit` says the cap. */
  truncated: boolean;
  limit?: number;
}

export interface ApiErrorBody {
  error: {
    code: string;
    message: string;
    /** Cypher syntax errors: where Neo4j says the problem is (1-based line and column). */
    position?: { line: number; column: number; offset: number };
  };
}

export interface HealthResponse {
  status: 'ok' | 'unavailable';
  database: {
    reachable: boolean;
    /** e.g. "Neo4j/5.26.30" */
    version?: string;
    /** 'embedded' or 'environment' (NEO4J_URI). */
    origin: 'embedded' | 'environment';
  };
  counts?: { papers: number; concepts: number; relationships: number };
}

export interface StatsResponse {
  labels: Record<string, number>;
  relationships: Record<string, number>;
  concepts: Record<ConceptType, number>;
}

export interface SearchHit {
  /** Graph payload node id. */
  id: string;
  kind: NodeKind;
  label: string;
  /** Concept key, or paper id. */
  key: string;
  score: number;
  paperCount?: number;
  year?: number;
}

export interface SearchResponse {
  query: string;
  hits: SearchHit[];
}

export interface EvidenceView {
  sentence: string;
  /** Offsets into the abstract, or into the title when `inTitle` (end exclusive). */
  start: number;
  end: number;
  /** The sentence is the paper's title: the concept is named there and not in the abstract. */
  inTitle?: boolean;
  /** Offsets of the mention inside `sentence` (end exclusive), for highlighting. */
  sentenceStart: number;
  sentenceEnd: number;
  rule: string;
  confidence: number;
}

export interface PaperRef {
  id: string;
  title: string;
  year?: number;
  venue?: string;
}

export interface ConceptRef {
  key: string;
  name: string;
  type: ConceptType;
}

export interface ResultView {
  paper: PaperRef;
  /** As written: `mIoU`, `speedup`. */
  metric: string;
  /** The Metric concept it is measured in, when there is one. */
  metricConcept?: ConceptRef;
  value: string;
  method?: ConceptRef;
  /** The dataset or benchmark; absent for a result that names neither. */
  target?: ConceptRef;
  sentence: string;
}

export interface LineageView {
  type: LineageType;
  /** 'out': this method → other; 'in': other → this method. */
  direction: 'out' | 'in';
  other: ConceptRef;
  /** The paper that states it; absent when that paper is not in the graph. */
  paper?: PaperRef;
  sentence: string;
}

export interface ConceptDetails extends ConceptRef {
  aliases: string[];
  paperCount: number;
  cluster?: { id: string; label: string };
  /** Newest first: a page of them (`?papers=` at most, from `?offset=`). */
  papers: Array<PaperRef & { relation: MentionType; role?: MethodRole; evidence: EvidenceView[] }>;
  /** How many entries `papers` pages through (one per paper and kind of mention). */
  paperTotal: number;
  /** Newest first, `?results=` of them at most. */
  results: ResultView[];
  /** How many results there are in all. */
  resultTotal: number;
  lineage: LineageView[];
}

export type RelatedReasonKind = 'shared-dataset' | 'shared-task' | 'co-occurrence' | 'lineage';

export interface RelatedMethod extends ConceptRef {
  score: number;
  /** One sentence a person can read, e.g. "Both evaluated on Cityscapes and GTA5". */
  reason: string;
  reasons: Array<{ kind: RelatedReasonKind; detail: string; items: ConceptRef[] }>;
  /** Every shared dataset, benchmark and task, most specific (fewest papers) first. */
  shared: ConceptRef[];
}

export interface RelatedResponse {
  key: string;
  related: RelatedMethod[];
}

export interface PaperDetails extends PaperRef {
  abstract: string;
  url?: string;
  /** Provenance, where known: bare DOI, arXiv id, OpenAlex work id (`W…`), Semantic Scholar id, origin service. */
  doi?: string;
  arxivId?: string;
  openalexId?: string;
  s2Id?: string;
  origin?: string;
  entities: Array<ConceptRef & { relation: MentionType; role?: MethodRole; evidence: EvidenceView[] }>;
  results: ResultView[];
  lineage: Array<{ type: LineageType; from: ConceptRef; to: ConceptRef; sentence: string }>;
}

/**
 * A cluster of concepts, or a theme: a group of clusters (level 1) or of themes (level 2 and up), which
 * `GET /api/clusters?theme=<id>` opens. Themes carry `level` and `children`; clusters carry neither.
 */
export interface ClusterSummary {
  id: string;
  label: string;
  /** Member concepts (a theme: over all its clusters). */
  size: number;
  top: ConceptRef[];
  /** Themes only: 1 above clusters, 2 above level-1 themes, and so on. */
  level?: number;
  /** Themes only: how many clusters or themes it holds. */
  children?: number;
  /** The years any of its papers was published in, ascending (absent: none known). */
  years?: number[];
}

/** A theme as a step of a path: its id, label and level. */
export interface ThemeRef {
  id: string;
  label: string;
  level: number;
}

export interface ClustersResponse {
  /** The top level (themes when the corpus has them, else clusters), or one theme's children. */
  clusters: ClusterSummary[];
  links: Array<{ source: string; target: string; weight: number }>;
  /** The theme whose children these are, after its ancestors (top first); empty at the top level. */
  path?: ThemeRef[];
}

/** A paper of a cluster, with how many of the cluster's concepts it mentions. */
export interface ClusterPaper extends PaperRef {
  concepts: number;
}

export interface ClusterDetails extends ClusterSummary {
  /** The themes the cluster lies in, top first; empty when the corpus has no themes. */
  path?: ThemeRef[];
  graph: GraphPayload;
  /** The papers mentioning most of the cluster's concepts first (then newest), at most `papers` of them. */
  papers: ClusterPaper[];
  /** How many papers mention any of the cluster's concepts. */
  paperTotal: number;
}

export interface SavedQuery {
  /** File name without `.cypher`. */
  name: string;
  description: string;
  params: Array<{ name: string; description: string; example?: unknown }>;
  columns: string[];
  query: string;
}

export interface CypherRequest {
  query: string;
  params?: Record<string, unknown>;
}

/** A node in a console answer (as neo4j/database.ts `toPlain` converts it); `id` is Neo4j's element id. */
export interface NodeValue {
  kind: 'node';
  id: string;
  labels: string[];
  properties: Record<string, unknown>;
}

/** A relationship in a console answer; `start` and `end` are the element ids of its nodes. */
export interface RelationshipValue {
  kind: 'relationship';
  id: string;
  type: string;
  start: string;
  end: string;
  properties: Record<string, unknown>;
}

/** A path in a console answer: its nodes in order (one more than its relationships, which join them). */
export interface PathValue {
  kind: 'path';
  nodes: NodeValue[];
  relationships: RelationshipValue[];
}

/** A graph element as the console sends it in a row. */
export type GraphValue = NodeValue | RelationshipValue | PathValue;

export interface CypherResponse {
  columns: string[];
  /** One object per row, keyed by column; graph elements as `GraphValue`s (src/model/graph-values.ts reads them). */
  rows: Array<Record<string, unknown>>;
  graph: GraphPayload;
  truncated: boolean;
  rowCap: number;
  elapsedMs: number;
}

/** One year of a concept's timeline: its papers, all papers of the year, and its share of them. */
export interface TimelinePoint {
  year: number;
  papers: number;
  total: number;
  share: number;
}

/** `GET /api/concepts/:key/timeline`. `corpusHasYears` is false when no stored paper has a year. */
export interface TimelineResponse extends ConceptRef {
  corpusHasYears: boolean;
  points: TimelinePoint[];
  firstYear: number | null;
  peak: TimelinePoint | null;
}

/** A method in a family tree: its first year (null: none of its papers has one) and steps from the method. */
export interface LineageNode extends ConceptRef {
  paperCount: number;
  firstYear: number | null;
  /** 0: the method asked about; 1, 2: steps away over lineage edges. */
  depth: number;
}

/** All lineage relationships of one type from one method to another, with the sentences that state them. */
export interface LineageEdge {
  from: string;
  to: string;
  type: LineageType;
  /** Papers stating it. */
  papers: number;
  /** Up to three of their sentences, earliest paper first (`paper` absent when it is not in the graph). */
  evidence: Array<{ sentence: string; paper?: PaperRef }>;
}

/**
 * `GET /api/concepts/:key/lineage`: the methods around a method over lineage edges, up to `depth` steps,
 * at most `limit` of them (`truncated` when some were left out). `corpusHasYears` false: no stored paper has a
 * year, so a family tree is laid out by depth alone.
 */
export interface LineageResponse extends ConceptRef {
  corpusHasYears: boolean;
  depth: number;
  limit: number;
  truncated: boolean;
  nodes: LineageNode[];
  edges: LineageEdge[];
}

export interface TrendConcept extends ConceptRef {
  /** Its papers within the span. */
  papers: number;
  /** Share of the later half of the span's papers minus share of the earlier half (pooled). */
  change: number;
  /** The strongest Kleinberg burst within the span, if any. */
  burst: { start: number; end: number; weight: number } | null;
  points: TimelinePoint[];
}

/**
 * A theme at the top of the map (a cluster when the corpus has no themes) over a span: its papers are the
 * distinct papers reaching any of its concepts; `change` and `burst` as for a concept.
 */
export interface TrendTheme {
  id: string;
  label: string;
  /** Themes only (absent: a cluster). */
  level?: number;
  /** Member concepts. */
  size: number;
  papers: number;
  change: number;
  burst: { start: number; end: number; weight: number } | null;
  points: TimelinePoint[];
}

/** `GET /api/trends?from=&to=&type=`. */
export interface TrendsResponse {
  corpusHasYears: boolean;
  /** The corpus's years, and the span used (within them). */
  years: number[];
  from: number | null;
  to: number | null;
  type: ConceptType | null;
  /** Fewest papers in the span a listed concept has (`min`, else one per thousand papers with a year, at least 2). */
  min: number;
  rising: TrendConcept[];
  falling: TrendConcept[];
  /** Strongest bursts first. */
  bursting: TrendConcept[];
  /** The top of the map's themes (or clusters) whose share grew and shrank most over the span (any type). */
  themes: { rising: TrendTheme[]; falling: TrendTheme[] };
}
