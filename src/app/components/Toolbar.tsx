/**
 * Canvas tools (inside the sigma container): ForceAtlas2 start/stop, re-group, zoom, and exports of the
 * visible graph (PNG of the view, GEXF for Gephi, JSON).
 */
import { useCamera, useSigma } from '@react-sigma/core';
import { useState } from 'react';
import { atlasGraph, layoutOwner } from '../core/atlas/store';
import type { VisibilityRules } from '../core/atlas/visibility';
import { download, exportFileName } from '../core/export/download';
import { LAYOUTS } from '../core/layout/registry';
import { useStore } from '../core/store';

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/**
 * An export shows where the nodes are: a layout moving a large graph (drawn by the motion preview, the
 * drawn graph not yet holding its positions) stops first, and the full drawing comes back.
 */
async function stillView(): Promise<void> {
  if (!layoutOwner.moving.get()) return;
  layoutOwner.stop();
  await nextFrame();
  await nextFrame();
}

// The exporters load on first use: they are not needed to draw the first frame.
const loadExporters = () => import('../core/export/graph-export');

const TEXT_EXPORTS = [
  { label: 'GEXF', extension: 'gexf', type: 'application/xml', writer: 'toGexf' },
  { label: 'JSON', extension: 'json', type: 'application/json', writer: 'toJson' },
] as const;

export function Toolbar({ rules, scopeLabel }: { rules: VisibilityRules; scopeLabel?: string }) {
  const sigma = useSigma();
  const { zoomIn, zoomOut, reset } = useCamera({ duration: 250 });
  const running = useStore(layoutOwner.running);
  const [exportError, setExportError] = useState<string>();

  const regroup = () => {
    layoutOwner.kill();
    LAYOUTS.grouped.assign(atlasGraph);
    reset();
  };

  const exportPng = async () => {
    try {
      await stillView();
      const background =
        getComputedStyle(sigma.getContainer()).getPropertyValue('--canvas-bg').trim() || '#ffffff';
      const { toBlob } = await import('@sigma/export-image');
      const blob = await toBlob(sigma, { format: 'png', backgroundColor: background });
      download(exportFileName(scopeLabel, 'png'), blob);
      setExportError(undefined);
    } catch (error) {
      setExportError(`PNG export failed: ${String(error)}`);
    }
  };

  return (
    <div className="toolbar" role="toolbar" aria-label="Graph tools">
      <div className="toolbar-group">
        <button
          type="button"
          className={running ? 'primary' : ''}
          aria-pressed={running}
          onClick={() => layoutOwner.toggle()}
        >
          {running ? 'Stop layout' : 'Run layout'}
        </button>
        <button type="button" onClick={regroup} title="Lay nodes out grouped by cluster and kind">
          Regroup
        </button>
      </div>
      <div className="toolbar-group">
        <button type="button" onClick={() => zoomIn()} aria-label="Zoom in">
          +
        </button>
        <button type="button" onClick={() => zoomOut()} aria-label="Zoom out">
          −
        </button>
        <button type="button" onClick={() => reset()} aria-label="Fit the graph">
          Fit
        </button>
      </div>
      <div className="toolbar-group">
        <span className="toolbar-label">Export</span>
        <button type="button" onClick={() => void exportPng()}>
          PNG
        </button>
        {TEXT_EXPORTS.map(({ label, extension, type, writer }) => (
          <button
            key={label}
            type="button"
            onClick={() =>
              void Promise.all([loadExporters(), stillView()]).then(([exporters]) =>
                download(
                  exportFileName(scopeLabel, extension),
                  exporters[writer](exporters.visibleGraph(atlasGraph, rules)),
                  type,
                ),
              )
            }
          >
            {label}
          </button>
        ))}
      </div>
      {exportError && (
        <p role="alert" className="toolbar-error">
          {exportError}
        </p>
      )}
    </div>
  );
}
