/** Loading, empty, error and "capped by the server" states of the atlas, said in words. */
import type { AtlasStatus } from '../core/atlas/store';
import { atlasGraph } from '../core/atlas/store';
import { inYears, isVisible, yearRange, type VisibilityRules } from '../core/atlas/visibility';

/**
 * The nodes and links the filters let through (a link is drawn when both its ends are); with a year range,
 * `inRange` of those nodes and `linksInRange` of those links lie within it (the rest are drawn faded).
 */
export function drawnCounts(rules: VisibilityRules): {
  nodes: number;
  links: number;
  inRange: number;
  linksInRange: number;
} {
  const range = yearRange(rules.filters);
  const drawn = new Set(atlasGraph.filterNodes((node, attributes) => isVisible(node, attributes, rules)));
  const within = new Set([...drawn].filter((node) => inYears(atlasGraph.getNodeAttributes(node), range)));
  let links = 0;
  let linksInRange = 0;
  atlasGraph.forEachEdge((_edge, _attributes, source, target) => {
    if (drawn.has(source) && drawn.has(target)) links += 1;
    if (within.has(source) && within.has(target)) linksInRange += 1;
  });
  return { nodes: drawn.size, links, inRange: within.size, linksInRange };
}

export function StatusLine({ status, rules }: { status: AtlasStatus; rules: VisibilityRules }) {
  if (status.state === 'loading') {
    return (
      <div className="atlas-status" role="status">
        <span className="spinner" aria-hidden="true" /> Loading the graph…
      </div>
    );
  }
  if (status.state === 'error') {
    return (
      <div className="atlas-status atlas-status--error" role="alert">
        Could not load this view: {status.error?.message}
      </div>
    );
  }
  if (status.state === 'ready' && atlasGraph.order === 0) {
    return (
      <div className="atlas-status atlas-empty" role="status">
        {status.scope?.kind === 'overview'
          ? 'No clusters yet. Ingest a corpus (npm run ingest -- FILE) and reload.'
          : 'Nothing to show here.'}
      </div>
    );
  }
  if (status.state === 'ready') {
    return (
      <div className="atlas-status atlas-status--quiet" role="status">
        {countLine(rules)}
        {status.truncated && (
          <strong className="capped">
            {' '}
            · capped at {status.limit?.toLocaleString() ?? 'the server limit'}
          </strong>
        )}
      </div>
    );
  }
  return null;
}

function countLine(rules: VisibilityRules): string {
  const { nodes, links, inRange, linksInRange } = drawnCounts(rules);
  const range = yearRange(rules.filters);
  // With a year range, what lies within it of what is drawn (the rest is faded).
  if (range)
    return `${inRange.toLocaleString()} of ${nodes.toLocaleString()} nodes · ${linksInRange.toLocaleString()} links ${rangeWords(range)}`;
  const shown = `${nodes.toLocaleString()} nodes · ${links.toLocaleString()} links`;
  return nodes === atlasGraph.order ? shown : `${shown} shown of ${atlasGraph.order.toLocaleString()} nodes`;
}

/** "in 2021", "in 2020–2022", "from 2020", "until 2022". */
function rangeWords({ from, to }: { from: number; to: number }): string {
  if (from === to) return `in ${from}`;
  if (!Number.isFinite(from)) return `until ${to}`;
  if (!Number.isFinite(to)) return `from ${from}`;
  return `in ${from}–${to}`;
}
