/**
 * Results: a number beside a metric ("10.8 mIoU", "an accuracy of 85.7%", "improves F1 by 2.3"), with its
 * sign and unit as written, the dataset or benchmark of its sentence and the method it is reported for.
 */
import type { Mention, ResultCandidate, Sentence, Token } from './types';

const NUMBER = /^[+\-−±]?\d+(?:[.,]\d+)?(?:%|x|×|pp)?$/;
const UNIT = /^(?:%|points?|pts?|pp|x|×|dB|ms|s)\b/;
const RISE = /^(?:improv|boost|increas|rais|gain|outperform|surpass|exceed)/;
const FALL = /^(?:reduc|decreas|lower|cut|drop)/;
const LINK_WORDS = new Set([
  'of',
  'at',
  'by',
  'to',
  'is',
  'was',
  'reaches',
  'reaching',
  'achieves',
  'achieving',
  'a',
  'an',
  'the',
  'than',
  'about',
  'around',
  'over',
  'up',
  'nearly',
  'approximately',
]);
const SELF_REFERENCE = new Set(['we', 'our', 'it', 'this', 'proposed']);

const isNumber = (token: Token): boolean => NUMBER.test(token.text) && /\d/.test(token.text);

function valueOf(tokens: Token[], at: number, text: string): { value: string; start: number; end: number } {
  const token = tokens[at] as Token;
  const sign = /[+\-−±]$/.exec(token.pre)?.[0] ?? '';
  let start = token.start - sign.length;
  let end = token.end;
  const next = tokens[at + 1];
  if (next && !token.post.trim() && UNIT.test(next.text) && next.start - token.end <= 1) end = next.end;
  let value = text.slice(start, end).replace(/\s+/g, ' ');
  if (!/^[+\-−±]/.test(value)) {
    const before = tokens.slice(Math.max(0, at - 10), at);
    const byIndex = before.findLastIndex((t) => t.normal === 'by');
    const verb =
      byIndex >= 0
        ? before.slice(0, byIndex).findLast((t) => RISE.test(t.normal) || FALL.test(t.normal))
        : undefined;
    if (verb) value = `${RISE.test(verb.normal) ? '+' : '-'}${value}`;
  }
  start = Math.max(0, start);
  return { value, start, end };
}

/** The number a metric mention reports: just before it, or a few linking words after it. */
function numberFor(tokens: Token[], metric: Mention): number | undefined {
  for (let at = metric.from - 1; at >= Math.max(0, metric.from - 2); at -= 1) {
    const token = tokens[at];
    if (token && isNumber(token)) return at;
    if (!token || !['%', 'points', 'point', 'pp'].includes(token.normal.replace(/\.$/, ''))) break;
  }
  for (let at = metric.to; at < Math.min(tokens.length, metric.to + 5); at += 1) {
    const token = tokens[at];
    if (!token) break;
    if (isNumber(token)) return at;
    if (!LINK_WORDS.has(token.normal) && !token.tags.has('ImproveVerb')) break;
  }
  return undefined;
}

export function findResults(
  mentions: Mention[],
  sentences: Sentence[],
  proposed: number[],
  text: string,
): ResultCandidate[] {
  const results: ResultCandidate[] = [];
  mentions.forEach((metric, metricIndex) => {
    if (metric.type !== 'Metric') return;
    const tokens = sentences[metric.sentence]?.tokens ?? [];
    const at = numberFor(tokens, metric);
    if (at === undefined) return;
    const { value, start, end } = valueOf(tokens, at, text);
    const inSentence = mentions
      .map((mention, index) => ({ mention, index }))
      .filter(({ mention }) => mention.sentence === metric.sentence);
    const targets = inSentence.filter(
      ({ mention }) => mention.type === 'Dataset' || mention.type === 'Benchmark',
    );
    const target = targets.find(({ mention }) => mention.from > at) ?? targets.at(-1);
    const selfReferring = tokens.slice(0, at).some((token) => SELF_REFERENCE.has(token.normal));
    const proposedHere = proposed.find((index) => mentions[index]?.sentence === metric.sentence);
    const subject = inSentence.find(({ mention }) => mention.type === 'Method' && mention.to <= at);
    const method = proposedHere ?? (selfReferring ? proposed[0] : subject?.index);
    results.push({
      metric: metricIndex,
      value,
      sentence: metric.sentence,
      start: Math.min(start, metric.start),
      end: Math.max(end, metric.end),
      rule: at < metric.from ? 'value-before-metric' : 'metric-of-value',
      ...(target && { target: target.index }),
      ...(method !== undefined && { method }),
    });
  });
  return results;
}
