/**
 * Types for names that no rule typed, read from what surrounds them in their sentence: a list they share
 * with typed names ("GPT-4o, Gemini2.0-pro and DeepSeek-v3"), a type noun before the brackets of a list
 * ("three models (A, B, and C)"), or a model size written into the name ("Yi-9B", "OPT-175B").
 */
import type { ConceptType } from '../../src/model/concepts';
import { addStep, ruleOf, type TypingStep } from './rules';
import { hasAny } from './span';
import { opensParenthesis } from './tokens';
import type { Mention, Sentence, Token } from './types';

/** A parameter count ends the name of a model: "Yi-9B", "OPT-175B", "Mamba-2 370M", "UltraLong-8B-Instruct". */
const MODEL_SIZE = /[-\s]\d+(?:\.\d+)?[BM](?:[-\s][A-Za-z]+)?$/;

/** The type a noun before a bracketed list gives the names in it: "models (...)", "datasets (...)". */
const LIST_NOUNS: Array<[tags: string[], type: ConceptType]> = [
  [['GenericHead', 'MethodHead', 'ComponentHead'], 'Method'],
  [['DatasetWord'], 'Dataset'],
  [['BenchmarkWord'], 'Benchmark'],
];

const CONJUNCTION = /^(?:and|or)$/i;

/**
 * Are two mentions of one sentence neighbours in a list: a comma between them, "and"/"or", or both
 * ("A, B, and C")?
 */
function listed(tokens: Token[], left: Mention, right: Mention): boolean {
  const last = tokens[left.to - 1];
  if (!last) return false;
  const gap = right.from - left.to;
  if (gap === 0) return /^\s*[,;]\s*$/.test(last.post);
  if (gap !== 1) return false;
  const between = tokens[left.to];
  return between !== undefined && CONJUNCTION.test(between.text) && /^[\s,]*$/.test(last.post);
}

/** The mentions of each sentence grouped into lists (a mention alone is a list of one), in text order. */
function lists(mentions: Mention[], sentences: Sentence[]): Mention[][] {
  const groups: Mention[][] = [];
  const bySentence = new Map<number, Mention[]>();
  for (const mention of mentions) {
    const forSentence = bySentence.get(mention.sentence) ?? [];
    forSentence.push(mention);
    bySentence.set(mention.sentence, forSentence);
  }
  for (const [index, forSentence] of bySentence) {
    const tokens = sentences[index]?.tokens ?? [];
    const ordered = [...forSentence].sort((a, b) => a.from - b.from || b.to - a.to);
    let current: Mention[] = [];
    for (const mention of ordered) {
      const previous = current.at(-1);
      if (previous && mention.from < previous.to) continue;
      if (previous && !listed(tokens, previous, mention)) {
        groups.push(current);
        current = [];
      }
      current.push(mention);
    }
    if (current.length > 0) groups.push(current);
  }
  return groups;
}

/** The one type the typed members of a list share, if they share one. */
function sharedType(group: Mention[]): ConceptType | undefined {
  const types = new Set(
    group.flatMap((mention): ConceptType[] => (mention.type === 'Name' ? [] : [mention.type])),
  );
  const [only] = types;
  return types.size === 1 ? only : undefined;
}

const nounType = (token: Token | undefined): ConceptType | undefined =>
  token ? LIST_NOUNS.find(([tags]) => hasAny(token, tags))?.[1] : undefined;

/**
 * The type of the noun right before a list, set off by a bracket, a colon or a comma: "models (A, B, and
 * C)", "two benchmark datasets: CAsT-19 and CAsT-20", "a new benchmark, MANYICLBENCH".
 */
function nounBeforeType(group: Mention[], sentences: Sentence[]): ConceptType | undefined {
  const first = group[0];
  if (!first) return undefined;
  const tokens = sentences[first.sentence]?.tokens ?? [];
  const noun = tokens[first.from - 1];
  const setOff = opensParenthesis(tokens, first.from) || /^\s*[:,]\s*$/.test(noun?.post ?? '');
  return setOff ? nounType(noun) : undefined;
}

