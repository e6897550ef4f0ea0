/**
 * The atlas: the cluster map or a drilled-into subgraph on a sigma canvas, with breadcrumbs, legend,
 * filters and the toolbar over it, and a status line for loading, empty, error and capped states.
 */
import { SigmaContainer } from '@react-sigma/core';
import { useMemo } from 'react';
import { atlasGraph, atlasStatus, labelledNodes, layoutOwner } from '../core/atlas/store';
import type { VisibilityRules } from '../core/atlas/visibility';
import { useStore } from '../core/store';
import { viewStore } from '../core/view/actions';
import { intents } from '../core/view/intents';
import { Breadcrumbs } from '../components/Breadcrumbs';
import { FiltersPanel } from '../components/FiltersPanel';
import { Legend } from '../components/Legend';
import { StatusLine } from '../components/StatusLine';
import { Toolbar } from '../components/Toolbar';
import { CameraController } from '../graph/CameraController';
import { EventsController, type GraphIntents } from '../graph/EventsController';
import { FrameController } from '../graph/FrameController';
import { HighlightController } from '../graph/HighlightController';
import { InspectController } from '../graph/InspectController';
import { LabelController } from '../graph/LabelController';
import { LayoutController } from '../graph/LayoutController';
import { MotionController } from '../graph/MotionController';
import { SIGMA_SETTINGS } from '../graph/settings';
import { ThemeController } from '../graph/ThemeController';

const graphIntents: GraphIntents = {
  openCluster: intents.enterCluster,
  select: intents.select,
  expand: intents.expand,
};

export function AtlasView() {
  const view = useStore(viewStore);
  const status = useStore(atlasStatus);
  const moving = useStore(layoutOwner.moving);
  const rules = useMemo<VisibilityRules>(
    () => ({ filters: view.filters, hidden: new Set(view.hidden) }),
    [view.filters, view.hidden],
  );
  const overview = status.scope?.kind === 'overview';
  const motion = useMemo(() => ({ preview: layoutOwner.preview, rules }), [rules]);

  return (
    <section className="atlas" aria-label="Atlas">
      <SigmaContainer graph={atlasGraph} settings={SIGMA_SETTINGS} className="atlas-canvas">
        <ThemeController />
        <HighlightController
          rules={rules}
          selected={view.selected}
          moving={moving}
          labelled={labelledNodes}
        />
        <LabelController labelled={labelledNodes} visibility={motion} />
        <MotionController moving={moving} preview={layoutOwner.preview} rules={rules} />
        <EventsController intents={graphIntents} />
        <CameraController selected={view.selected} version={status.version} scope={String(status.loads)} />
        <LayoutController owner={layoutOwner} />
        <FrameController name="atlas" />
        <InspectController name="atlas" motion={motion} />
        <Toolbar rules={rules} scopeLabel={status.scope?.label} />
      </SigmaContainer>
      {/* One column: the panels start below the breadcrumbs however many lines these take. */}
      <div className="atlas-overlay atlas-overlay--corner">
        <Breadcrumbs scope={status.scope} view={view} />
        <div className="atlas-overlay--left">
          {/* The overview draws only clusters and themes: of the filters, only the year range applies. */}
          <FiltersPanel
            filters={view.filters}
            hiddenCount={view.hidden.length}
            version={status.version}
            overview={overview}
          />
          <Legend overview={overview} themes={status.scope?.themes === true} />
        </div>
      </div>
      <StatusLine status={status} rules={rules} />
    </section>
  );
}
