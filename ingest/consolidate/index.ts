/**
 * Corpus-level consolidation: per-abstract candidates in, the JSONL contract out. Types are decided by
 * vote over the corpus, acronyms resolve to their long forms, variants of a name (case, hyphens, plurals,
 * spacing) share one key while versions stay apart, and each concept gets one display name and its aliases.
 */
import type { ConceptType } from '../../src/model/concepts';
import type { Evidence, ExtractedEntity, Extraction } from '../../src/model/extraction';
import { canonicalName, conceptKey } from '../../src/model/keys';
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

export function consolidate(papers: PaperCandidates[], options: ConsolidateOptions = {}): Extraction[] {
  const common = lowerCaseWords(papers);
  const verdicts = voteTypes(papers, options.lexicon, common);
  const meanings = acronymMeanings(papers);
  const concepts = new Concepts();

  const resolve = (paper: PaperCandidates, written: Mention): Resolved | undefined => {
    if (isCommonWord(written, common)) return undefined;
    let mention = written;
    let form = namingForm(mention);
    // An acronym alone that stands for one long form across the corpus: the long form's concept.
    const meaning = !mention.longForm ? meanings.get(canonicalName(form)) : undefined;
    if (meaning) form = meaning;
    const verdict = verdicts.get(canonicalName(form));
    if (!verdict) return undefined;
    const learned = mention.type === 'Name' || meaning !== undefined;
    const confidence = learned ? Math.min(0.7, verdict.weight / 2) : mention.confidence;
    if (confidence < 0.3) return undefined;
    if (verdict.type === 'Dataset' || verdict.type === 'Benchmark')
      ({ mention, form } = withVersion(mention, form, paper.abstract));
    const key = conceptKey(verdict.type, form);
    concepts.see(key, form, mention.text);
    return { mention, type: verdict.type, key, confidence };
  };

  const resolvedPapers = papers.map((paper) => ({
    paper,
    resolved: paper.mentions.map((mention) => resolve(paper, mention)),
  }));

  return resolvedPapers.map(({ paper, resolved }): Extraction => {
    const entities = new Map<string, ExtractedEntity>();
    resolved.forEach((item) => {
      if (!item) return;
      const { mention, type, key, confidence } = item;
      const rule = mention.type === 'Name' ? `corpus-${mention.rule}` : mention.rule;
      const entity = entities.get(key) ?? {
        name: '',
        type,
        key,
        aliases: [],
        confidence: 0,
        evidence: [],
      };
      entity.confidence = Math.max(entity.confidence, confidence);
      entity.evidence.push(evidenceOf(paper, mention.sentence, mention.start, mention.end, rule));
      if (type === 'Method')
        entity.role = entity.role === 'proposed' || mention.role === 'proposed' ? 'proposed' : 'used';
      entities.set(key, entity);
    });
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
      const metric = paper.mentions[result.metric];
      if (!metric || !keyOf(result.metric, ['Metric'])) return [];
      const target = keyOf(result.target, ['Dataset', 'Benchmark']);
      const method = keyOf(result.method, ['Method']);
      return [
        {
          metric: metric.text,
          value: result.value,
          ...(target && { target }),
          ...(method && { method }),
          evidence: evidenceOf(paper, result.sentence, result.start, result.end, result.rule),
        },
      ];
    });
    return { id: paper.id, title: paper.title, entities: [...entities.values()], relations, results };
  });
}
