/**
 * Renderless: while a layout moves a large graph (its edges left out by the edge reducer), the edge layer
 * is taken off the page, so composing each frame does not read back an empty canvas — with software WebGL
 * that readback costs the main thread as much as drawing the nodes. It comes back when the layout stops.
 */
import { useSigma } from '@react-sigma/core';
import { useEffect } from 'react';

export function MotionController({ moving }: { moving: boolean }) {
  const sigma = useSigma();
  useEffect(() => {
    const edgeLayer = sigma.getCanvases().edges;
    if (!moving || !edgeLayer) return;
    edgeLayer.style.display = 'none';
    return () => {
      edgeLayer.style.display = '';
    };
  }, [sigma, moving]);
  return null;
}
