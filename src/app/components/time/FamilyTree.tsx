/**
 * A method's family tree in a dialog: the methods it extends, is built on, is inspired by or is compared
 * with (and those that do so to it), placed by first year — later methods to the right — with an arrow per
 * relation. An arrow's sentences show while it is hovered or focused (Tab walks the arrows), and the same
 * relations are listed as text below with their sentences and papers.
 *
 * Plain SVG like the timeline: a few dozen labelled points in year columns need no graph renderer, and the
 * sigma canvas of the atlas has no year axis nor per-edge focus for keyboard and screen-reader users.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { LineageEdge, LineageResponse } from '../../../model/api';
import { LINEAGE_VERBS } from '../../../model/concepts';
import { KIND_COLORS } from '../../core/atlas/style';
import { useStore } from '../../core/store';
import { familyTreeStore, hideFamilyTree } from '../../core/time/family';
import { familyLayout, type PlacedMethod } from '../../core/time/family-layout';
import { intents } from '../../core/view/intents';
import { PaperLink } from '../ConceptLink';

const edgeKey = (edge: LineageEdge) => `${edge.from}-${edge.type}->${edge.to}`;

/** Shortens a label that would run into the next column. */
const short = (name: string) => (name.length > 20 ? `${name.slice(0, 19)}…` : name);

function describeEdge(edge: LineageEdge, names: Map<string, string>): string {
  const from = names.get(edge.from) ?? edge.from;
  const to = names.get(edge.to) ?? edge.to;
  const papers = edge.papers > 1 ? ` (${edge.papers} papers)` : '';
  return `${from} ${LINEAGE_VERBS[edge.type]} ${to}${papers}`;
}

/** How far an arrow bows from the straight line: further the longer it is, so long and short ones part. */
function bowOf(from: PlacedMethod, to: PlacedMethod): number {
  const length = Math.hypot(to.x - from.x, to.y - from.y);
  return Math.min(120, length / 3) + (to.x === from.x ? 24 : 0);
}

/**
 * A curve from one method to another, bowed downwards between columns (away from the year labels) and to
 * the right within a column, so arrows between the same rows stay apart.
 */
function curve(from: PlacedMethod, to: PlacedMethod): string {
  const mx = (from.x + to.x) / 2;
  const my = (from.y + to.y) / 2;
  const bow = bowOf(from, to);
  const across = Math.abs(to.x - from.x) >= Math.abs(to.y - from.y);
  const cx = across ? mx : mx + bow;
  const cy = across ? my + bow : my;
  // Stop short of the target's circle so the arrow head shows.
  const reach = Math.hypot(to.x - cx, to.y - cy) || 1;
  const tx = to.x - ((to.x - cx) / reach) * 9;
  const ty = to.y - ((to.y - cy) / reach) * 9;
  return `M${from.x.toFixed(1)},${from.y.toFixed(1)} Q${cx.toFixed(1)},${cy.toFixed(1)} ${tx.toFixed(1)},${ty.toFixed(1)}`;
}

export function FamilyTreeChart({ lineage }: { lineage: LineageResponse }) {
  const layout = useMemo(
    () => familyLayout(lineage.nodes, lineage.edges, { byYear: lineage.corpusHasYears }),
    [lineage],
  );
  const placed = useMemo(() => new Map(layout.nodes.map((node) => [node.key, node])), [layout]);
  const names = useMemo(() => new Map(lineage.nodes.map((node) => [node.key, node.name])), [lineage]);
  const [active, setActive] = useState<string | undefined>();
  // Room below the lowest row for the arrows' bows (a quadratic curve reaches half its control's offset).
  const below = Math.max(
    0,
    ...lineage.edges.map((edge) => {
      const from = placed.get(edge.from);
      const to = placed.get(edge.to);
      return from && to ? Math.max(from.y, to.y) + bowOf(from, to) / 2 - layout.height + 8 : 0;
    }),
  );
  const height = layout.height + below;
  const shown = lineage.edges.find((edge) => edgeKey(edge) === active);

  return (
    <figure className="family-tree">
      {layout.by === 'depth' && (
        <p className="muted">
          The years of these methods are unknown (the corpus gives none), so they are placed by how many steps
          of lineage they are from {lineage.name}.
        </p>
      )}
      <div className="family-tree-scroll">
        <svg
          width={layout.width}
          height={height}
          viewBox={`0 0 ${layout.width} ${height}`}
          role="group"
          aria-label={`Family tree of ${lineage.name}: ${lineage.nodes.length} methods ${layout.by === 'year' ? 'by first year' : 'by lineage depth'}`}
          onMouseLeave={() => setActive(undefined)}
        >
          <defs>
            <marker
              id="family-arrow"
              viewBox="0 0 10 10"
              refX="9"
              refY="5"
              markerWidth="7"
              markerHeight="7"
              orient="auto-start-reverse"
            >
              <path d="M0,0 L10,5 L0,10 z" className="family-arrow-head" />
            </marker>
          </defs>
          {layout.columns.map((column) => (
            <g key={String(column.value)} className="family-column">
              <line x1={column.x} x2={column.x} y1={18} y2={height - 8} />
              <text x={column.x} y={12} textAnchor="middle" className="family-column-label">
                {column.label}
              </text>
            </g>
          ))}
          {lineage.edges.map((edge) => {
            const from = placed.get(edge.from);
            const to = placed.get(edge.to);
            if (!from || !to) return null;
            const key = edgeKey(edge);
            const description = describeEdge(edge, names);
            return (
              <g
                key={key}
                className={`family-edge family-edge--${edge.type.toLowerCase()}${key === active ? ' active' : ''}`}
                data-edge={key}
                tabIndex={0}
                role="img"
                aria-label={`${description}: ${edge.evidence[0]?.sentence ?? ''}`}
                onMouseEnter={() => setActive(key)}
                onFocus={() => setActive(key)}
                onBlur={() => setActive((current) => (current === key ? undefined : current))}
              >
                <path className="family-edge-hit" d={curve(from, to)} />
                <path className="family-edge-line" d={curve(from, to)} markerEnd="url(#family-arrow)" />
                <title>{`${description}\n${edge.evidence.map((item) => `“${item.sentence}”`).join('\n')}`}</title>
              </g>
            );
          })}
          {layout.nodes.map((node) => (
            <g
              key={node.key}
              className={`family-node${node.depth === 0 ? ' family-node--subject' : ''}`}
              data-key={node.key}
              data-year={node.firstYear ?? ''}
              transform={`translate(${node.x},${node.y})`}
            >
              <circle r={node.depth === 0 ? 8 : 6} fill={KIND_COLORS[node.type]} />
              <text x={0} y={-11} textAnchor="middle">
                {short(node.name)}
              </text>
            </g>
          ))}
        </svg>
      </div>
      <figcaption className="family-caption" aria-live="polite">
        {shown ? (
          <>
            <strong>{describeEdge(shown, names)}</strong>
            {shown.evidence.map((item, index) => (
              <blockquote key={index} className="evidence">
                {item.sentence}
              </blockquote>
            ))}
          </>
        ) : lineage.edges.length > 0 ? (
          'Hover or focus an arrow to read the sentence that states it.'
        ) : (
          `No lineage is recorded for ${lineage.name}.`
        )}
      </figcaption>
      {lineage.truncated && (
        <p className="muted">
          The tree shows the {lineage.limit} most closely linked methods; more are linked.
        </p>
      )}
    </figure>
  );
}

