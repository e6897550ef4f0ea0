/** The graph part of a query's result on its own sigma canvas; clicking a node opens its details. */
import { SigmaContainer } from '@react-sigma/core';
import { useMemo } from 'react';
import type { GraphPayload } from '../../../model/api';
import { createAtlasGraph, replaceGraph } from '../../core/atlas/graph';
import type { VisibilityRules } from '../../core/atlas/visibility';
import { LAYOUTS } from '../../core/layout/registry';
import { DEFAULT_FILTERS } from '../../core/view/state';
import { intents } from '../../core/view/intents';
import { EventsController, type GraphIntents } from '../../graph/EventsController';
import { FrameController } from '../../graph/FrameController';
import { HighlightController } from '../../graph/HighlightController';
import { InspectController } from '../../graph/InspectController';
import { SIGMA_SETTINGS } from '../../graph/settings';
import { ThemeController } from '../../graph/ThemeController';

/** Results up to this size are laid out with ForceAtlas2 at once (a few tens of ms). */
const SETTLE_LIMIT = 1_000;
const RULES: VisibilityRules = { filters: DEFAULT_FILTERS, hidden: new Set() };
const resultIntents: GraphIntents = { select: intents.select };

export function ResultGraph({ payload, selected }: { payload: GraphPayload; selected?: string }) {
  const graph = useMemo(() => {
    const built = createAtlasGraph();
    replaceGraph(built, payload, '#b8c0cc');
    if (built.order <= SETTLE_LIMIT) LAYOUTS.settled.assign(built);
    return built;
  }, [payload]);
  if (payload.nodes.length === 0) {
    return <p className="muted result-graph-empty">The result has no nodes or relationships to draw.</p>;
  }
  return (
    <SigmaContainer graph={graph} settings={SIGMA_SETTINGS} className="result-graph">
      <ThemeController />
      <HighlightController rules={RULES} selected={selected} />
      <EventsController intents={resultIntents} />
      <FrameController name="cypher" />
      <InspectController name="cypher" />
    </SigmaContainer>
  );
}
