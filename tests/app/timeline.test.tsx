// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ConceptDetails, TimelinePoint, TimelineResponse } from '../../src/model/api';
import { ConceptDetailsView } from '../../src/app/components/details/ConceptDetailsView';
import { TimelineChart } from '../../src/app/components/time/TimelineChart';

afterEach(cleanup);

const points: TimelinePoint[] = [
  { year: 2019, papers: 2, total: 3, share: 2 / 3 },
  { year: 2020, papers: 1, total: 4, share: 1 / 4 },
  { year: 2021, papers: 1, total: 3, share: 1 / 3 },
  { year: 2022, papers: 0, total: 2, share: 0 },
];

const bars = (container: HTMLElement) =>
  [...container.querySelectorAll('rect.timeline-bar')].map((bar) => ({
    year: Number(bar.getAttribute('data-year')),
    papers: Number(bar.getAttribute('data-papers')),
    height: Number(bar.getAttribute('height')),
    peak: bar.classList.contains('peak'),
  }));

describe('TimelineChart', () => {
  it('draws a bar per year as tall as its share, marks the peak, and tells counts on hover', () => {
    const { container } = render(
      <TimelineChart points={points} firstYear={2019} peakYear={2019} label="BERT papers per year" />,
    );
    const drawn = bars(container);
    expect(drawn.map((bar) => [bar.year, bar.papers, bar.peak])).toEqual([
      [2019, 2, true],
      [2020, 1, false],
      [2021, 1, false],
      [2022, 0, false],
    ]);
    // Heights follow the share (2/3 > 1/3 > 1/4), not the paper count (2020 and 2021 both have 1).
    const [y2019, y2020, y2021, y2022] = drawn.map((bar) => bar.height);
    expect(y2019).toBeGreaterThan(y2021 ?? 0);
    expect(y2021).toBeGreaterThan(y2020 ?? 0);
    expect(y2022).toBe(0);
    expect(screen.getByRole('img', { name: /BERT papers per year.*2019 to 2022/ })).toBeTruthy();

    fireEvent.mouseEnter(container.querySelector('rect.timeline-bar[data-year="2021"]') as Element);
    expect(container.querySelector('figcaption')?.textContent).toBe('2021: 1 of 3 papers (33%)');

    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual([
      '2019 (first) (peak)2367%',
      '2020' + '1' + '4' + '25%',
      '2021' + '1' + '3' + '33%',
      '2022' + '0' + '2' + '0%',
    ]);
  });
});

describe('the details panel without years', () => {
  it('says the corpus gives no years instead of drawing an empty chart', () => {
    const concept: ConceptDetails = {
      key: 'method:bert',
      name: 'BERT',
      type: 'Method',
      aliases: [],
      paperCount: 3,
      papers: [],
      paperTotal: 0,
      results: [],
      resultTotal: 0,
      lineage: [],
    };
    const timeline: TimelineResponse = {
      key: 'method:bert',
      name: 'BERT',
      type: 'Method',
      corpusHasYears: false,
      points: [],
      firstYear: null,
      peak: null,
    };
    const { container } = render(
      <ConceptDetailsView
        concept={concept}
        related={{ status: 'idle' }}
        timeline={{ status: 'ready', data: timeline }}
      />,
    );
    const section = screen.getByRole('region', { name: 'Timeline' });
    expect(section.textContent).toMatch(/gives no publication years/);
    expect(container.querySelector('svg')).toBeNull();
  });
});
