/**
 * What a value is reported for: a metric mention beside it ("85.7% accuracy", "an accuracy of 85.7%"), or,
 * when no metric is named, the quality the claim is about ("2.4x faster" is a speedup, "38x less memory").
 */
import type { Mention } from '../types';
import type { ValueSpan } from './values';

/** How far (in characters) a metric may stand from its value: "a 5.6% improvement in MRR". */
const METRIC_REACH = 40;
/** Words that may stand between a metric and the bare number after it: "accuracy of up to 0.93", "ACR=0.9". */
const LINK =
  /^(?:\s+|=|of|at|by|to|is|was|reaches|reaching|achieves|achieving|a|an|the|than|about|around|over|up|nearly|approximately|scores?|improv\w*|increas\w*|gains?|boost\w*|rais\w*)+$/i;

export interface MetricMatch {
  /** Index of the metric mention. */
  index: number;
  /** Characters between the value and the mention. */
  gap: string;
  after: boolean;
}

/** The metric mention nearest the value in its sentence and clause, after or before it. */
export function metricNear(value: ValueSpan, mentions: Mention[], sentence: number, text: string) {
  let best: MetricMatch | undefined;
  mentions.forEach((mention, index) => {
    if (mention.type !== 'Metric' || mention.sentence !== sentence) return;
    const after = mention.start >= value.end;
    if (!after && mention.end > value.start) return;
    const gap = after ? text.slice(value.end, mention.start) : text.slice(mention.end, value.start);
    if (gap.length > METRIC_REACH || /[;:]|\.\s/.test(gap)) return;
    if (!best || gap.length < best.gap.length) best = { index, gap, after };
  });
  return best;
}

/**
 * Does the metric name this bare number? Only when it stands right beside it: "10.8 mIoU",
 * "an accuracy of 0.93" (not "accuracy on 3 datasets").
 */
export function namesBareNumber(match: MetricMatch): boolean {
  return match.after ? /^\s*$/.test(match.gap) : LINK.test(match.gap) || match.gap === '';
}

/** Qualities an efficiency claim is about, and the name a result gets for each. */
const QUALITIES: Array<[RegExp, string]> = [
  [/\b(?:speed[\s-]?ups?|faster|accelerat\w*|speeds?)\b/i, 'speedup'],
  [/\blatency\b/i, 'latency'],
  [/\bthroughput\b/i, 'throughput'],
  [/\bmemory\b/i, 'memory'],
  [/\bcompression\b/i, 'compression'],
  [/\b(?:inference|wall-clock|training|prefilling|running|computation)\s+time\b/i, 'time'],
  [/\b(?:FLOPs|floating-point operations|compute)\b/i, 'compute'],
  [/\benergy\b/i, 'energy'],
];
const QUALITY_REACH = 40;

/** A quality word near a value: its name and how far it stands, after or before the value. */
export interface QualityMatch {
  name: string;
  distance: number;
  after: boolean;
}

/** The quality named nearest the value in `words`, from their start or (`fromEnd`) from their end. */
function nearestQuality(words: string, after: boolean): QualityMatch | undefined {
  let best: QualityMatch | undefined;
  for (const [pattern, name] of QUALITIES) {
    for (const match of words.matchAll(new RegExp(pattern, 'gi'))) {
      const distance = after ? match.index : words.length - match.index - match[0].length;
      if (!best || distance < best.distance) best = { name, distance, after };
    }
  }
  return best;
}

/** The quality the words right after (else before) the value speak of: "2.4x faster" → `speedup`. */
export function qualityNear(value: ValueSpan, text: string, sentence: { start: number; end: number }) {
  const after = text
    .slice(value.end, Math.min(sentence.end, value.end + QUALITY_REACH))
    .split(/[;,.]\s|\sand\s/)[0];
  const before = text.slice(Math.max(sentence.start, value.start - QUALITY_REACH), value.start);
  return nearestQuality(after ?? '', true) ?? nearestQuality(before, false);
}

/**
 * Which names the value, the metric mention or the quality word? What follows the value names it first
 * ("1/6 of the memory" beside "throughput" before it; "10x compression with less accuracy loss"), then the
 * nearest.
 */
export function mentionNamesValue(metric: MetricMatch | undefined, quality: QualityMatch | undefined) {
  if (!metric) return false;
  if (!quality) return true;
  if (metric.after !== quality.after) return metric.after;
  return metric.gap.length <= quality.distance;
}
