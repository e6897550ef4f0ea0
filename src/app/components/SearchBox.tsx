/**
 * Search with suggestions: type, move with the arrows (Home/End jump, Esc closes), Enter opens the
 * active suggestion — the camera centres on it and the details open. `/` anywhere focuses the box.
 */
import { forwardRef, useEffect, useId, useState, type KeyboardEvent } from 'react';
import { KIND_COLORS } from '../core/atlas/style';
import { createSearch, suggestionsOpen } from '../core/search/search';
import { useStore } from '../core/store';

export const SearchBox = forwardRef<HTMLInputElement>(function SearchBox(_props, ref) {
  const listId = useId();
  const [search] = useState(createSearch);
  useEffect(() => () => search.dispose(), [search]);
  const state = useStore(search.store);
  const { text, hits, listbox, status } = state;

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const effect = search.key(event.key);
    if (effect === 'blur') event.currentTarget.blur();
    if (effect === 'chose' || effect === 'moved') event.preventDefault();
    if (effect === 'moved') event.stopPropagation();
  };

  const open = suggestionsOpen(state);
  const activeId = open && listbox.active >= 0 ? `${listId}-${listbox.active}` : undefined;

  return (
    <div className="search">
      <input
        ref={ref}
        type="search"
        role="searchbox"
        aria-label="Search"
        aria-autocomplete="list"
        aria-controls={listId}
        aria-expanded={open}
        aria-activedescendant={activeId}
        placeholder="Search methods, datasets, papers…  ( / )"
        value={text}
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => search.type(event.target.value)}
        onKeyDown={onKeyDown}
        onFocus={search.focus}
        onBlur={search.blur}
      />
      {status === 'searching' && <span className="spinner search-spinner" aria-hidden="true" />}
      <ul id={listId} role="listbox" aria-label="Suggestions" className="search-results" hidden={!open}>
        {hits.map((hit, index) => (
          <li
            key={hit.id}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === listbox.active}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => search.choose(hit)}
            onMouseEnter={() => search.point(index)}
          >
            <span className="dot" style={{ background: KIND_COLORS[hit.kind] }} aria-hidden="true" />
            <span className="hit-label">{hit.label}</span>
            <span className="hit-meta">
              {hit.kind}
              {hit.paperCount !== undefined &&
                ` · ${hit.paperCount} ${hit.paperCount === 1 ? 'paper' : 'papers'}`}
              {hit.year !== undefined && ` · ${hit.year}`}
            </span>
          </li>
        ))}
        {open && hits.length === 0 && status === 'idle' && <li className="search-empty">No match</li>}
        {open && status === 'error' && <li className="search-empty">Search failed</li>}
      </ul>
    </div>
  );
});
