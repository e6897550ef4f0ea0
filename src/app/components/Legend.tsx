/** The colour of each kind, with a checkbox that shows or hides it (the type filter). */
import { useStore } from '../core/store';
import { KIND_COLORS, KIND_DESCRIPTIONS, KIND_ORDER } from '../core/atlas/style';
import { viewStore } from '../core/view/actions';
import { intents } from '../core/view/intents';
import { FILTERABLE_KINDS } from '../core/view/state';

export function Legend() {
  const hiddenKinds = useStore(viewStore, (view) => view.filters.hiddenKinds);
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
