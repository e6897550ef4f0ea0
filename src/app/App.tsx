/**
 * The page: header (views, search, theme), the outage banner, the atlas or the Cypher console, and the
 * details panel beside them.
 */
import { lazy, Suspense, useEffect, useRef } from 'react';
import { Banner } from './components/Banner';
import { DetailsPanel } from './components/DetailsPanel';
import { SearchBox } from './components/SearchBox';
import { FamilyTreeDialog } from './components/time/FamilyTree';
import { useShortcuts } from './components/useShortcuts';
import { bindApp } from './core/bindings';
import { healthStore } from './core/health/store';
import { useStore } from './core/store';
import { themeStore, toggleTheme } from './core/theme/store';
import { viewStore } from './core/view/actions';
import { intents } from './core/view/intents';
import type { PanelName } from './core/view/state';
import { AtlasView } from './views/AtlasView';
import { TrendsView } from './views/TrendsView';

// The console (CodeMirror and Cypher's parser) loads only when it is opened.
const CypherView = lazy(() => import('./views/CypherView'));

const PANELS: Array<[PanelName, string]> = [
  ['atlas', 'Atlas'],
  ['cypher', 'Cypher'],
  ['trends', 'Trending'],
];

export function App() {
  const search = useRef<HTMLInputElement>(null);
  const panel = useStore(viewStore, (view) => view.panel);
  const selected = useStore(viewStore, (view) => view.selected);
  const theme = useStore(themeStore);
  const health = useStore(healthStore);
  useEffect(() => bindApp(), []);
  useShortcuts(search);

  return (
    <div className={`app${selected ? ' app--details' : ''}`}>
      <header className="app-header">
        <a className="brand" href="/" onClick={(event) => (event.preventDefault(), intents.overview())}>
          <img src="/favicon.svg" alt="" width={22} height={22} />
          Concept Atlas
        </a>
        <nav aria-label="Views" className="view-tabs">
          {PANELS.map(([name, label]) => (
            <button
              key={name}
              type="button"
              aria-current={panel === name ? 'page' : undefined}
              onClick={() => intents.showPanel(name)}
            >
              {label}
            </button>
          ))}
        </nav>
        <SearchBox ref={search} />
        <div className="header-end">
          {health.state === 'up' && health.info.counts && (
            <span className="counts" title={health.info.database.version}>
              {health.info.counts.papers.toLocaleString()} papers ·{' '}
              {health.info.counts.concepts.toLocaleString()} concepts
            </span>
          )}
          <button
            type="button"
            className="icon"
            onClick={toggleTheme}
            aria-label={theme === 'dark' ? 'Switch to light theme' : 'Switch to dark theme'}
            title="Theme"
          >
            {theme === 'dark' ? '☀' : '☾'}
          </button>
        </div>
      </header>
      <Banner />
      <main className="app-main">
        {panel === 'atlas' ? (
          <AtlasView />
        ) : panel === 'trends' ? (
          <TrendsView />
        ) : (
          <Suspense fallback={<p className="muted console-hint">Loading the console…</p>}>
            <CypherView />
          </Suspense>
        )}
        <DetailsPanel />
      </main>
      <FamilyTreeDialog />
    </div>
  );
}