/** The relations as text: who extends whom, when, with the sentences and the papers that say so. */
export function FamilyTreeList({ lineage }: { lineage: LineageResponse }) {
  const nodes = new Map(lineage.nodes.map((node) => [node.key, node]));
  const name = (key: string) => {
    const node = nodes.get(key);
    if (!node) return key;
    return node.firstYear === null ? node.name : `${node.name} (${node.firstYear})`;
  };
  if (lineage.edges.length === 0) return null;
  return (
    <section aria-label="Family tree as a list" className="family-list">
      <h3>Relations</h3>
      <ul>
        {lineage.edges.map((edge) => (
          <li key={edgeKey(edge)}>
            <p>
              <button type="button" className="link" onClick={() => reveal(edge.from)}>
                {name(edge.from)}
              </button>{' '}
              {LINEAGE_VERBS[edge.type]}{' '}
              <button type="button" className="link" onClick={() => reveal(edge.to)}>
                {name(edge.to)}
              </button>
              {edge.papers > 1 ? ` · ${edge.papers} papers` : ''}
            </p>
            {edge.evidence.map((item, index) => (
              <div key={index}>
                <blockquote className="evidence">{item.sentence}</blockquote>
                {item.paper && <PaperLink paper={item.paper} />}
              </div>
            ))}
          </li>
        ))}
      </ul>
    </section>
  );
}

function reveal(key: string): void {
  hideFamilyTree({ replace: true });
  intents.reveal(key);
}

/** The dialog, open while the family tree store names a method. */
export function FamilyTreeDialog() {
  const { key, lineage } = useStore(familyTreeStore);
  const dialog = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!key) return;
    const previous = document.activeElement as HTMLElement | null;
    dialog.current?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') hideFamilyTree();
    };
    addEventListener('keydown', onKey);
    return () => {
      removeEventListener('keydown', onKey);
      previous?.focus?.();
    };
  }, [key]);
  if (!key) return null;
  const title = lineage.status === 'ready' ? lineage.data.name : key.replace(/^[a-z]+:/, '');
  return (
    <div
      className="family-backdrop"
      onClick={(event) => event.target === event.currentTarget && hideFamilyTree()}
    >
      <div
        ref={dialog}
        className="family-dialog card"
        role="dialog"
        aria-modal="true"
        aria-labelledby="family-title"
        tabIndex={-1}
      >
        <header className="family-header">
          <h2 id="family-title">Family tree of {title}</h2>
          <button
            type="button"
            className="icon"
            aria-label="Close the family tree"
            onClick={() => hideFamilyTree()}
          >
            ×
          </button>
        </header>
        {lineage.status === 'loading' && <p className="muted">Tracing its lineage…</p>}
        {lineage.status === 'error' && (
          <p className="error-text">Could not load the family tree: {lineage.error.message}</p>
        )}
        {lineage.status === 'ready' && (
          <>
            <FamilyTreeChart lineage={lineage.data} />
            <FamilyTreeList lineage={lineage.data} />
          </>
        )}
      </div>
    </div>
  );
}
