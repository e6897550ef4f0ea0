/**
 * The shapes of numbers an abstract states as results ("10.8%", "2.4x", "68 to 112 times", "19.15-point",
 * "1/6 of the memory") and of numbers that are parts of names or sizes ("GPT-4", "7B", "128K", "3D").
 */

/** What a value's unit says about it: a share, a multiple, points, a fraction, or nothing at all. */
export type ValueUnit = 'percent' | 'multiple' | 'points' | 'fraction' | 'bare';

/** A number as written in the abstract, with its unit and character offsets (end exclusive). */
export interface ValueSpan {
  value: string;
  unit: ValueUnit;
  start: number;
  end: number;
  /** "from 39.3 to 42.8": the value is the end of a change, `42.8`. */
  change: boolean;
}

const NUMBER = String.raw`\d+(?:,\d{3})*(?:\.\d+)?`;
const PERCENT = String.raw`\s?\\?%|\s(?:percent|per cent)\b`;
// "2.4x", "2.51X faster", "4times", "7 times", "10-fold"; an x before a letter or digit is no unit ("3x3")
const MULTIPLE = String.raw`\s?[x×X](?![\p{L}\d])|\s?-?times\b|[\s-]fold\b`;
// "1.7 points", "a 2.4-point gain", "5 percentage points", "1.2 dB"
const POINTS = String.raw`[\s-]?(?:points?|pts|pp)\b|\s(?:percentage|percent)[\s-]points?\b|\s?dB\b`;
const UNIT = `(?:${POINTS}|${PERCENT}|${MULTIPLE})`;
// "0.2%-5%", "85-95%", "68 to 112 times", "1.51 - 2.65"
const RANGE_END = String.raw`(?:\s?[-–]\s?|\sto\s)${NUMBER}`;
// Not inside a name: "GPT-4", "Qwen2.5", "mAP@0.5", "top-5", "LLaMA-3.1-8B"
const NOT_IN_NAME = String.raw`(?<![\p{L}\d.,_/@^\\])(?<![\p{L}\d][-‐–])`;
// Not a size or a name's head: "7B", "128K", "3D", "0.5IoU", "3-bit", "4K-2M", the 1 of "1/6"
const NOT_BEFORE_NAME = String.raw`(?![\p{L}\d]|[.,/]\d|[-‐][\p{L}\d])`;
const VALUE = new RegExp(
  `${NOT_IN_NAME}(?<sign>[+\\-−±]?)(?<first>${NUMBER})${UNIT}?(?<rest>${RANGE_END})?${UNIT}?${NOT_BEFORE_NAME}`,
  'gu',
);
// "only 1/6 of the memory", "1/32 of the operations"
const FRACTION = new RegExp(`${NOT_IN_NAME}\\d+/\\d+(?=\\s+of\\b)`, 'gu');
const YEAR = /^(?:19|20)\d\d$/;

/** "2021", "from 2019 to 2021": years, not results. */
const isYears = (value: string): boolean =>
  (value.match(/\d[\d.,]*/g) ?? []).every((number) => YEAR.test(number));
/** What stands between the items of a list of values: "4.1, 5.2 and 6.3". */
export const LIST_SEPARATOR = /^\s*(?:,|and|or|,\s*and)\s*$/;

function unitOf(value: string): ValueUnit {
  if (/points?|pts|pp|dB/.test(value)) return 'points';
  if (/%|percent|per cent/.test(value)) return 'percent';
  if (/[x×X]$|times|fold/.test(value)) return 'multiple';
  return 'bare';
}

/** "from 39.33 to 42.83": a change, whose result is where it ends. */
function changeEnd(match: RegExpMatchArray, text: string, offset: number): ValueSpan | undefined {
  const rest = match.groups?.rest;
  if (!rest || !/\bfrom\s+$/.test(text.slice(Math.max(0, offset - 6), offset))) return undefined;
  const to = /^\sto\s/.exec(rest);
  if (!to) return undefined;
  const start = offset + match[0].indexOf(rest, match.groups?.first?.length ?? 0) + to[0].length;
  const end = offset + match[0].length;
  return { value: text.slice(start, end), unit: unitOf(match[0]), start, end, change: true };
}

/**
 * Every number of the text between `from` and `to` written as a value could be: a name's digits, sizes
 * ("7B", "128K") and years are left out; what the words around it say is for the caller to judge.
 */
export function findValues(text: string, from: number, to: number): ValueSpan[] {
  const part = text.slice(from, to);
  const values: ValueSpan[] = [];
  for (const match of part.matchAll(VALUE)) {
    const offset = from + match.index;
    const groups = match.groups ?? {};
    if (!groups.sign && unitOf(match[0]) === 'bare' && isYears(match[0])) continue;
    const change = changeEnd(match, text, offset);
    if (change) {
      values.push(change);
      continue;
    }
    const value = match[0].trimEnd();
    values.push({ value, unit: unitOf(value), start: offset, end: offset + value.length, change: false });
  }
  for (const match of part.matchAll(FRACTION)) {
    const start = from + match.index;
    values.push({ value: match[0], unit: 'fraction', start, end: start + match[0].length, change: false });
  }
  const sorted = values.sort((a, b) => a.start - b.start).map((value) => byFactor(value, text));
  return shareUnits(sorted, text);
}

/** "faster by a factor of 30": the number is a multiple. */
function byFactor(value: ValueSpan, text: string): ValueSpan {
  const before = text.slice(Math.max(0, value.start - 20), value.start);
  return value.unit === 'bare' && /\bfactor of\s+(?:up to\s+|about\s+)?$/i.test(before)
    ? { ...value, unit: 'multiple' }
    : value;
}

/** "by 4.85 and 10.88 points": a bare number listed before a value with a unit shares that unit. */
function shareUnits(values: ValueSpan[], text: string): ValueSpan[] {
  for (let index = values.length - 2; index >= 0; index -= 1) {
    const value = values[index] as ValueSpan;
    const next = values[index + 1] as ValueSpan;
    const between = text.slice(value.end, next.start);
    if (value.unit === 'bare' && next.unit !== 'bare' && LIST_SEPARATOR.test(between)) {
      value.unit = next.unit;
    }
  }
  return values;
}
