/** The graph part of a query's result on its own sigma canvas; clicking a node opens its details. */
import { SigmaContainer } from '@react-sigma/core';
import { useEffect, useMemo } from 'react';
import type { GraphPayload } from '../../../model/api';
import type { VisibilityRules } from '../../core/atlas/visibility';
import { recolorResultEdges, RESULT_EDGE_SETTINGS, resultGraph } from '../../core/cypher/result-graph';
import { useStore } from '../../core/store';
import { themeStore } from '../../core/theme/store';
import { DEFAULT_FILTERS } from '../../core/view/state';
import { intents } from '../../core/view/intents';
import { EventsController, type GraphIntents } from '../../graph/EventsController';
import { FrameController } from '../../graph/FrameController';
import { HighlightController } from '../../graph/HighlightController';
import { InspectController } from '../../graph/InspectController';
import { SIGMA_SETTINGS } from '../../graph/settings';
import { ThemeController } from '../../graph/ThemeController';

const SETTINGS = { ...SIGMA_SETTINGS, ...RESULT_EDGE_SETTINGS };
const RULES: VisibilityRules = { filters: DEFAULT_FILTERS, hidden: new Set() };
const resultIntents: GraphIntents = { select: intents.select };

export function ResultGraph({ payload, selected }: { payload: GraphPayload; selected?: string }) {
  const theme = useStore(themeStore);
  // Built once per result (with the theme of that moment); a theme change recolours it in place.
  const graph = useMemo(() => resultGraph(payload, themeStore.get()), [payload]);
  useEffect(() => recolorResultEdges(graph, theme), [graph, theme]);
  if (payload.nodes.length === 0) {
    return <p className="muted result-graph-empty">The result has no nodes or relationships to draw.</p>;
  }
  return (
    <SigmaContainer graph={graph} settings={SETTINGS} className="result-graph">
      <ThemeController />
      <HighlightController rules={RULES} selected={selected} />
      <EventsController intents={resultIntents} />
      <FrameController name="cypher" />
      <InspectController name="cypher" />
    </SigmaContainer>
  );
}
