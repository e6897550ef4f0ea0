/**
 * Year range: the map as of those years, papers and concepts outside it faded (offered only when nodes in
 * the graph have years; a reversed range is refused with a message), with Play stepping the range's end
 * through the years from the first; minimum paper count (concepts); hidden nodes can be brought back. On
 * the overview, whose nodes are clusters and themes (faded when none of their papers is of the range), only
 * the year range is offered, and nothing when the corpus gives no years.
 */
import { useEffect, useMemo, useState } from 'react';
import { atlasGraph } from '../core/atlas/store';
import { yearSpan } from '../core/atlas/visibility';
import type { Filters } from '../core/view/state';
import { viewStore } from '../core/view/actions';
import { intents } from '../core/view/intents';

function numberOrUndefined(text: string): number | undefined {
  if (text.trim() === '') return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? Math.round(value) : undefined;
}

function YearInput({
  id,
  bound,
  filters,
  placeholder,
}: {
  id?: string;
  bound: 'yearMin' | 'yearMax';
  filters: Filters;
  placeholder: string;
}) {
  return (
    <input
      id={id}
      type="number"
      inputMode="numeric"
      aria-label={bound === 'yearMin' ? 'From year' : 'To year'}
      placeholder={placeholder}
      value={filters[bound] ?? ''}
      onChange={(event) => intents.setFilters({ [bound]: numberOrUndefined(event.target.value) })}
    />
  );
}

export function FiltersPanel({
  filters,
  hiddenCount,
  version,
  overview = false,
}: {
  filters: Filters;
  hiddenCount: number;
  version: number;
  /** The cluster map: kinds, paper counts and hidden nodes filter nothing there, only years. */
  overview?: boolean;
}) {
  // The graph's year span (papers' years, concepts' years), recomputed when its content changes (version).
  const span = useMemo(
    () => yearSpan(atlasGraph.mapNodes((_node, attributes) => attributes.years ?? [attributes.year]).flat()),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [version],
  );
  const reversed =
    filters.yearMin !== undefined && filters.yearMax !== undefined && filters.yearMin > filters.yearMax;
  const years = span !== undefined || filters.yearMin !== undefined || filters.yearMax !== undefined;
  if (overview && !years) return null;
  const active =
    (!overview && filters.minPapers > 0) ||
    filters.yearMin !== undefined ||
    filters.yearMax !== undefined ||
    filters.hiddenKinds.length > 0;
  return (
    <fieldset className="card filters">
      <legend>Filters</legend>
      {years && (
        <div className="filter-row">
          <label htmlFor="filter-year-min">Years</label>
          <YearInput
            id="filter-year-min"
            bound="yearMin"
            filters={filters}
            placeholder={span ? String(span.min) : 'from'}
          />
          <span aria-hidden="true">–</span>
          <YearInput bound="yearMax" filters={filters} placeholder={span ? String(span.max) : 'to'} />
        </div>
      )}
      {span && span.max > span.min && (
        <div className="filter-row filter-row--play">
          <PlayYears span={span} filters={filters} />
        </div>
      )}
      {reversed && (
        <p className="error-text filter-error" role="alert">
          From {filters.yearMin} is after {filters.yearMax}: the year range is not applied.
        </p>
      )}
      {!overview && (
        <div className="filter-row">
          <label htmlFor="filter-min-papers">Min. papers</label>
          <input
            id="filter-min-papers"
            type="range"
            min={0}
            max={20}
            value={filters.minPapers}
            onChange={(event) => intents.setFilters({ minPapers: Number(event.target.value) })}
          />
          <output htmlFor="filter-min-papers">{filters.minPapers}</output>
        </div>
      )}
      <div className="filter-actions">
        {!overview && hiddenCount > 0 && (
          <button type="button" className="link" onClick={intents.unhideAll}>
            Show {hiddenCount} hidden
          </button>
        )}
        {active && (
          <button type="button" className="link" onClick={intents.resetFilters}>
            Reset filters
          </button>
        )}
      </div>
    </fieldset>
  );
}

/** Milliseconds each year stays on screen while playing. */
export const PLAY_STEP_MS = 1200;

/**
 * Play: the map as of the first year, then each later year added in turn (the range's start stays at the
 * first year, its end steps on), stopping at the last; Pause stops where it is.
 */
function PlayYears({ span, filters }: { span: { min: number; max: number }; filters: Filters }) {
  const [playing, setPlaying] = useState(false);
  useEffect(() => {
    if (!playing) return;
    const timer = setInterval(() => {
      const current = viewStore.get().filters;
      const end = current.yearMax;
      const next = end === undefined || end >= span.max || current.yearMin !== span.min ? undefined : end + 1;
      if (next === undefined || next >= span.max) {
        intents.setFilters({ yearMin: span.min, yearMax: next ?? span.max });
        setPlaying(false);
        return;
      }
      intents.setFilters({ yearMin: span.min, yearMax: next });
    }, PLAY_STEP_MS);
    return () => clearInterval(timer);
  }, [playing, span.min, span.max]);
  const start = () => {
    // From the first year, unless paused part-way through a run from it.
    const resume =
      filters.yearMin === span.min && filters.yearMax !== undefined && filters.yearMax < span.max;
    if (!resume) intents.setFilters({ yearMin: span.min, yearMax: span.min });
    setPlaying(true);
  };
  return (
    <button
      type="button"
      className="play-years"
      aria-pressed={playing}
      onClick={() => (playing ? setPlaying(false) : start())}
      title={playing ? 'Stop stepping through the years' : 'Show the map year by year, from the first'}
    >
      {playing ? 'Pause' : 'Play years'}
    </button>
  );
}
