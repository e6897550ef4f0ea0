/**
 * Results: the numbers an abstract reports for a metric — improvements ("improves mIoU by 10.8", "+2.72%"),
 * scores ("85.7% accuracy"), efficiency claims ("2.4x faster", "38x less memory") — with sign and unit as
 * written, the metric (a metric mention, else the quality the claim is about), the dataset or benchmark of
 * its sentence and the method it is reported for. Sizes, counts, versions and years are not results.
 */
import { metricNear, namesBareNumber, qualityNear, type MetricMatch } from './results/metrics';
import { comparesSizes, restatesPrevious, sharesData } from './results/non-results';
import { findValues, type ValueSpan } from './results/values';
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

/** Is the number a result? A unit says so; a bare number needs a metric beside it or to end a change. */
function readsAsResult(value: ValueSpan, metric: MetricMatch | undefined): boolean {
  if (value.unit !== 'bare') return true;
  return value.change || (metric !== undefined && namesBareNumber(metric));
}

/** A value that is a size, a share of the data or a restatement is no result. */
function isNoResult(value: ValueSpan, previous: ValueSpan | undefined, sentence: Sentence, text: string) {
  return comparesSizes(value, text) || sharesData(value, sentence) || restatesPrevious(value, previous, text);
}

export function findResults(
  mentions: Mention[],
  sentences: Sentence[],
  proposed: number[],
  text: string,
): ResultCandidate[] {
  const results: ResultCandidate[] = [];
  sentences.forEach((sentence, sentenceIndex) => {
    findValues(text, sentence.start, sentence.end).forEach((value, index, values) => {
      const metric = metricNear(value, mentions, sentenceIndex, text);
      if (!readsAsResult(value, metric) || isNoResult(value, values[index - 1], sentence, text)) return;
      const metricMention = metric && mentions[metric.index];
      const inSentence = mentions
        .map((mention, index) => ({ mention, index }))
        .filter(({ mention }) => mention.sentence === sentenceIndex);
      const targets = inSentence.filter(
        ({ mention }) => mention.type === 'Dataset' || mention.type === 'Benchmark',
      );
      const target = targets.find(({ mention }) => mention.start >= value.end) ?? targets.at(-1);
      const selfReferring = sentence.tokens
        .filter((token) => token.end <= value.start)
        .some((token) => SELF_REFERENCE.has(token.normal));
      const proposedHere = proposed.find((index) => mentions[index]?.sentence === sentenceIndex);
      const subject = inSentence.find(
        ({ mention }) => mention.type === 'Method' && mention.end <= value.start,
      );
      const method = proposedHere ?? (selfReferring ? proposed[0] : subject?.index);
      results.push({
        ...(metric && { metric: metric.index }),
        metricName: qualityNear(value, text, sentence) ?? UNNAMED_METRIC,
        value: signed(value, sentence),
        sentence: sentenceIndex,
        start: Math.min(value.start, metricMention?.start ?? value.start),
        end: Math.max(value.end, metricMention?.end ?? value.end),
        rule: `${value.change ? 'change' : value.unit}-value`,
        ...(target && { target: target.index }),
        ...(method !== undefined && { method }),
      });
    });
  });
  return results;
}
