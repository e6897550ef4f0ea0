/**
 * Trending: concepts whose share of each year's papers rose or fell most over a chosen span, and those
 * with the strongest bursts, by type; each with a sparkline of its share per year, each opening the concept.
 * Themes: the themes at the top of the map (clusters when there are none) whose share grew or shrank most,
 * each opening the theme on the map.
 */
import { useEffect, useState } from 'react';
import type { TimelinePoint, TrendConcept, TrendsResponse, TrendTheme } from '../../model/api';
import { CONCEPT_TYPES, type ConceptType } from '../../model/concepts';
import { api } from '../api/client';
import { ConceptLink } from '../components/ConceptLink';
import { percent, Sparkline } from '../components/time/TimelineChart';
import { reportFailure } from '../core/health/actions';
import type { Loadable } from '../core/store';
import { intents } from '../core/view/intents';

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
      {answer.status === 'ready' && answer.data.corpusHasYears && (
        <section aria-label="Themes" className="trend-themes">
          <h2>Themes</h2>
          <p className="muted">
            The map&apos;s top level: share of each year&apos;s papers reaching any of a theme&apos;s concepts
            (any type).
          </p>
          <div className="trends-lists">
            <ThemeList title="Growing themes" items={answer.data.themes.rising} />
            <ThemeList title="Shrinking themes" items={answer.data.themes.falling} />
          </div>
        </section>
      )}
    </section>
  );
}

const shareWords = (name: string, points: readonly TimelinePoint[]) => {
  const first = points[0];
  const last = points[points.length - 1];
  return `${name}: share of papers from ${first ? `${percent(first.share)} in ${first.year}` : ''} to ${last ? `${percent(last.share)} in ${last.year}` : ''}`;
};

function ThemeList({ title, items }: { title: string; items: TrendTheme[] }) {
  return (
    <section aria-label={title} className="trend-list">
      <h3>{title}</h3>
      {items.length === 0 && <p className="muted">None in this span.</p>}
      <ol>
        {items.map((item) => (
          <li key={item.id}>
            <button
              type="button"
              className="link theme-link"
              onClick={() => intents.openTopLevel(item.id)}
              title={`Open ${item.level === undefined ? 'this cluster' : 'this theme'} on the map (${item.size} concepts)`}
            >
              {item.label}
            </button>
            <Sparkline points={item.points} label={shareWords(item.label, item.points)} />
            <span className="trend-measure">{signed(item.change)}</span>
            <span className="muted trend-papers">{item.papers} papers</span>
          </li>
        ))}
      </ol>
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
        {items.map((item) => (
          <li key={item.key}>
            <ConceptLink concept={item} />
            <Sparkline points={item.points} label={shareWords(item.name, item.points)} />
            <span className="trend-measure">{measure(item)}</span>
            <span className="muted trend-papers">{item.papers} papers</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
