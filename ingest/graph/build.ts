/**
 * Abstracts plus their consolidated extractions → the knowledge graph the store writes (src/model/graph.ts).
 * Pure and deterministic: the same input gives the same graph, in the same order, every time — the writer's
 * skip-unchanged and crash-resume logic relies on it.
 *
 * Whatever cannot be represented is skipped with a warning naming the paper and the field: an extraction
 * for an unknown paper, a type outside the whitelist, a key whose type prefix disagrees with the entity's
 * type, evidence whose offsets fall outside the abstract.
 */
import { provenanceOf, type Abstract } from '../../src/model/abstract';
import { isConceptType, isLineageType, mentionType, type ConceptType } from '../../src/model/concepts';
import type { Evidence, ExtractedEntity, ExtractedResult, Extraction } from '../../src/model/extraction';
import type {
  KnowledgeGraph,
  LineageRecord,
  MentionRecord,
  PaperRecord,
  ResultRecord,
} from '../../src/model/graph';
import { conceptKey, typeOfKey } from '../../src/model/keys';
import { ConceptCollector } from './concepts';

export interface BuildOptions {
  /** Called once per skipped item, with a message naming the paper (`file:line`) and the field. */
  warn?: (message: string) => void;
}

/**
 * @example
 * const graph = buildKnowledgeGraph(abstracts, await extractCorpus(abstracts));
 * graph.mentions[0]; // { paperId, conceptKey: 'method:daformer', type: 'PROPOSES', evidence: [...] }
 */
export function buildKnowledgeGraph(
  abstracts: Abstract[],
  extractions: Extraction[],
  options: BuildOptions = {},
): KnowledgeGraph {
  const warn = options.warn ?? (() => undefined);
  const papers = uniquePapers(abstracts, warn);
  const parts: GraphParts = {
    concepts: new ConceptCollector(),
    mentions: new Map(),
    lineage: new Map(),
    results: [],
  };
  for (const { paper, extraction } of extractionsOfPapers(papers, extractions, warn)) {
    const scope = paperScope(paper, warn);
    addMentions(parts, scope, extraction.entities);
    addLineage(parts, scope, extraction.relations);
    addResults(parts, scope, extraction);
  }
  return inPaperOrder(papers, parts);
}

/** What the build gathers across papers; mentions and lineage are keyed so a repeat merges or drops. */
interface GraphParts {
  concepts: ConceptCollector;
  mentions: Map<string, MentionRecord>;
  lineage: Map<string, LineageRecord>;
  results: ResultRecord[];
}

/** One paper's extraction being read: where its warnings point, and its evidence check. */
interface PaperScope {
  paper: PaperRecord;
  warn: (message: string) => void;
  /** `file:line (paper id) field`, the start of a warning about that field. */
  at: (field: string) => string;
  evidenceOk: (evidence: Evidence, field: string) => boolean;
}

function paperScope(paper: PaperRecord, warn: (message: string) => void): PaperScope {
  const at = (field: string) => `${paper.source} (paper ${paper.id}) ${field}`;
  return {
    paper,
    warn,
    at,
    evidenceOk: (evidence, field) => validEvidence(evidence, paper, at(field), warn),
  };
}

/** Each extraction with its paper, in input order; one for an unknown paper, or a paper's second, is skipped. */
function* extractionsOfPapers(
  papers: PaperRecord[],
  extractions: Extraction[],
  warn: (message: string) => void,
): Generator<{ paper: PaperRecord; extraction: Extraction }> {
  const byId = new Map(papers.map((paper) => [paper.id, paper]));
  const seen = new Set<string>();
  for (const extraction of extractions) {
    const paper = byId.get(extraction.id);
    if (!paper) {
      warn(`extraction for unknown paper id ${JSON.stringify(extraction.id)}: skipped`);
      continue;
    }
    if (seen.has(paper.id)) {
      warn(`${paper.source}: a second extraction for paper ${paper.id}: skipped`);
      continue;
    }
    seen.add(paper.id);
    yield { paper, extraction };
  }
}

