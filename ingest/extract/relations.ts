/**
 * Roles and lineage from the context scopes: the method a paper proposes ("we propose X", "X, a novel
 * ...", its title's name) and how other methods relate to it ("inspired by Y", "outperforms Z").
 */
import type { ConceptType, LineageType } from '../../src/model/concepts';
import { canonicalName } from '../../src/model/keys';
import { pointedAt, type Scope } from './scopes';
import type { TitleName } from './title';
import type { LineageCandidate, Mention, Sentence } from './types';

const LINEAGE: Partial<Record<Scope['tag'], LineageType>> = {
  InspiredBy: 'INSPIRED_BY',
  BuiltOn: 'BUILT_ON',
  Extends: 'EXTENDS',
  ComparedWith: 'COMPARED_WITH',
};

/** Words that make a sentence speak about the paper's own method. */
const SELF_REFERENCE = new Set(['we', 'our', 'it', 'this', 'the proposed', 'proposed']);

/**
 * What a proposed name is: "a long-context benchmark, which we name Marathon" names a benchmark; most
 * proposed names are methods.
 */
function proposedType(mention: Mention, sentences: Sentence[]): ConceptType {
  const window = (sentences[mention.sentence]?.tokens ?? []).slice(
    Math.max(0, mention.from - 10),
    mention.from,
  );
  // "To overcome this challenge, we introduce BiCA": only what follows the verb describes the name.
  const before = window.slice(window.findLastIndex((token) => token.tags.has('ProposeVerb')) + 1);
  const head = before.findLast((token) => PROPOSED_HEADS.some(([tag]) => token.tags.has(tag)));
  return PROPOSED_HEADS.find(([tag]) => head?.tags.has(tag))?.[1] ?? 'Method';
}

const PROPOSED_HEADS: Array<[tag: string, type: ConceptType]> = [
  ['BenchmarkWord', 'Benchmark'],
  ['DatasetWord', 'Dataset'],
  ['GenericHead', 'Method'],
  ['ComponentHead', 'Method'],
];

/** Marks proposed methods; a proposed `Name` becomes a method. Returns the proposed mentions' indexes. */
export function assignRoles(
  mentions: Mention[],
  scopes: Scope[],
  sentences: Sentence[],
  title: TitleName | undefined,
): number[] {
  const proposed = new Set<number>();
  for (const scope of scopes.filter((s) => s.tag === 'Proposed')) {
    for (const index of pointedAt(scope, mentions, sentences, ['Method', 'Name']).slice(0, 1))
      proposed.add(index);
  }
  const titleKey = title && canonicalName(title.name);
  mentions.forEach((mention, index) => {
    const named =
      titleKey !== undefined && [mention.text, mention.alias].some((n) => n && canonicalName(n) === titleKey);
    if (named && title && (mention.type === 'Name' || mention.type === title.type)) {
      if (mention.type === 'Name') mention.rule = 'title-name';
      mention.type = title.type;
      if (title.type === 'Method') proposed.add(index);
    }
  });
  for (const index of proposed) {
    const mention = mentions[index];
    if (!mention) continue;
    if (mention.type === 'Name') mention.type = proposedType(mention, sentences);
    if (mention.type === 'Method') mention.role = 'proposed';
  }
  mentions.forEach((mention) => {
    if (mention.type === 'Method' && !mention.role) mention.role = 'used';
  });
  return [...proposed].filter((index) => mentions[index]?.role === 'proposed');
}

/** The method a sentence's statement is about: one proposed there, else ours when it says "we"/"our". */
function sourceOf(
  sentence: number,
  before: number,
  mentions: Mention[],
  sentences: Sentence[],
  proposed: number[],
): number | undefined {
  const here = proposed.find((index) => mentions[index]?.sentence === sentence);
  if (here !== undefined) return here;
  const tokens = sentences[sentence]?.tokens ?? [];
  const selfReferring = tokens.slice(0, before).some((token) => SELF_REFERENCE.has(token.normal));
  if (selfReferring && proposed[0] !== undefined) return proposed[0];
  const subject = mentions.findIndex((m) => m.sentence === sentence && m.type === 'Method' && m.to <= before);
  return subject >= 0 ? subject : undefined;
}

export function findLineage(
  mentions: Mention[],
  scopes: Scope[],
  sentences: Sentence[],
  proposed: number[],
): LineageCandidate[] {
  const lineage: LineageCandidate[] = [];
  for (const scope of scopes) {
    const type = LINEAGE[scope.tag];
    if (!type) continue;
    const targets = pointedAt(scope, mentions, sentences, ['Method', 'Name']);
    const from = sourceOf(scope.sentence, scope.from, mentions, sentences, proposed);
    for (const to of targets) {
      const target = mentions[to];
      if (from === undefined || !target || from === to) continue;
      if (target.type === 'Name') {
        target.type = 'Method';
        target.role = 'used';
      }
      lineage.push({ from, to, type, sentence: scope.sentence, rule: scope.reason });
    }
  }
  return lineage;
}
