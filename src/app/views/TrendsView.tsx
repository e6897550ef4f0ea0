/**
 * Trending: concepts whose share of each year's papers rose or fell most over a chosen span, and those
 * with the strongest bursts, by type; each with a sparkline of its share per year, each opening the concept.
 */
import { useEffect, useState } from 'react';
import type { TrendConcept, TrendsResponse } from '../../model/api';
import { CONCEPT_TYPES, type ConceptType } from '../../model/concepts';
import { api } from '../api/client';
import { ConceptLink } from '../components/ConceptLink';
import { percent, Sparkline } from '../components/time/TimelineChart';
import { reportFailure } from '../core/health/actions';
import type { Loadable } from '../core/store';

interface Choice {
  type: ConceptType | '';
  from?: number;
  to?: number;
}

const signed = (change: number) => `${change >= 0 ? '+' : '−'}${percent(Math.abs(change))}`;

export function TrendsView() {
  const [choice, setChoice] = useState<Choice>({ type: 'Method' });
  // The answer for the choice it was asked for: another choice shows as loading until its answer comes.
  const [received, setReceived] = useState<{ choice: Choice; answer: Loadable<TrendsResponse> }>();
  const answer: Loadable<TrendsResponse> =
    received?.choice === choice ? received.answer : { status: 'loading' };

  useEffect(() => {
    let current = true;
    api
      .trends({
        ...(choice.type ? { type: choice.type } : {}),
        ...(choice.from !== undefined ? { from: choice.from } : {}),
        ...(choice.to !== undefined ? { to: choice.to } : {}),
      })
      .then(
        (data) => current && setReceived({ choice, answer: { status: 'ready', data } }),
        (error: unknown) => {
          reportFailure(error);
          if (current) setReceived({ choice, answer: { status: 'error', error: error as Error } });
        },
      );
    return () => {
      current = false;
    };
  }, [choice]);

  const years = answer.status === 'ready' ? answer.data.years : [];
  return (
    <section className="trends" aria-label="Trending">
      <form className="trends-controls" onSubmit={(event) => event.preventDefault()}>
        <label>
          Type{' '}
          <select
            value={choice.type}
            onChange={(event) => setChoice({ ...choice, type: event.target.value as ConceptType | '' })}
          >
            <option value="">All types</option>
            {CONCEPT_TYPES.map((type) => (
              <option key={type} value={type}>
                {type}
              </option>
            ))}
          </select>
        </label>
        <YearSelect
          label="From"
          years={years}
          value={answer.status === 'ready' ? (answer.data.from ?? undefined) : choice.from}
          onChange={(from) => setChoice({ ...choice, from })}
        />
        <YearSelect
          label="To"
          years={years}
          value={answer.status === 'ready' ? (answer.data.to ?? undefined) : choice.to}
          onChange={(to) => setChoice({ ...choice, to })}
        />
      </form>
      {answer.status === 'loading' && <p className="muted">Reading papers per year…</p>}
      {answer.status === 'error' && (
        <p className="error-text">Could not load trends: {answer.error.message}</p>
      )}
      {answer.status === 'ready' && !answer.data.corpusHasYears && (
        <p className="muted trends-empty">
          This corpus gives no publication years, so nothing can rise or fall over time. Load one with years
          (for example <code>npm start -- --demo acl</code>).
        </p>
      )}
      {answer.status === 'ready' && answer.data.corpusHasYears && (
        <p className="muted">
          Share of each year&apos;s papers, later half of {answer.data.from}–{answer.data.to} against the
          earlier half; concepts with at least {answer.data.min} papers in the span.
        </p>
      )}
      {answer.status === 'ready' && answer.data.corpusHasYears && (
        <div className="trends-lists">
          <TrendList title="Rising" items={answer.data.rising} measure={(item) => signed(item.change)} />
          <TrendList title="Falling" items={answer.data.falling} measure={(item) => signed(item.change)} />
          <TrendList
            title="Bursts"
            items={answer.data.bursting}
            measure={(item) =>
              item.burst
                ? `${item.burst.start === item.burst.end ? item.burst.start : `${item.burst.start}–${item.burst.end}`}`
                : ''
            }
          />
        </div>
      )}
    </section>
  );
}

function YearSelect({
  label,
  years,
  value,
  onChange,
}: {
  label: string;
  years: number[];
  value: number | undefined;
  onChange: (year: number | undefined) => void;
}) {
  return (
    <label>
      {label}{' '}
      <select
        value={value ?? ''}
        disabled={years.length === 0}
        onChange={(event) => onChange(event.target.value ? Number(event.target.value) : undefined)}
      >
        {years.map((year) => (
          <option key={year} value={year}>
            {year}
          </option>
        ))}
      </select>
    </label>
  );
}

function TrendList({
  title,
  items,
  measure,
}: {
  title: string;
  items: TrendConcept[];
  measure: (item: TrendConcept) => string;
}) {
  return (
    <section aria-label={title} className="trend-list">
      <h2>{title}</h2>
      {items.length === 0 && <p className="muted">None in this span.</p>}
      <ol>
        {items.map((item) => {
          const first = item.points[0];
          const last = item.points[item.points.length - 1];
          return (
            <li key={item.key}>
              <ConceptLink concept={item} />
              <Sparkline
                points={item.points}
                label={`${item.name}: share of papers from ${first ? `${percent(first.share)} in ${first.year}` : ''} to ${last ? `${percent(last.share)} in ${last.year}` : ''}`}
              />
              <span className="trend-measure">{measure(item)}</span>
              <span className="muted trend-papers">{item.papers} papers</span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
