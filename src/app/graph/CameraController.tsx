/**
 * Renderless: frames a newly loaded graph; centres the camera on the selected node when it is (or once it
 * becomes) part of the graph,
 * and again where it ended up once the layout stops.
 */
import { useSigma } from '@react-sigma/core';
import { useEffect, useRef } from 'react';
import { layoutOwner } from '../core/atlas/store';

interface Props {
  selected?: string;
  /** Changes whenever the graph's content changes. */
  version: number;
  /** Changes when a different graph is loaded (not on expansions): the camera frames it anew. */
  scope?: string;
}

export function CameraController({ selected, version, scope }: Props) {
  const sigma = useSigma();
  const centred = useRef<string | undefined>(undefined);

  useEffect(() => {
    centred.current = undefined;
    sigma.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
  }, [sigma, scope]);

  useEffect(() => {
    if (!selected) {
      centred.current = undefined;
      return;
    }
    if (centred.current === selected || !sigma.getGraph().hasNode(selected)) return;
    centred.current = selected;
    // Positions may have just changed: let sigma index them before reading the display data.
    const frame = requestAnimationFrame(() => {
      const data = sigma.getNodeDisplayData(selected);
      if (!data) return;
      const camera = sigma.getCamera();
      void camera.animate({ x: data.x, y: data.y }, { duration: 450 });
    });
    return () => cancelAnimationFrame(frame);
  }, [sigma, selected, version]);

  // The layout moves nodes: when it stops, the selection is centred again where it ended up.
  useEffect(() => {
    if (!selected) return;
    let frame: number | undefined;
    const unsubscribe = layoutOwner.running.subscribe(() => {
      if (layoutOwner.running.get()) return;
      // The drawn graph has just taken the layout's last positions: let sigma index them first.
      frame = requestAnimationFrame(() => {
        const data = sigma.getNodeDisplayData(selected);
        if (data) void sigma.getCamera().animate({ x: data.x, y: data.y }, { duration: 400 });
      });
    });
    return () => {
      unsubscribe();
      if (frame !== undefined) cancelAnimationFrame(frame);
    };
  }, [sigma, selected]);

  return null;
}
