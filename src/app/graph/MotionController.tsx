/**
 * While a layout moves a large graph, sigma draws nothing (the node and edge reducers hide everything, see
 * HighlightController) and its WebGL layers are off the page, so composing a frame reads nothing back;
 * a 2D canvas over them shows the layout's latest positions instead (`LayoutPreview`), redrawn on each
 * layout frame and on each camera move. When the layout stops, the drawn graph takes the positions and
 * sigma's full drawing comes back.
 */
import { useSigma } from '@react-sigma/core';
import { useEffect } from 'react';
import type { EdgeAttributes, NodeAttributes } from '../core/atlas/graph';
import type { VisibilityRules } from '../core/atlas/visibility';
import type { LayoutPreview } from '../core/layout/preview';
import { motionPoints, paintMotion } from './motion-points';

/** Sigma's layers that have nothing to draw while the preview shows the graph. */
const QUIET_LAYERS = ['edges', 'nodes'];

interface Props {
  moving: boolean;
  preview: LayoutPreview;
  rules: VisibilityRules;
}

export function MotionController({ moving, preview, rules }: Props) {
  const sigma = useSigma<NodeAttributes, EdgeAttributes>();
  useEffect(() => {
    if (!moving) return;
    const layers = QUIET_LAYERS.flatMap((name) => sigma.getCanvases()[name] ?? []);
    for (const layer of layers) layer.style.display = 'none';
    const canvas = document.createElement('canvas');
    canvas.className = 'atlas-motion';
    sigma.getContainer().appendChild(canvas);
    const paint = () => {
      const working = preview.latest;
      if (working) paintMotion(canvas, motionPoints(sigma, working, sigma.getGraph(), rules).values());
    };
    const unsubscribe = preview.subscribe(paint);
    sigma.on('afterRender', paint);
    paint();
    return () => {
      unsubscribe();
      sigma.off('afterRender', paint);
      canvas.remove();
      for (const layer of layers) layer.style.display = '';
    };
  }, [sigma, moving, preview, rules]);
  return null;
}
