/**
 * A concept's papers per year as a share of each year's papers: one bar per year, the first year and the
 * peak marked, the counts of a bar shown while it is hovered or focused, and the same numbers as a table.
 *
 * Plain SVG rather than a charting library: one short series (a bar per year, at most a few dozen) with two
 * marks needs no axes engine, scales or animation; a library (Recharts, visx, Chart.js) would add tens of
 * kilobytes to the bundle for it. Colours come from the theme's CSS variables, so it reads in light and dark.
 */
import { useState } from 'react';
import type { TimelinePoint } from '../../../model/api';

const WIDTH = 300;
const HEIGHT = 110;
const PAD = { top: 16, right: 4, bottom: 18, left: 4 };

export const percent = (share: number) =>
  share === 0 ? '0%' : share < 0.001 ? '<0.1%' : `${(share * 100).toFixed(share < 0.1 ? 1 : 0)}%`;

export function describePoint(point: TimelinePoint): string {
  return `${point.year}: ${point.papers} of ${point.total} papers (${percent(point.share)})`;
}

export function TimelineChart({
  points,
  firstYear,
  peakYear,
  label,
}: {
  points: TimelinePoint[];
  firstYear: number | null;
  peakYear: number | null;
  label: string;
}) {
  const [active, setActive] = useState<number | undefined>();
  const maxShare = Math.max(...points.map((point) => point.share), 0) || 1;
  const first = points[0]?.year ?? 0;
  const last = points[points.length - 1]?.year ?? 0;
  const span = Math.max(last - first, 0) + 1;
  const slot = (WIDTH - PAD.left - PAD.right) / span;
  const barWidth = Math.max(Math.min(slot * 0.8, 24), 1.5);
  const plotHeight = HEIGHT - PAD.top - PAD.bottom;
  const x = (year: number) => PAD.left + (year - first) * slot + (slot - barWidth) / 2;
  const shown = points.find((point) => point.year === active);
  const peak = points.find((point) => point.year === peakYear);

  return (
    <figure className="timeline">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={`${label}: share of each year's papers, ${first} to ${last}`}
        onMouseLeave={() => setActive(undefined)}
      >
        <line
          className="timeline-axis"
          x1={PAD.left}
          x2={WIDTH - PAD.right}
          y1={HEIGHT - PAD.bottom}
          y2={HEIGHT - PAD.bottom}
        />
        {points.map((point) => {
          const height = point.papers > 0 ? Math.max((point.share / maxShare) * plotHeight, 1.5) : 0;
          const classes = ['timeline-bar'];
          if (point.year === peakYear) classes.push('peak');
          if (point.year === active) classes.push('active');
          return (
            <g key={point.year}>
              {/* The whole column answers to the pointer, so short bars are easy to hover. */}
              <rect
                className="timeline-hit"
                x={PAD.left + (point.year - first) * slot}
                y={PAD.top}
                width={slot}
                height={plotHeight}
                onMouseEnter={() => setActive(point.year)}
              />
              <rect
                className={classes.join(' ')}
                data-year={point.year}
                data-papers={point.papers}
                data-total={point.total}
                x={x(point.year)}
                y={HEIGHT - PAD.bottom - height}
                width={barWidth}
                height={height}
                onMouseEnter={() => setActive(point.year)}
              >
                <title>{describePoint(point)}</title>
              </rect>
            </g>
          );
        })}
        {firstYear !== null && (
          <g className="timeline-mark first">
            <line
              x1={x(firstYear) + barWidth / 2}
              x2={x(firstYear) + barWidth / 2}
              y1={PAD.top - 4}
              y2={HEIGHT - PAD.bottom}
            />
          </g>
        )}
        {peak && (
          <text
            className="timeline-label"
            x={Math.min(Math.max(x(peak.year) + barWidth / 2, 24), WIDTH - 24)}
            y={Math.max(HEIGHT - PAD.bottom - (peak.share / maxShare) * plotHeight - 4, 10)}
            textAnchor="middle"
          >
            peak {percent(peak.share)}
          </text>
        )}
        <text className="timeline-tick" x={PAD.left} y={HEIGHT - 4} textAnchor="start">
          {first}
        </text>
        {last !== first && (
          <text className="timeline-tick" x={WIDTH - PAD.right} y={HEIGHT - 4} textAnchor="end">
            {last}
          </text>
        )}
      </svg>
      <figcaption className="timeline-caption" aria-live="polite">
        {shown
          ? describePoint(shown)
          : `First paper ${firstYear ?? '—'}${peak ? ` · peak ${peak.year} (${percent(peak.share)} of its papers)` : ''}`}
      </figcaption>
      <details className="timeline-table">
        <summary>Papers per year as a table</summary>
        <table>
          <caption className="visually-hidden">{label}: papers per year</caption>
          <thead>
            <tr>
              <th scope="col">Year</th>
              <th scope="col">Papers</th>
              <th scope="col">Of all</th>
              <th scope="col">Share</th>
            </tr>
          </thead>
          <tbody>
            {points.map((point) => (
              <tr key={point.year}>
                <th scope="row">
                  {point.year}
                  {point.year === firstYear ? ' (first)' : ''}
                  {point.year === peakYear ? ' (peak)' : ''}
                </th>
                <td>{point.papers}</td>
                <td>{point.total}</td>
                <td>{percent(point.share)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}

/** A tiny line of the share per year, for lists. */
export function Sparkline({ points, label }: { points: TimelinePoint[]; label: string }) {
  const width = 80;
  const height = 20;
  const max = Math.max(...points.map((point) => point.share), 0) || 1;
  const step = points.length > 1 ? width / (points.length - 1) : 0;
  const path = points
    .map(
      (point, index) =>
        `${index === 0 ? 'M' : 'L'}${(index * step).toFixed(1)},${(height - 2 - (point.share / max) * (height - 4)).toFixed(1)}`,
    )
    .join(' ');
  return (
    <svg
      className="sparkline"
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
      role="img"
      aria-label={label}
    >
      <path d={path} />
    </svg>
  );
}
