/**
 * Search with suggestions: type, move with the arrows (Home/End jump, Esc closes), Enter opens the
 * active suggestion — the camera centres on it and the details open. `/` anywhere focuses the box.
 */
import { forwardRef, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { SearchHit } from '../../model/api';
import { api } from '../api/client';
import { KIND_COLORS } from '../core/atlas/style';
import { reportFailure } from '../core/health/actions';
import { moveActive, type ListboxKey, type ListboxState } from '../core/search/listbox';
import { intents } from '../core/view/intents';

const LISTBOX_KEYS = new Set<string>(['ArrowDown', 'ArrowUp', 'Home', 'End', 'Escape']);

export const SearchBox = forwardRef<HTMLInputElement>(function SearchBox(_props, ref) {
  const listId = useId();
  const [text, setText] = useState('');
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [listbox, setListbox] = useState<ListboxState>({ open: false, active: -1 });
  const [state, setState] = useState<'idle' | 'searching' | 'error'>('idle');
  const sequence = useRef(0);
  // Only what the user types searches: the label a chosen hit writes into the box does not.
  const typed = useRef(false);

  useEffect(() => {
    const q = text.trim();
    const mine = ++sequence.current;
    if (q.length < 2 || !typed.current) return;
    const timer = setTimeout(() => {
      setState('searching');
      api
        .search(q, { limit: 8 })
        .then((response) => {
          if (mine !== sequence.current) return;
          setHits(response.hits);
          setListbox({ open: true, active: response.hits.length > 0 ? 0 : -1 });
          setState('idle');
        })
        .catch((error: unknown) => {
          if (mine !== sequence.current) return;
          reportFailure(error);
          setHits([]);
          setState('error');
        });
    }, 150);
    return () => clearTimeout(timer);
  }, [text]);

  const choose = (hit: SearchHit | undefined) => {
    if (!hit) return;
    // A cluster opens as on the map: drilled into, its details shown.
    if (hit.kind === 'Cluster') intents.enterCluster(hit.key);
    else intents.reveal(hit.id);
    // Closed until the user types again: no search for the label, no answer in flight reopens the list,
    // and focusing the box again shows nothing.
    typed.current = false;
    sequence.current += 1;
    setHits([]);
    setState('idle');
    setListbox({ open: false, active: -1 });
    setText(hit.label);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      choose(hits[listbox.active] ?? hits[0]);
      return;
    }
    if (!LISTBOX_KEYS.has(event.key)) return;
    if (event.key === 'Escape' && !listbox.open) {
      event.currentTarget.blur();
      return;
    }
    event.preventDefault();
    event.stopPropagation();
    setListbox((current) => moveActive(current, event.key as ListboxKey, hits.length));
  };

  const open = listbox.open && text.trim().length >= 2;
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
        onChange={(event) => {
          typed.current = true;
          setText(event.target.value);
          if (event.target.value.trim().length < 2) {
            setHits([]);
            setListbox({ open: false, active: -1 });
          }
        }}
        onKeyDown={onKeyDown}
        onFocus={() => hits.length > 0 && setListbox((current) => ({ ...current, open: true }))}
        onBlur={() => setTimeout(() => setListbox((current) => ({ ...current, open: false })), 150)}
      />
      {state === 'searching' && <span className="spinner search-spinner" aria-hidden="true" />}
      <ul id={listId} role="listbox" aria-label="Suggestions" className="search-results" hidden={!open}>
        {hits.map((hit, index) => (
          <li
            key={hit.id}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === listbox.active}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => choose(hit)}
            onMouseEnter={() => setListbox({ open: true, active: index })}
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
        {open && hits.length === 0 && state === 'idle' && <li className="search-empty">No match</li>}
        {open && state === 'error' && <li className="search-empty">Search failed</li>}
      </ul>
    </div>
  );
});