/** The paper's entities as mention edges (one per concept and edge type, their evidence merged). */
function addMentions(parts: GraphParts, scope: PaperScope, entities: readonly ExtractedEntity[]): void {
  const { paper, warn, at, evidenceOk } = scope;
  entities.forEach((entity, index) => {
    const field = `entities[${index}]`;
    if (!isConceptType(entity.type)) {
      warn(`${at(`${field}.type`)}: ${JSON.stringify(entity.type)} is not a concept type: skipped`);
      return;
    }
    if (!keyOfType(entity.key, entity.type) || !entity.name?.trim()) {
      warn(`${at(field)}: key ${JSON.stringify(entity.key)} is not a ${entity.type} key: skipped`);
      return;
    }
    const evidence = entity.evidence.filter((item, i) => evidenceOk(item, `${field}.evidence[${i}]`));
    if (evidence.length === 0) {
      warn(`${at(field)}: no usable evidence for ${entity.key}: skipped`);
      return;
    }
    const confidence = Number.isFinite(entity.confidence) ? Math.min(1, Math.max(0, entity.confidence)) : 0;
    const role = entity.type === 'Method' ? (entity.role ?? 'used') : undefined;
    const type = mentionType(entity.type, role);
    parts.concepts.add(entity.key, entity.type, entity.name, entity.aliases ?? []);
    const id = `${paper.id}\u0000${entity.key}\u0000${type}`;
    const edgeEvidence = evidence.map((item) => ({ ...pickEvidence(item), confidence }));
    const existing = parts.mentions.get(id);
    if (existing) {
      existing.confidence = Math.max(existing.confidence, confidence);
      existing.evidence.push(...edgeEvidence);
    } else {
      parts.mentions.set(id, {
        paperId: paper.id,
        conceptKey: entity.key,
        type,
        ...(role ? { role } : {}),
        confidence,
        evidence: edgeEvidence,
      });
    }
  });
}

/** The paper's relations as lineage edges between two methods (the first of a repeat kept). */
function addLineage(parts: GraphParts, scope: PaperScope, relations: Extraction['relations']): void {
  const { paper, warn, at, evidenceOk } = scope;
  relations.forEach((relation, index) => {
    const field = `relations[${index}]`;
    if (!isLineageType(relation.type)) {
      warn(`${at(`${field}.type`)}: ${JSON.stringify(relation.type)} is not a lineage type: skipped`);
      return;
    }
    if (!keyOfType(relation.from, 'Method') || !keyOfType(relation.to, 'Method')) {
      warn(`${at(field)}: ${relation.from} → ${relation.to} does not join two method keys: skipped`);
      return;
    }
    if (relation.from === relation.to || !evidenceOk(relation.evidence, `${field}.evidence`)) return;
    const id = `${paper.id}\u0000${relation.from}\u0000${relation.type}\u0000${relation.to}`;
    if (parts.lineage.has(id)) return;
    parts.concepts.reference(relation.from, 'Method');
    parts.concepts.reference(relation.to, 'Method');
    parts.lineage.set(id, {
      from: relation.from,
      to: relation.to,
      type: relation.type,
      paperId: paper.id,
      evidence: pickEvidence(relation.evidence),
    });
  });
}

/** The paper's results as REPORTS edges, each on its dataset, benchmark or metric (`reportTarget`). */
function addResults(parts: GraphParts, scope: PaperScope, extraction: Extraction): void {
  const { paper, warn, at, evidenceOk } = scope;
  const metricKeys = metricKeysOf(extraction.entities);
  extraction.results.forEach((result, index) => {
    const field = `results[${index}]`;
    if (!result.metric?.trim() || !result.value?.trim()) {
      warn(`${at(field)}: a result needs a metric and a value: skipped`);
      return;
    }
    const metricKey = metricKeys.get(conceptKey('Metric', result.metric));
    const target = reportTarget(result, metricKey);
    if ('problem' in target) {
      warn(`${at(`${field}.${target.field}`)}: ${target.problem}: skipped`);
      return;
    }
    if (!evidenceOk(result.evidence, `${field}.evidence`)) return;
    let method = result.method;
    if (method !== undefined && !keyOfType(method, 'Method')) {
      warn(`${at(`${field}.method`)}: ${JSON.stringify(method)} is not a method key: result kept without it`);
      method = undefined;
    }
    if (target.type === 'Metric') parts.concepts.referenceNamed(target.key, 'Metric', result.metric.trim());
    else parts.concepts.reference(target.key, target.type);
    if (method) parts.concepts.reference(method, 'Method');
    const resultMetricKey = target.type === 'Metric' ? target.key : metricKey;
    parts.results.push({
      paperId: paper.id,
      target: target.key,
      metric: result.metric,
      ...(resultMetricKey ? { metricKey: resultMetricKey } : {}),
      value: result.value,
      ...(method ? { method } : {}),
      evidence: pickEvidence(result.evidence),
    });
  });
}

