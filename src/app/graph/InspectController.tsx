/**
 * Renderless: a read-only window onto the canvas for scripts (the end-to-end tests, a bookmarklet):
 * `window.conceptAtlas.viewportPosition(nodeId)` says where a node is drawn, `drawnNodeIds()` which are,
 * `drawnEdgeCount()` how many edges are, `nodeProgram(nodeId)` which sigma program draws a node.
 */
import { useSigma } from '@react-sigma/core';
import { useEffect } from 'react';

export interface CanvasInspector {
  drawnNodeIds(): string[];
  drawnEdgeCount(): number;
  nodeProgram(nodeId: string): string | undefined;
  viewportPosition(nodeId: string): { x: number; y: number } | undefined;
}

declare global {
  interface Window {
    conceptAtlas?: Record<string, CanvasInspector>;
  }
}

export function InspectController({ name }: { name: string }) {
  const sigma = useSigma();
  useEffect(() => {
    const inspector: CanvasInspector = {
      drawnNodeIds: () => sigma.getGraph().filterNodes((node) => !sigma.getNodeDisplayData(node)?.hidden),
      drawnEdgeCount: () =>
        sigma.getGraph().filterEdges((edge) => !sigma.getEdgeDisplayData(edge)?.hidden).length,
      nodeProgram: (nodeId) => sigma.getNodeDisplayData(nodeId)?.type,
      viewportPosition: (nodeId) => {
        const data = sigma.getNodeDisplayData(nodeId);
        return data && !data.hidden ? sigma.framedGraphToViewport(data) : undefined;
      },
    };
    window.conceptAtlas = { ...window.conceptAtlas, [name]: inspector };
    return () => {
      if (window.conceptAtlas?.[name] === inspector) delete window.conceptAtlas[name];
    };
  }, [sigma, name]);
  return null;
}
