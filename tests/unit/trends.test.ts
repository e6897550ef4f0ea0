import { describe, expect, it } from 'vitest';
import { countByYear } from '../../ingest/derive/years';
import { bursts, firstAndPeak, shareChange, yearSeries, type YearPoint } from '../../src/model/trends';

const corpus = { years: [2020, 2021, 2022, 2023], counts: [100, 100, 200, 100] };
const series = (counts: number[], totals = [100, 100, 200, 100]): YearPoint[] =>
  counts.map((papers, index) => ({
    year: 2020 + index,
    papers,
    total: totals[index] as number,
    share: papers / (totals[index] as number),
  }));

describe('countByYear', () => {
  it('counts papers per year overall and per concept, once per paper, skipping papers without a year', () => {
    const { papers, concepts } = countByYear([
      { concepts: ['method:bert', 'method:bert', 'task:qa'], year: 2021 },
      { concepts: ['method:bert'], year: 2019 },
      { concepts: ['method:gpt'], year: 2021 },
      { concepts: ['method:bert'], year: null },
      { concepts: ['method:lstm'] },
    ]);
    expect(papers).toEqual({ years: [2019, 2021], counts: [1, 2] });
    expect(concepts.get('method:bert')).toEqual({ years: [2019, 2021], counts: [1, 1] });
    expect(concepts.get('method:gpt')).toEqual({ years: [2021], counts: [1] });
    expect(concepts.has('method:lstm')).toBe(false);
  });
});

describe('yearSeries', () => {
  it('has every year of the corpus, zeros included, with shares of each year', () => {
    const points = yearSeries({ years: [2021, 2023], counts: [10, 50] }, corpus);
    expect(points.map((point) => [point.year, point.papers, point.total, point.share])).toEqual([
      [2020, 0, 100, 0],
      [2021, 10, 100, 0.1],
      [2022, 0, 200, 0],
      [2023, 50, 100, 0.5],
    ]);
  });

  it('keeps to a span, and is empty for a corpus without years', () => {
    expect(
      yearSeries({ years: [2021], counts: [1] }, corpus, { from: 2021, to: 2022 }).map((p) => p.year),
    ).toEqual([2021, 2022]);
    expect(yearSeries({ years: [], counts: [] }, { years: [], counts: [] })).toEqual([]);
    // A year the corpus has no papers of is no point (not a dip to 0).
    const gap = { years: [2022, 2024], counts: [10, 10] };
    expect(yearSeries({ years: [2022], counts: [1] }, gap).map((point) => point.year)).toEqual([2022, 2024]);
  });
});

describe('firstAndPeak', () => {
  it('finds the first year with papers and the year of the highest share, not of the most papers', () => {
    // 2022 has the most papers (30 of 200 = 0.15) but 2021 the highest share (20 of 100 = 0.2).
    const { firstYear, peak } = firstAndPeak(series([0, 20, 30, 5]));
    expect(firstYear).toBe(2021);
    expect(peak?.year).toBe(2021);
    expect(firstAndPeak(series([0, 0, 0, 0]))).toEqual({ firstYear: null, peak: null });
  });
});

describe('shareChange', () => {
  it('compares the pooled share of the later half of the span with the earlier half', () => {
    // Early: (10 + 10) / 200 = 0.1; late: (80 + 40) / 300 = 0.4.
    expect(shareChange(series([10, 10, 80, 40]))).toBeCloseTo(0.3, 10);
    expect(shareChange(series([40, 30, 20, 0]))).toBeLessThan(0);
    expect(shareChange(series([5]))).toBe(0);
  });
});

describe('bursts (Kleinberg, two states)', () => {
  it('finds no burst in a steady share', () => {
    expect(bursts(series([10, 10, 20, 10]))).toEqual([]);
  });

  it('marks the years whose share jumps, with a positive weight', () => {
    const found = bursts(series([5, 5, 60, 30]));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ start: 2022, end: 2023 });
    expect(found[0]?.weight).toBeGreaterThan(0);
  });

  it('weighs a stronger burst more, and a higher entry cost can hide a small one', () => {
    const small = bursts(series([5, 5, 12, 5]));
    const large = bursts(series([5, 5, 40, 5]));
    expect((large[0]?.weight ?? 0) > (small[0]?.weight ?? 0)).toBe(true);
    expect(bursts(series([5, 5, 12, 5]), { gamma: 50 })).toEqual([]);
  });

  it('finds a burst at the start of a falling concept', () => {
    expect(bursts(series([40, 35, 4, 1]))[0]).toMatchObject({ start: 2020, end: 2021 });
  });
});
