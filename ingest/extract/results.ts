/**
 * Results: the numbers an abstract reports for a metric — improvements ("improves mIoU by 10.8", "+2.72%"),
 * scores ("85.7% accuracy"), efficiency claims ("2.4x faster", "38x less memory") — with sign and unit as
 * written, the metric (a metric mention, else the quality the claim is about), the dataset or benchmark of
 * its sentence and the method it is reported for. Sizes, counts, versions and years are not results.
 */
import {
  mentionNamesValue,
  metricNear,
  namesBareNumber,
  qualityNear,
  type MetricMatch,
} from './results/metrics';
import {
  comparesSizes,
  countsFolds,
  restatesPrevious,
  setsThreshold,
  sharesData,
} from './results/non-results';
import { findValues, LIST_SEPARATOR, type ValueSpan } from './results/values';
import type { Mention, ResultCandidate, Sentence } from './types';

const RISE = /^(?:improv|boost|increas|rais|gain|outperform|surpass|exceed)/;
const FALL = /^(?:reduc|decreas|lower|cut|drop)/;
const SELF_REFERENCE = new Set(['we', 'our', 'it', 'this', 'proposed']);
/** Whatever a result is about when neither a metric nor a quality is named: "outperforms X by 7%". */
const UNNAMED_METRIC = 'performance';

/** "improves mIoU by 10.8" reads `+10.8`, "reduces WER by 12%" `-12%`: the verb before "by" gives the sign. */
function signed(value: ValueSpan, sentence: Sentence): string {
  if (/^[+\-−±]/.test(value.value)) return value.value;
  const before = sentence.tokens.filter((token) => token.end <= value.start).slice(-10);
  const byIndex = before.findLastIndex((token) => token.normal === 'by');
  const verb =
    byIndex >= 0
      ? before.slice(0, byIndex).findLast((token) => RISE.test(token.normal) || FALL.test(token.normal))
      : undefined;
  if (!verb) return value.value;
  return `${RISE.test(verb.normal) ? '+' : '-'}${value.value}`;
}

/** A noun of change right after a bare number: "a 3.4 improvement over X", "a 1.2 gain". */
const CHANGE_NOUN = /^\s+(?:improvements?|gains?|speed-?ups?|reductions?|increases?)\b/i;

/**
 * Is the number a result? A unit says so; a bare number needs a metric beside it, a noun of change after
 * it, or to end a change ("from 39.3 to 42.8").
 */
function readsAsResult(value: ValueSpan, metric: MetricMatch | undefined, text: string): boolean {
  if (value.unit !== 'bare') return true;
  if (value.change || CHANGE_NOUN.test(text.slice(value.end, value.end + 20))) return true;
  return metric !== undefined && namesBareNumber(metric);
}

/** A value that is a size, a count of folds, a threshold, a share of the data or a restatement is no result. */
function isNoResult(value: ValueSpan, previous: ValueSpan | undefined, sentence: Sentence, text: string) {
  return (
    comparesSizes(value, text) ||
    countsFolds(value, text) ||
    setsThreshold(value, text) ||
    sharesData(value, sentence) ||
    restatesPrevious(value, previous, text)
  );
}

/** "scores of 72.2, 80.1 and 90.9": the bare numbers listed with a result are results too. */
function spreadOverLists(values: ValueSpan[], results: boolean[], text: string): boolean[] {
  const spread = [...results];
  const listed = (a: number, b: number) =>
    LIST_SEPARATOR.test(text.slice((values[a] as ValueSpan).end, (values[b] as ValueSpan).start));
  for (let index = 1; index < values.length; index += 1) {
    if (spread[index - 1] && listed(index - 1, index)) spread[index] = true;
  }
  for (let index = values.length - 2; index >= 0; index -= 1) {
    if (spread[index + 1] && listed(index, index + 1)) spread[index] = true;
  }
  return spread;
}

/**
 * The dataset or benchmark of a value: the first named after it in the same clause ("5.4 mIoU for
 * Synthia-to-Cityscapes"), else the nearest in its sentence ("XSum by 18.6%), MemoTrap by 10.9%").
 */
function targetOf(value: ValueSpan, inSentence: Array<{ mention: Mention; index: number }>, text: string) {
  const targets = inSentence.filter(
    ({ mention }) => mention.type === 'Dataset' || mention.type === 'Benchmark',
  );
  const distance = (mention: Mention) =>
    mention.start >= value.end ? mention.start - value.end : value.start - mention.end;
  const sameClause = ({ mention }: { mention: Mention }) =>
    mention.start >= value.end && !/[,;()]|\band\b/.test(text.slice(value.end, mention.start));
  return targets.find(sameClause) ?? targets.sort((a, b) => distance(a.mention) - distance(b.mention))[0];
}

/** The result a value makes: its metric, the dataset or benchmark and the method of its sentence. */
function resultOf(
  value: ValueSpan,
  metric: MetricMatch | undefined,
  context: {
    mentions: Mention[];
    sentence: Sentence;
    sentenceIndex: number;
    proposed: number[];
    text: string;
  },
): ResultCandidate {
  const { mentions, sentence, sentenceIndex, proposed, text } = context;
  const quality = qualityNear(value, text, sentence);
  const named = mentionNamesValue(metric, quality) ? metric : undefined;
  const metricMention = named && mentions[named.index];
  const inSentence = mentions
    .map((mention, index) => ({ mention, index }))
    .filter(({ mention }) => mention.sentence === sentenceIndex);
  const target = targetOf(value, inSentence, text);
  const selfReferring = sentence.tokens
    .filter((token) => token.end <= value.start)
    .some((token) => SELF_REFERENCE.has(token.normal));
  const proposedHere = proposed.find((index) => mentions[index]?.sentence === sentenceIndex);
  const subject = inSentence.find(({ mention }) => mention.type === 'Method' && mention.end <= value.start);
  const method = proposedHere ?? (selfReferring ? proposed[0] : subject?.index);
  return {
    ...(named && { metric: named.index }),
    metricName: quality?.name ?? UNNAMED_METRIC,
    value: signed(value, sentence),
    sentence: sentenceIndex,
    start: Math.min(value.start, metricMention?.start ?? value.start),
    end: Math.max(value.end, metricMention?.end ?? value.end),
    rule: `${value.change ? 'change' : value.unit}-value`,
    ...(target && { target: target.index }),
    ...(method !== undefined && { method }),
  };
}

export function findResults(
  mentions: Mention[],
  sentences: Sentence[],
  proposed: number[],
  text: string,
): ResultCandidate[] {
  return sentences.flatMap((sentence, sentenceIndex) => {
    const values = findValues(text, sentence.start, sentence.end);
    const metrics = values.map((value) => metricNear(value, mentions, sentenceIndex, text));
    const reads = values.map((value, index) => readsAsResult(value, metrics[index], text));
    const context = { mentions, sentence, sentenceIndex, proposed, text };
    return spreadOverLists(values, reads, text).flatMap((isResult, index) => {
      const value = values[index] as ValueSpan;
      if (!isResult || isNoResult(value, values[index - 1], sentence, text)) return [];
      return [resultOf(value, metrics[index], context)];
    });
  });
}