/** The graph, its edges in the papers' order (a stable sort: within a paper, in the order found). */
function inPaperOrder(papers: PaperRecord[], parts: GraphParts): KnowledgeGraph {
  const order = new Map(papers.map((paper, index) => [paper.id, index]));
  const byPaper = (a: { paperId: string }, b: { paperId: string }) =>
    (order.get(a.paperId) ?? 0) - (order.get(b.paperId) ?? 0);
  return {
    papers,
    concepts: parts.concepts.records(),
    mentions: [...parts.mentions.values()].sort(byPaper),
    lineage: [...parts.lineage.values()].sort(byPaper),
    results: parts.results.sort(byPaper),
  };
}

function uniquePapers(abstracts: Abstract[], warn: (message: string) => void): PaperRecord[] {
  const first = new Map<string, Abstract>();
  const papers: PaperRecord[] = [];
  for (const paper of abstracts) {
    const earlier = first.get(paper.id);
    if (earlier) {
      warn(`${paper.source}: paper id ${paper.id} already read at ${earlier.source}: skipped`);
      continue;
    }
    first.set(paper.id, paper);
    papers.push({
      id: paper.id,
      title: paper.title,
      abstract: paper.abstract,
      ...(paper.year !== undefined ? { year: paper.year } : {}),
      ...(paper.venue !== undefined ? { venue: paper.venue } : {}),
      ...(paper.url !== undefined ? { url: paper.url } : {}),
      ...(paper.authors !== undefined ? { authors: paper.authors } : {}),
      ...provenanceOf(paper),
      source: paper.source,
    });
  }
  return papers;
}

type ReportTarget = { key: string; type: ConceptType } | { field: 'target' | 'metric'; problem: string };

/**
 * Where a result's REPORTS edge goes: the dataset or benchmark it names; else the metric it is measured in
 * — the paper's Metric concept of that name (`metricKey`), or one keyed from the metric as written ("2.4x
 * faster" with metric "speedup" reports on `metric:speedup`), so no result is lost for want of a target.
 */
function reportTarget(result: ExtractedResult, metricKey: string | undefined): ReportTarget {
  if (result.target !== undefined) {
    const type = typeOfKey(result.target);
    if ((type === 'Dataset' || type === 'Benchmark') && keyOfType(result.target, type)) {
      return { key: result.target, type };
    }
    return {
      field: 'target',
      problem: `${JSON.stringify(result.target)} is not a dataset or benchmark key`,
    };
  }
  const key = metricKey ?? conceptKey('Metric', result.metric);
  if (keyOfType(key, 'Metric')) return { key, type: 'Metric' };
  return {
    field: 'metric',
    problem: `${JSON.stringify(result.metric)} has no letter or digit to name a metric by`,
  };
}

/**
 * The paper's Metric concepts, by the key each of their names and aliases would get: a result whose metric
 * is written "F1-score" finds the concept the paper mentions as "F1 score" (`metric:f1 score`).
 */
function metricKeysOf(entities: readonly ExtractedEntity[]): Map<string, string> {
  const keys = new Map<string, string>();
  for (const entity of entities) {
    if (entity.type !== 'Metric' || !keyOfType(entity.key, 'Metric')) continue;
    for (const name of [entity.name, ...(entity.aliases ?? [])]) {
      if (name?.trim()) keys.set(conceptKey('Metric', name), entity.key);
    }
    keys.set(entity.key, entity.key);
  }
  return keys;
}

function keyOfType(key: string | undefined, type: ConceptType): key is string {
  return typeof key === 'string' && typeOfKey(key) === type && key.length > key.indexOf(':') + 1;
}

function pickEvidence(evidence: Evidence): Evidence {
  return { sentence: evidence.sentence, start: evidence.start, end: evidence.end, rule: evidence.rule };
}

function validEvidence(
  evidence: Evidence | undefined,
  paper: PaperRecord,
  field: string,
  warn: (message: string) => void,
): boolean {
  if (!evidence || typeof evidence.sentence !== 'string' || typeof evidence.rule !== 'string') {
    warn(`${field}: evidence needs a sentence and a rule: skipped`);
    return false;
  }
  const { start, end } = evidence;
  // Evidence on the title (a concept only the title names) has offsets into the title.
  const [where, text] = evidence.in === 'title' ? ['title', paper.title] : ['abstract', paper.abstract];
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > text.length) {
    warn(`${field}: offsets ${start}..${end} are outside the ${where} (length ${text.length}): skipped`);
    return false;
  }
  return true;
}
