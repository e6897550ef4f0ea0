/**
 * Roles and lineage: the method a paper proposes, from the context scopes ("we propose X", "X, a novel
 * ...", its title's name), and how methods relate to it, from the lineage cues ("inspired by Y",
 * "outperforms Z") and from names ("Adaptive Contrastive Decoding" extends contrastive decoding).
 */
import type { ConceptType } from '../../src/model/concepts';
import { canonicalName } from '../../src/model/keys';
import { appositionLineage } from './lineage/apposition';
import { isModelClass, statesFoundation } from './lineage/classes';
import { findCues } from './lineage/cues';
import { cueObjects } from './lineage/cue-objects';
import { coSubjects, sourceOf, targetsOf } from './lineage/ends';
import { inTitle, mainMethod, titleHeadMention } from './lineage/main';
import { extendsByName } from './lineage/names';
import { titleLineage } from './lineage/title';
import { addStep, layerOf } from './rules';
import { pointedAt, type Scope } from './scopes';
import type { TitleName } from './title';
import type { LineageCandidate, Mention, Sentence } from './types';

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

/**
 * Is the mention a method the known-names list holds? A known method is others' work even where a
 * proposing verb points at it: "we propose leveraging the in-context learning of LLMs", "we introduce
 * block modelling into the framework of GCN".
 */
const isKnown = (mention: Mention | undefined): boolean =>
  mention !== undefined && layerOf(mention.rule) === 'known';

/** Marks proposed methods; a proposed `Name` becomes a method. Returns the proposed mentions' indexes. */
export function assignRoles(
  mentions: Mention[],
  scopes: Scope[],
  sentences: Sentence[],
  title: TitleName | undefined,
): number[] {
  const proposed = new Set<number>();
  for (const scope of scopes.filter((s) => s.tag === 'Proposed')) {
    const pointed = pointedAt(scope, mentions, sentences, ['Method', 'Name']);
    for (const index of pointed.filter((index) => !isKnown(mentions[index])).slice(0, 1)) proposed.add(index);
  }
  const titleKey = title && canonicalName(title.name);
  mentions.forEach((mention, index) => {
    const named =
      titleKey !== undefined && [mention.text, mention.alias].some((n) => n && canonicalName(n) === titleKey);
    if (named && title && (mention.type === 'Name' || mention.type === title.type)) {
      if (mention.type === 'Name') {
        mention.rule = 'title-name';
        delete mention.steps;
      }
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

/**
 * Lineage from the cues of the abstract: the method a sentence is about relates to the methods right after
 * a cue ("Cable outperforms RoPE and ALiBi"). A target still untyped becomes a used method.
 *
 * @example
 * findLineage(mentions, sentences, proposed, 'Cable: ...'); // [{ from: 0, to: 3, type: 'COMPARED_WITH', ... }]
 */
export function findLineage(
  mentions: Mention[],
  sentences: Sentence[],
  proposed: number[],
  title: string,
): LineageCandidate[] {
  const lineage: LineageCandidate[] = [];
  const titled = titleHeadMention(mentions, sentences, title);
  if (titled) mentions.push(titled);
  const main = mainMethod(mentions, proposed, title);
  const own = main === undefined ? proposed : [main, ...proposed.filter((index) => index !== main)];
  lineage.push(...extendsByName(mentions, [...own, ...inTitle(mentions, title)]));
  lineage.push(...titleLineage(mentions, main, title));
  lineage.push(...appositionLineage(mentions, sentences));
  for (const cue of findCues(sentences)) {
    const subject = sourceOf(cue, mentions, sentences, main);
    if (subject === undefined) continue;
    // What the paper's own method is made of names a method even where no rule saw one there.
    if (subject === main) mentions.push(...cueObjects(cue, sentences, mentions));
    const sources = [subject, ...coSubjects(cue, mentions, sentences, subject)];
    for (const [from, to] of sources.flatMap((from) =>
      targetsOf(cue, mentions, sentences).map((to) => [from, to] as const),
    )) {
      const target = mentions[to];
      if (!target || from === to) continue;
      if (!statesFoundation(cue.phrase) && isModelClass(target)) continue;
      if (target.type === 'Name') {
        target.type = 'Method';
        target.role = 'used';
        addStep(target, 'lineage');
      }
      lineage.push({
        ...(cue.reversed ? { from: to, to: from } : { from, to }),
        type: cue.type,
        sentence: cue.sentence,
        rule: cue.phrase.replaceAll(' ', '-'),
      });
    }
  }
  return lineage;
}
