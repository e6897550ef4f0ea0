/**
 * Renderless: a read-only window onto the canvas for scripts (the end-to-end tests, a bookmarklet):
 * `window.conceptAtlas.viewportPosition(nodeId)` says where a node is drawn, `drawnNodeIds()` which are,
 * `drawnEdgeCount()` how many edges are, `graphPosition(nodeId)` where the drawn graph has a node (graph
 * coordinates, drawn or not), `motionPosition(nodeId)` where the motion preview shows a node while a layout
 * moves a large graph, `labelledNodeIds()` whose labels the last frame drew and `labelBoxes()` where (px),
 * `fadedNodeIds()` which drawn nodes are faded as outside the year range.
 */
import { useSigma } from '@react-sigma/core';
import { useEffect } from 'react';
import type { EdgeAttributes, NodeAttributes } from '../core/atlas/graph';
import type { VisibilityRules } from '../core/atlas/visibility';
import type { LayoutPreview } from '../core/layout/preview';
import { labelBox, type LabelBox, type LabelSide } from '../core/atlas/labels';
import { motionPoints } from './motion-points';

export interface CanvasInspector {
  drawnNodeIds(): string[];
  drawnEdgeCount(): number;
  graphPosition(nodeId: string): { x: number; y: number } | undefined;
  motionPosition(nodeId: string): { x: number; y: number } | undefined;
  viewportPosition(nodeId: string): { x: number; y: number } | undefined;
  labelledNodeIds(): string[];
  fadedNodeIds(): string[];
  labelBoxes(): Array<{ id: string; size: number } & LabelBox>;
}

declare global {
  interface Window {
    conceptAtlas?: Record<string, CanvasInspector>;
  }
}

interface Props {
  name: string;
  /** The canvas's motion preview, when it has one. */
  motion?: { preview: LayoutPreview; rules: VisibilityRules };
}

export function InspectController({ name, motion }: Props) {
  const sigma = useSigma<NodeAttributes, EdgeAttributes>();
  useEffect(() => {
    const inspector: CanvasInspector = {
      drawnNodeIds: () => sigma.getGraph().filterNodes((node) => !sigma.getNodeDisplayData(node)?.hidden),
      drawnEdgeCount: () =>
        sigma.getGraph().filterEdges((edge) => !sigma.getEdgeDisplayData(edge)?.hidden).length,
      graphPosition: (nodeId) => {
        const graph = sigma.getGraph();
        if (!graph.hasNode(nodeId)) return undefined;
        const { x, y } = graph.getNodeAttributes(nodeId);
        return { x, y };
      },
      motionPosition: (nodeId) => {
        const working = motion?.preview.latest;
        const point = working && motionPoints(sigma, working, sigma.getGraph(), motion.rules).get(nodeId);
        return point && { x: point.x, y: point.y };
      },
      viewportPosition: (nodeId) => {
        const data = sigma.getNodeDisplayData(nodeId);
        return data && !data.hidden ? sigma.framedGraphToViewport(data) : undefined;
      },
      labelledNodeIds: () => [...sigma.getNodeDisplayedLabels()],
      fadedNodeIds: () =>
        sigma.getGraph().filterNodes((node) => {
          const data = sigma.getNodeDisplayData(node) as { hidden?: boolean; faded?: boolean } | undefined;
          return data?.faded === true && !data.hidden;
        }),
      labelBoxes: () => {
        const settings = sigma.getSettings();
        const context = document.createElement('canvas').getContext('2d');
        if (context) context.font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
        return [...sigma.getNodeDisplayedLabels()].flatMap((id) => {
          const data = sigma.getNodeDisplayData(id);
          if (!data?.label) return [];
          const size = sigma.scaleSize(data.size);
          const width = context?.measureText(data.label).width ?? 0;
          const { x, y } = sigma.framedGraphToViewport(data);
          const side = (data as { labelSide?: LabelSide }).labelSide ?? 'right';
          return [{ id, size, ...labelBox({ id, x, y, size, width }, settings.labelSize, 0, side) }];
        });
      },
    };
    window.conceptAtlas = { ...window.conceptAtlas, [name]: inspector };
    return () => {
      if (window.conceptAtlas?.[name] === inspector) delete window.conceptAtlas[name];
    };
  }, [sigma, name, motion]);
  return null;
}