/** How far an apposition may run to its head: "DataDoP, a large-scale multi-modal dataset". */
const APPOSITION_REACH = 8;

/**
 * The type an apposition gives the name before it: "DataDoP, a large-scale multi-modal dataset", "Ling, an
 * MoE architecture" — the first head noun after ", a"/", an", before the phrase ends.
 */
function appositionType(mention: Mention, sentences: Sentence[]): ConceptType | undefined {
  const tokens = sentences[mention.sentence]?.tokens ?? [];
  const last = tokens[mention.to - 1];
  const article = tokens[mention.to];
  if (!last || !/^\s*,\s*$/.test(last.post) || !/^(?:a|an)$/i.test(article?.text ?? '')) return undefined;
  for (let index = mention.to + 1; index < mention.to + 1 + APPOSITION_REACH; index += 1) {
    const token = tokens[index];
    if (!token) return undefined;
    const type = nounType(token);
    if (type) return type;
    if (/[,;:.()]/.test(token.post)) return undefined;
  }
  return undefined;
}

/** Words before a list of what a model was run on: "results on NQ-Open and MemoTrap", "across CAsT-19". */
const ON = /^(?:on|across)$/i;

/** Words before "on" that say what a thing rests on, not where it was evaluated: "based on X", "focus on X". */
const NOT_EVALUATED = new Set([
  ...['based', 'focus', 'focuses', 'focusing', 'focused', 'rely', 'relies', 'relying', 'depend', 'depends'],
  ...['depending', 'defined', 'built', 'work', 'works', 'working', 'distribution', 'distributions'],
  ...['function', 'functions', 'bound', 'bounds', 'condition', 'conditions', 'conditioned', 'leveraged'],
  ...['operate', 'operates', 'impact', 'effect', 'effects', 'emphasis', 'centered', 'paper'],
]);

/** What is measured "in" a benchmark: "the average human performance in SAT, LSAT, and math contests". */
const MEASURED = new Set(['performance', 'accuracy', 'results', 'scores', 'score']);

/**
 * Does the list follow "on" or "across" (with "the" between, perhaps), or "performance in"? Or does it
 * open a parenthesis with the gain measured on it: "instruction following (MemoTrap by 10.9%)"?
 */
