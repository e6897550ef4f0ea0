/**
 * The colour of each kind, with a checkbox that shows or hides it (the type filter). The overview draws
 * only clusters (or, on a large corpus, themes), one colour each: there the legend says which and offers no type
 * filter (it would hide nothing).
 */
import { useStore } from '../core/store';
import { CLUSTER_PALETTE, KIND_COLORS, KIND_DESCRIPTIONS, KIND_ORDER } from '../core/atlas/style';
import { viewStore } from '../core/view/actions';
import { intents } from '../core/view/intents';
import { FILTERABLE_KINDS } from '../core/view/state';

const CLUSTER_SWATCH = `conic-gradient(${CLUSTER_PALETTE.slice(0, 6).join(', ')})`;

/** What the overview's discs are: clusters, or themes (groups of clusters) on a large corpus. */
const GROUPS = {
  clusters: { name: 'Cluster', description: KIND_DESCRIPTIONS.Cluster },
  themes: { name: 'Theme', description: 'a theme: a group of related clusters, opened into its sub-themes' },
};

export function Legend({ overview = false, themes = false }: { overview?: boolean; themes?: boolean }) {
  const hiddenKinds = useStore(viewStore, (view) => view.filters.hiddenKinds);
  if (overview) {
    const group = themes ? GROUPS.themes : GROUPS.clusters;
    return (
      <fieldset className="card legend">
        <legend>Legend</legend>
        <ul>
          <li title={`${group.name}: ${group.description}`}>
            <span className="legend-static">
              <span className="swatch" style={{ background: CLUSTER_SWATCH }} aria-hidden="true" />
              {group.name} (a colour each)
            </span>
          </li>
        </ul>
        <p className="hint">Size: concepts in it · click one to open it</p>
      </fieldset>
    );
  }
  return (
    <fieldset className="card legend">
      <legend>Legend</legend>
      <ul>
        {KIND_ORDER.map((kind) => {
          const filterable = FILTERABLE_KINDS.includes(kind);
          const swatch = (
            <span className="swatch" style={{ background: KIND_COLORS[kind] }} aria-hidden="true" />
          );
          return (
            <li key={kind} title={`${kind}: ${KIND_DESCRIPTIONS[kind]}`}>
              {filterable ? (
                <label>
                  <input
                    type="checkbox"
                    checked={!hiddenKinds.includes(kind)}
                    onChange={() => intents.toggleKind(kind)}
                  />
                  {swatch}
                  {kind}
                </label>
              ) : (
                <span className="legend-static">
                  {swatch}
                  {kind}
                </span>
              )}
            </li>
          );
        })}
      </ul>
      <p className="hint">Size: papers mentioning it</p>
    </fieldset>
  );
}
