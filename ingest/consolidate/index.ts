/**
 * Corpus-level consolidation: per-abstract candidates in, the JSONL contract out. Types are decided by
 * vote over the corpus, acronyms resolve to their long forms, variants of a name (case, hyphens, plurals,
 * spacing) share one key while versions stay apart, and each concept gets one display name and its aliases.
 */
import type { ConceptType } from '../../src/model/concepts';
import type { Evidence, ExtractedEntity, Extraction } from '../../src/model/extraction';
import { canonicalName, conceptKey } from '../../src/model/keys';
import { layerOf, ruleLabel, ruleOfLabel, standsOnTitle } from '../extract/rules';
import type { Mention, PaperCandidates } from '../extract/types';
import { Concepts } from './concepts';
import { acronymMeanings, isCommonWord, lowerCaseWords, namingForm, voteTypes } from './votes';

export interface ConsolidateOptions {
  lexicon?: Map<string, ConceptType>;
}

/** A mention after the corpus had its say: its final type and concept key. */
interface Resolved {
  mention: Mention;
  type: ConceptType;
  key: string;
  confidence: number;
}

function evidenceOf(
  paper: PaperCandidates,
  sentence: number,
  start: number,
  end: number,
  rule: string,
): Evidence {
  const bounds = paper.sentences[sentence] ?? { start: 0, end: paper.abstract.length };
  return { sentence: paper.abstract.slice(bounds.start, bounds.end).trim(), start, end, rule };
}

/**
 * A year or a version after a dataset's name, or its dataset word, or both: "CoNLL 2005", "WMT '14 data",
 * "CTB 5.1" (pre-tokenised: "CTB 5 . 1"), "the Europarl corpus". Versions stay apart: each is a concept of
 * its own; the dataset word is no part of the name.
 */
const DATASET_WORD = String.raw`(?:data\s?sets?|corpus|corpora|data|treebank)`;
const VERSION_AFTER = new RegExp(
  String.raw`^(?:\s+((?:19|20)\d\d|['’]\s?\d\d|\d{1,2}\s?\.\s?\d{1,2})(?![\w.]))?(?:\s+${DATASET_WORD}\b)?`,
  'i',
);
const ENDS_IN_DATASET_WORD = new RegExp(`${DATASET_WORD}$`, 'i');

/** The mention grown over the version and dataset word after it, and the concept's name with the version. */
function withVersion(mention: Mention, form: string, abstract: string): { mention: Mention; form: string } {
  if (ENDS_IN_DATASET_WORD.test(mention.text)) return { mention, form };
  const found = VERSION_AFTER.exec(abstract.slice(mention.end, mention.end + 40));
  if (!found?.[0]) return { mention, form };
  const end = mention.end + found[0].length;
  return {
    mention: { ...mention, end, text: abstract.slice(mention.start, end) },
    form: found[1] ? `${form} ${found[1]}` : form,
  };
}

/** A name without its spaces and hyphens: "Flash Attention", "FlashAttention" and "Flash-Attention" agree. */
const squashed = (form: string): string => canonicalName(form).replace(/[\s-]+/g, '');

/**
 * The spelling the corpus writes most for each squashed name, so that "FlashAttention" and "Flash
 * Attention", or "LongBench" and "Long-Bench", name one concept. Versions stay apart ("Llama 2" ≠ "Llama 3"
 * squash apart too).
 */
function commonSpellings(papers: PaperCandidates[]): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const paper of papers) {
    for (const mention of paper.mentions) {
      const form = canonicalName(namingForm(mention));
      const forSquashed = counts.get(squashed(form)) ?? new Map<string, number>();
      forSquashed.set(form, (forSquashed.get(form) ?? 0) + 1);
      counts.set(squashed(form), forSquashed);
    }
  }
  const spellings = new Map<string, string>();
  for (const [key, forms] of counts) {
    const [best] = [...forms].sort(
      (a, b) => b[1] - a[1] || a[0].length - b[0].length || a[0].localeCompare(b[0]),
    );
    if (best && forms.size > 1) spellings.set(key, best[0]);
  }
  return spellings;
}

