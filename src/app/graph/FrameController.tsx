/**
 * Renderless: marks the first frame that draws nodes (`performance.mark('atlas:first-frame')`, read by
 * `npm run bench:ui`) and exposes how many nodes the last frame drew as `data-drawn-nodes` on the
 * container, which tests and the benchmark read.
 */
import { useSigma } from '@react-sigma/core';
import { useEffect } from 'react';

export function FrameController({ name }: { name: string }) {
  const sigma = useSigma();
  useEffect(() => {
    const container = sigma.getContainer();
    let marked = false;
    const afterRender = () => {
      let drawn = 0;
      sigma.getGraph().forEachNode((node) => {
        if (!sigma.getNodeDisplayData(node)?.hidden) drawn += 1;
      });
      container.dataset.drawnNodes = String(drawn);
      if (!marked && drawn > 0) {
        marked = true;
        performance.mark(`${name}:first-frame`);
      }
    };
    sigma.on('afterRender', afterRender);
    return () => {
      sigma.off('afterRender', afterRender);
    };
  }, [sigma, name]);
  return null;
}
