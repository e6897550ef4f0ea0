/**
 * Year range (papers; offered only when papers in the graph have years, and a reversed range is refused
 * with a message) and minimum paper count (concepts); hidden nodes can be brought back.
 */
import { useMemo } from 'react';
import { atlasGraph } from '../core/atlas/store';
import { yearSpan } from '../core/atlas/visibility';
import type { Filters } from '../core/view/state';
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
}: {
  filters: Filters;
  hiddenCount: number;
  version: number;
}) {
  // The graph's year span, recomputed when its content changes (version).
  const span = useMemo(
    () => yearSpan(atlasGraph.mapNodes((_node, attributes) => attributes.year)),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [version],
  );
  const reversed =
    filters.yearMin !== undefined && filters.yearMax !== undefined && filters.yearMin > filters.yearMax;
  const active =
    filters.minPapers > 0 ||
    filters.yearMin !== undefined ||
    filters.yearMax !== undefined ||
    filters.hiddenKinds.length > 0;
  return (
    <fieldset className="card filters">
      <legend>Filters</legend>
      {(span || filters.yearMin !== undefined || filters.yearMax !== undefined) && (
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
      {reversed && (
        <p className="error-text filter-error" role="alert">
          From {filters.yearMin} is after {filters.yearMax}: the year range is not applied.
        </p>
      )}
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
      <div className="filter-actions">
        {hiddenCount > 0 && (
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