function evaluatedOn(group: Mention[], sentences: Sentence[]): boolean {
  const first = group[0];
  const last = group.at(-1);
  if (!first || !last) return false;
  const tokens = sentences[first.sentence]?.tokens ?? [];
  const at = tokens[first.from - 1]?.normal === 'the' ? first.from - 2 : first.from - 1;
  const word = tokens[at];
  if (word !== undefined && ON.test(word.text)) return !NOT_EVALUATED.has(tokens[at - 1]?.normal ?? '');
  if (word?.normal === 'in' && MEASURED.has(tokens[first.from - 2]?.normal ?? '')) return true;
  const opened = /\(\s*$/.test(tokens[first.from]?.pre ?? '');
  return opened && gainAfter(tokens, last);
}

/** Is the mention followed by the gain measured on it: "MemoTrap by 10.9%"? */
const gainAfter = (tokens: Token[], mention: Mention): boolean =>
  tokens[mention.to]?.normal === 'by' && tokens[mention.to + 1]?.tags.has('Value') === true;

/**
 * Is the name the second or later of a parenthesis of gains: "(NQ-Open by 2.4% and NQ-Swap by 5.5%)"?
 * The parenthesis names data first.
 */
function laterGain(mention: Mention, sentences: Sentence[], datasets: Set<Mention>): boolean {
  const tokens = sentences[mention.sentence]?.tokens ?? [];
  if (!gainAfter(tokens, mention)) return false;
  for (let index = mention.from - 1; index >= 0; index -= 1) {
    const token = tokens[index] as Token;
    if (/\)/.test(token.post)) return false;
    if (/\(\s*$/.test(token.pre)) {
      return [...datasets].some((other) => other.sentence === mention.sentence && other.from === index);
    }
  }
  return false;
}

/** Words of a change measured in a metric: "a 49.6% increase in MAP". */
const CHANGES = new Set([
  'increase',
  'improvement',
  'gain',
  'gains',
  'boost',
  'drop',
  'decrease',
  'reduction',
]);

/** Does the name follow a change "in" it? */
function changeIn(mention: Mention, sentences: Sentence[]): boolean {
  const tokens = sentences[mention.sentence]?.tokens ?? [];
  return tokens[mention.from - 1]?.normal === 'in' && CHANGES.has(tokens[mention.from - 2]?.normal ?? '');
}

/** Code identifiers ("toString", "getItem") are written with a lower-case word first. */
const IDENTIFIER = /^[a-z]+[A-Z][A-Za-z]*$/;

/**
 * A name nothing else types is most often a method's, unless it is code or continues a metric's name
 * ("NIST MT08" is an evaluation set of NIST's).
 */
function namesAMethod(mention: Mention, sentences: Sentence[]): boolean {
  const before = sentences[mention.sentence]?.tokens[mention.from - 1];
  const afterMetric = before?.tags.has('MetricWord') === true && /^\s+$/.test(before.post);
  return !IDENTIFIER.test(mention.text) && !afterMetric;
}

/**
 * The two datasets a source-to-target setting names: "GTA-to-Cityscapes" adapts from GTA to Cityscapes.
 * They are mentions of their own beside the setting's.
 */
function settingDatasets(mention: Mention, sentences: Sentence[]): Mention[] {
  const tokens = sentences[mention.sentence]?.tokens ?? [];
  return [mention.from, mention.to - 1].flatMap((index): Mention[] => {
    const token = tokens[index];
    if (!token || !token.tags.has('NamePart')) return [];
    const { text, start, end } = token;
    const { sentence, confidence } = mention;
    return [
      {
        type: 'Dataset',
        text,
        start,
        end,
        sentence,
        from: index,
        to: index + 1,
        rule: 'setting-dataset',
        confidence,
      },
    ];
  });
}

function give(mention: Mention, type: ConceptType, rule: TypingStep): void {
  mention.type = type;
  addStep(mention, rule);
  mention.confidence = Math.max(mention.confidence, 0.6);
}

/**
 * Types the `Name` mentions that their context types; the others stay names (the corpus may type them).
 *
 * @example
 * typeNamesByContext(mentions, sentences); // "compared with GPT-4o and Yi-9B" → Yi-9B: Method
 */
export function typeNamesByContext(mentions: Mention[], sentences: Sentence[]): void {
  // Appended, not sorted in: later steps refer to mentions by index.
  const settings = mentions.filter((mention) => ruleOf(mention.rule).setting);
  mentions.push(...settings.flatMap((mention) => settingDatasets(mention, sentences)));
  for (const mention of mentions) {
    if (mention.type !== 'Name') continue;
    const type = appositionType(mention, sentences);
    if (type) give(mention, type, 'apposition');
    else if (MODEL_SIZE.test(mention.text)) give(mention, 'Method', 'model-size');
  }
  for (const group of lists(mentions, sentences)) {
    const names = group.filter((mention) => mention.type === 'Name');
    if (names.length === 0) continue;
    const type = nounBeforeType(group, sentences) ?? (group.length > 1 ? sharedType(group) : undefined);
    if (type) for (const name of names) give(name, type, 'list');
    else if (evaluatedOn(group, sentences)) for (const name of names) give(name, 'Dataset', 'evaluated-on');
  }
  const datasets = new Set(mentions.filter((mention) => mention.type === 'Dataset'));
  for (const mention of mentions) {
    if (mention.type === 'Name' && laterGain(mention, sentences, datasets))
      give(mention, 'Dataset', 'evaluated-on');
  }
  for (const mention of mentions) {
    if (mention.type !== 'Name' || !ruleOf(mention.rule).byShapeOnly) continue;
    if (changeIn(mention, sentences)) give(mention, 'Metric', 'change-in');
    else if (namesAMethod(mention, sentences)) give(mention, 'Method', 'default');
  }
}
