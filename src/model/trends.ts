/**
 * How a concept's share of each year's papers moves: the timeline of one concept, the change of its share
 * over a span, and Kleinberg's burst detection (two-state automaton over batched arrivals, "Bursty and
 * Hierarchical Structure in Streams", KDD 2002, section 4). Pure; the server computes, the app draws.
 */

export interface YearPoint {
  year: number;
  /** The concept's papers of that year. */
  papers: number;
  /** All papers of that year (with a year). */
  total: number;
  /** papers / total. */
  share: number;
}

/**
 * Every year of the corpus (the years it has papers of) within the span, with the concept's papers (0 when
 * none) and its share of the year's papers.
 *
 * @example
 * yearSeries({ years: [2020, 2022], counts: [1, 3] }, { years: [2020, 2021, 2022], counts: [10, 10, 20] });
 * // [{year: 2020, papers: 1, total: 10, share: 0.1}, {year: 2021, papers: 0, ...}, {year: 2022, papers: 3, total: 20, share: 0.15}]
 */
export function yearSeries(
  concept: { years: readonly number[]; counts: readonly number[] },
  corpus: { years: readonly number[]; counts: readonly number[] },
  span: { from?: number | undefined; to?: number | undefined } = {},
): YearPoint[] {
  const own = new Map(concept.years.map((year, index) => [year, concept.counts[index] ?? 0]));
  const points: YearPoint[] = [];
  corpus.years.forEach((year, index) => {
    const total = corpus.counts[index] ?? 0;
    if (total <= 0 || year < (span.from ?? -Infinity) || year > (span.to ?? Infinity)) return;
    const papers = own.get(year) ?? 0;
    points.push({ year, papers, total, share: papers / total });
  });
  return points;
}

/** The first year with a paper, and the year of the highest share (the earliest of equals). */
export function firstAndPeak(points: readonly YearPoint[]): {
  firstYear: number | null;
  peak: YearPoint | null;
} {
  let firstYear: number | null = null;
  let peak: YearPoint | null = null;
  for (const point of points) {
    if (point.papers === 0) continue;
    firstYear ??= point.year;
    if (!peak || point.share > peak.share) peak = point;
  }
  return { firstYear, peak };
}

/**
 * The change of share from the first half of the span's years to the second (each half pooled: its papers
 * over its total), in share points; an odd middle year belongs to neither half. Positive: rising.
 *
 * @example
 * shareChange([{ year: 2020, papers: 1, total: 10, share: 0.1 }, { year: 2021, papers: 5, total: 10, share: 0.5 }]); // 0.4
 */
export function shareChange(points: readonly YearPoint[]): number {
  const half = Math.floor(points.length / 2);
  if (half === 0) return 0;
  const pooled = (part: readonly YearPoint[]) => {
    const total = part.reduce((sum, point) => sum + point.total, 0);
    return total > 0 ? part.reduce((sum, point) => sum + point.papers, 0) / total : 0;
  };
  return pooled(points.slice(points.length - half)) - pooled(points.slice(0, half));
}

export interface Burst {
  /** First and last year of the burst (inclusive). */
  start: number;
  end: number;
  /** How much more likely the burst state makes the years' counts than the base state (log-likelihood). */
  weight: number;
}

export interface BurstOptions {
  /** The burst state's rate is `scale` times the base rate (Kleinberg's s; default 2). */
  scale?: number;
  /** Cost of entering the burst state, in units of ln(years) (Kleinberg's γ; default 1). */
  gamma?: number;
}

function logChoose(n: number, k: number): number {
  let sum = 0;
  for (let i = 1; i <= k; i += 1) sum += Math.log((n - k + i) / i);
  return sum;
}

/** −log of the binomial likelihood of `papers` of `total` at rate `p`. */
function cost(point: YearPoint, p: number): number {
  return -(
    logChoose(point.total, point.papers) +
    point.papers * Math.log(p) +
    (point.total - point.papers) * Math.log(1 - p)
  );
}

/**
 * Kleinberg's two-state burst detection over yearly batches: the base state emits papers at the concept's
 * overall share, the burst state at `scale` times it; entering the burst state costs γ·ln(years), leaving
 * it is free; the cheapest state sequence (Viterbi) marks the bursts, each weighted by the cost it saves.
 *
 * @example
 * bursts(yearSeries({ years: [2022], counts: [30] }, { years: [2020, 2021, 2022], counts: [100, 100, 100] }));
 * // [{ start: 2022, end: 2022, weight: ... }]
 */
export function bursts(points: readonly YearPoint[], options: BurstOptions = {}): Burst[] {
  const n = points.length;
  const papers = points.reduce((sum, point) => sum + point.papers, 0);
  const total = points.reduce((sum, point) => sum + point.total, 0);
  if (n === 0 || papers === 0 || papers === total) return [];
  const p0 = papers / total;
  const p1 = Math.min((options.scale ?? 2) * p0, 1 - 1e-9);
  if (p1 <= p0) return [];
  const enter = (options.gamma ?? 1) * Math.log(Math.max(n, 2));
  const costs = points.map((point) => [cost(point, p0), cost(point, p1)] as const);

  // best[t][s]: the cheapest cost of years 0..t ending in state s; from[t][s]: the state before.
  const best: Array<[number, number]> = [];
  const from: Array<[number, number]> = [];
  costs.forEach(([base, burst], t) => {
    if (t === 0) {
      best.push([base, enter + burst]);
      from.push([0, 0]);
      return;
    }
    const [prevBase, prevBurst] = best[t - 1] as [number, number];
    const toBase: [number, number] = prevBase <= prevBurst ? [prevBase, 0] : [prevBurst, 1];
    const toBurst: [number, number] = prevBase + enter < prevBurst ? [prevBase + enter, 0] : [prevBurst, 1];
    best.push([toBase[0] + base, toBurst[0] + burst]);
    from.push([toBase[1], toBurst[1]]);
  });
  const states: number[] = new Array<number>(n).fill(0);
  const last = best[n - 1] as [number, number];
  let state = last[0] <= last[1] ? 0 : 1;
  for (let t = n - 1; t >= 0; t -= 1) {
    states[t] = state;
    state = (from[t] as [number, number])[state] as number;
  }

  const found: Burst[] = [];
  for (let t = 0; t < n; t += 1) {
    if (states[t] !== 1) continue;
    const startIndex = t;
    let weight = 0;
    while (t < n && states[t] === 1) {
      const [base, burst] = costs[t] as readonly [number, number];
      weight += base - burst;
      t += 1;
    }
    found.push({
      start: (points[startIndex] as YearPoint).year,
      end: (points[t - 1] as YearPoint).year,
      weight,
    });
  }
  return found;
}