/**
 * A task word alone in a paper that names a longer task ending in it is that task said short: "neural
 * machine translation ... translation quality". Its evidence joins the longer task's.
 */
function foldShortTasks(entities: ExtractedEntity[], redirect: Map<string, string>): ExtractedEntity[] {
  return absorbShortForms(entities, redirect, (short, others) => {
    const word = canonicalName(short.name);
    if (short.type !== 'Task' || word.includes(' ')) return undefined;
    return others.find(
      (task) => task !== short && task.type === 'Task' && canonicalName(task.name).endsWith(` ${word}`),
    );
  });
}

/** The capitals of a short name: "BiCA" → "BCA", "CAVG" → "CAVG". */
const capitals = (name: string): string => name.replace(/[^\p{Lu}]/gu, '');

/** The initials of a long name's words, hyphenated parts apart: "Context-Aware Visual Grounding" → "CAVG". */
const initials = (name: string, split: RegExp): string =>
  name
    .split(split)
    .filter(Boolean)
    .map((word) => word[0]?.toUpperCase() ?? '')
    .join('');

/**
 * A name written as the initials of a longer name of the same paper and type is that name's short form,
 * though no bracket joined them: "we introduce BiCA ... with Bi-directional Contextual Attention". The
 * short form becomes an alias of the long one, its evidence joins it.
 */
function mergeInitialisms(entities: ExtractedEntity[], redirect: Map<string, string>): ExtractedEntity[] {
  return absorbShortForms(
    entities,
    redirect,
    (short, others) => {
      const letters = capitals(short.name);
      if (letters.length < 2 || short.name.includes(' ') || letters.length < short.name.length / 2)
        return undefined;
      return others.find(
        (entity) =>
          entity !== short &&
          entity.type === short.type &&
          /\s/.test(entity.name) &&
          [/\s+/, /[\s-]+/].some((split) => initials(entity.name, split) === letters),
      );
    },
    (long, short) => {
      long.aliases = [...new Set([...long.aliases, short.name, ...short.aliases])];
      if (short.role === 'proposed') long.role = 'proposed';
    },
  );
}

/**
 * Each entity for which `longFor` finds a longer form in its paper joins it: its evidence moves over, its key
 * is redirected (relations and results follow), and it leaves the list. `alsoMove` moves what else belongs.
 */
function absorbShortForms(
  entities: ExtractedEntity[],
  redirect: Map<string, string>,
  longFor: (short: ExtractedEntity, entities: ExtractedEntity[]) => ExtractedEntity | undefined,
  alsoMove: (long: ExtractedEntity, short: ExtractedEntity) => void = () => {},
): ExtractedEntity[] {
  const absorbed = new Set<ExtractedEntity>();
  for (const short of entities) {
    const long = longFor(short, entities);
    if (!long) continue;
    alsoMove(long, short);
    long.evidence.push(...short.evidence);
    long.evidence.sort((a, b) => a.start - b.start);
    redirect.set(short.key, long.key);
    absorbed.add(short);
  }
  return entities.filter((entity) => !absorbed.has(entity));
}

/**
 * A title names its own and known things ("HanoiT: ...", "... for Transformers"); its Title Case phrases
 * read as tasks or kinds of method ("Weakly-Supervised Crowd Counting", "Compositional Neural Logic") are
 * as often a paper's framing as a concept, so only names and known concepts stand on a title alone.
 */
const titleNames = ({ mention, type }: Resolved): boolean => type !== 'Task' && standsOnTitle(mention);

/** How many papers mention each concept key. */
function papersPerKey(papers: Array<Array<Resolved | undefined>>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const resolved of papers) {
    const keys = new Set(resolved.flatMap((item) => (item ? [item.key] : [])));
    for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/**
 * How many papers a descriptive term said once must be found in to count as a unit: another paper in a
 * small corpus, but one paper in a thousand at least, so that in tens of thousands of abstracts a phrase a
 * few of them happen to share ("a mathematical formulation", "a static architecture") is no unit.
 */
const unitPapers = (corpusSize: number): number => Math.max(2, Math.ceil(corpusSize / 1000));

/**
 * A concept found only as a descriptive term ("a soft selection mechanism") enters the graph when it recurs
 * as a unit — said twice in its paper, or found in other papers too (see `unitPapers`); once, it only
 * describes this paper's own thing. Names and known terms need no such proof.
 */
function recursAsUnit(
  entity: ExtractedEntity,
  papersOf: ReadonlyMap<string, number>,
  minPapers: number,
): boolean {
  const descriptive = entity.evidence.every((evidence) => {
    const rule = ruleOfLabel(evidence.rule);
    return rule !== undefined && layerOf(rule) === 'term';
  });
  return !descriptive || entity.evidence.length > 1 || (papersOf.get(entity.key) ?? 0) >= minPapers;
}

/** How many papers must define an acronym's meaning for it to stand where another paper writes it alone. */
const MIN_DEFINITIONS = 2;

export function consolidate(papers: PaperCandidates[], options: ConsolidateOptions = {}): Extraction[] {
  const common = lowerCaseWords(papers);
  // A title's names vote too: a name only its title writes ("HanoiT: ...") still gets a type.
  const verdicts = voteTypes(
    papers.map((paper) => ({ ...paper, mentions: [...paper.mentions, ...paper.titleMentions] })),
    options.lexicon,
    common,
  );
  const meanings = acronymMeanings(papers);
  const concepts = new Concepts();
  const spellings = commonSpellings(papers);

  const resolve = (
    written: Mention,
    text: string,
    paper: { id: string; title: string },
  ): (Resolved & { naming: [string, string] }) | undefined => {
    if (isCommonWord(written, common)) return undefined;
    let mention = written;
    let form = namingForm(mention);
    // An acronym alone that stands for one long form across the corpus: the long form's concept, where its
    // own paper or two others define it ("CLIP" is the model, whatever one paper's "Common Lisp
    // Instrumentation Package (CLIP)" says; "LLMs" are the large language models many papers define).
    const meaning = !mention.longForm ? meanings(form, MIN_DEFINITIONS, paper) : undefined;
    if (meaning) form = meaning;
    const verdict = verdicts.get(canonicalName(form));
    if (!verdict) return undefined;
    const learned = mention.type === 'Name' || meaning !== undefined;
    const confidence = learned ? Math.min(0.7, verdict.weight / 2) : mention.confidence;
    if (confidence < 0.3) return undefined;
    if (verdict.type === 'Dataset' || verdict.type === 'Benchmark')
      ({ mention, form } = withVersion(mention, form, text));
    const key = conceptKey(verdict.type, spellings.get(squashed(form)) ?? form);
    const surface = mention.longForm ? mention.text : (mention.name ?? mention.text);
    return { mention, type: verdict.type, key, confidence, naming: [form, surface] };
  };

  const resolvedPapers = papers.map((paper) => ({
    paper,
    resolved: paper.mentions.map((mention) => resolve(mention, paper.abstract, paper)),
    titled: paper.titleMentions.map((mention) => resolve(mention, paper.title, paper)),
  }));
  // Abstracts name concepts; a title, its case changed to be read, names only what no abstract writes.
  const named = (items: Array<(Resolved & { naming: [string, string] }) | undefined>) => {
    for (const item of items) if (item) concepts.see(item.key, ...item.naming);
  };
  for (const { resolved } of resolvedPapers) named(resolved);
  const abstractNamed = new Set(resolvedPapers.flatMap(({ resolved }) => resolved.map((item) => item?.key)));
  for (const { titled } of resolvedPapers)
    named(titled.filter((item) => item && !abstractNamed.has(item.key)));

  const minPapers = unitPapers(papers.length);
  const papersOf = papersPerKey(resolvedPapers.map(({ resolved, titled }) => [...resolved, ...titled]));

  return resolvedPapers.map(({ paper, resolved, titled }): Extraction => {
    const entities = new Map<string, ExtractedEntity>();
    const add = ({ mention, type, key, confidence }: Resolved, evidence: Evidence) => {
      const entity = entities.get(key) ?? { name: '', type, key, aliases: [], confidence: 0, evidence: [] };
      entity.confidence = Math.max(entity.confidence, confidence);
      entity.evidence.push(evidence);
      if (type === 'Method')
        entity.role = entity.role === 'proposed' || mention.role === 'proposed' ? 'proposed' : 'used';
      entities.set(key, entity);
    };
    const ruleOf = (mention: Mention) =>
      mention.type === 'Name' ? `corpus-${ruleLabel(mention)}` : ruleLabel(mention);
    for (const item of resolved) {
      if (!item) continue;
      const { mention } = item;
      add(item, evidenceOf(paper, mention.sentence, mention.start, mention.end, ruleOf(mention)));
    }
    // What only the title names stands on the title; a concept the abstract names stands on the abstract.
    const abstractKeys = new Set(entities.keys());
    for (const item of titled) {
      if (!item || abstractKeys.has(item.key) || !titleNames(item)) continue;
      const { mention } = item;
      add(item, {
        sentence: paper.title,
        start: mention.start,
        end: mention.end,
        rule: ruleOf(mention),
        in: 'title',
      });
    }
    for (const entity of entities.values()) {
      entity.evidence.sort((a, b) => a.start - b.start);
      entity.name = concepts.nameOf(entity.key);
      entity.aliases = concepts.aliasesOf(entity.key);
      entity.confidence =
        Math.round(Math.min(1, entity.confidence + 0.05 * (entity.evidence.length - 1)) * 100) / 100;
    }
    const keyOf = (index: number | undefined, types: ConceptType[]): string | undefined => {
      const item = index === undefined ? undefined : resolved[index];
      return item && types.includes(item.type) ? item.key : undefined;
    };
    // One relation per pair of concepts: "Cable outperforms RoPE" said twice is one statement.
    const related = new Set<string>();
    const relations = paper.lineage.flatMap((link) => {
      const from = keyOf(link.from, ['Method']);
      const to = keyOf(link.to, ['Method']);
      const a = paper.mentions[link.from];
      const b = paper.mentions[link.to];
      if (!from || !to || from === to || !a || !b || related.has(`${from} ${to}`)) return [];
      related.add(`${from} ${to}`);
      const start = a.sentence === b.sentence ? Math.min(a.start, b.start) : b.start;
      const end = a.sentence === b.sentence ? Math.max(a.end, b.end) : b.end;
      return [
        { from, type: link.type, to, evidence: evidenceOf(paper, link.sentence, start, end, link.rule) },
      ];
    });
    const results = paper.results.flatMap((result) => {
      // A metric mention consolidation typed otherwise ("BLEU" voted a method) names no metric: the quality does
      const mention = keyOf(result.metric, ['Metric']) && paper.mentions[result.metric ?? -1];
      const target = keyOf(result.target, ['Dataset', 'Benchmark']);
      const method = keyOf(result.method, ['Method']);
      return [
        {
          metric: mention ? mention.text : result.metricName,
          value: result.value,
          ...(target && { target }),
          ...(method && { method }),
          evidence: evidenceOf(paper, result.sentence, result.start, result.end, result.rule),
        },
      ];
    });
    // Folded and merged concepts hand their relations and results to the concept they joined.
    const redirect = new Map<string, string>();
    const to = (key: string): string => redirect.get(key) ?? key;
    const merged = mergeInitialisms(foldShortTasks([...entities.values()], redirect), redirect);
    // A descriptive term the paper builds on or compares with is one of its units too.
    const ends = new Set(relations.flatMap((relation) => [to(relation.from), to(relation.to)]));
    const kept = merged.filter((entity) => ends.has(entity.key) || recursAsUnit(entity, papersOf, minPapers));
    const keys = new Set(kept.map((entity) => entity.key));
    const seen = new Set<string>();
    const keptRelations = relations.flatMap((relation) => {
      const moved = { ...relation, from: to(relation.from), to: to(relation.to) };
      const id = `${moved.from} ${moved.type} ${moved.to}`;
      if (moved.from === moved.to || !keys.has(moved.from) || !keys.has(moved.to) || seen.has(id)) return [];
      seen.add(id);
      return [moved];
    });
    const keptResults = results.map((result) => ({
      ...result,
      ...(result.target && { target: to(result.target) }),
      ...(result.method && { method: to(result.method) }),
    }));
    return {
      id: paper.id,
      title: paper.title,
      entities: kept,
      relations: keptRelations,
      results: keptResults,
    };
  });
}
