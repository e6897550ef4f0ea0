import { describe, expect, it, vi } from 'vitest';
import type { GraphPayload } from '../../src/model/api';
import { CANVAS_BACKGROUND } from '../../src/app/core/atlas/style';
import {
  recolorResultEdges,
  RESULT_EDGE_SETTINGS,
  resultGraph,
} from '../../src/app/core/cypher/result-graph';

// sigma's rendering module names WebGL classes when loaded; Node has none, and nothing is drawn here.
vi.hoisted(() => {
  Object.assign(globalThis, { WebGL2RenderingContext: class {}, WebGLRenderingContext: class {} });
});

/** WCAG 2 contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((at) => {
      const channel = parseInt(hex.slice(at, at + 2), 16) / 255;
      return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

const payload: GraphPayload = {
  nodes: [
    { id: 'paper:p1', kind: 'Paper', label: 'P1', size: 1 },
    { id: 'method:a', kind: 'Method', label: 'A', size: 3 },
    { id: 'method:b', kind: 'Method', label: 'B', size: 2 },
  ],
  edges: [
    { id: 'e1', source: 'paper:p1', target: 'method:a', type: 'PROPOSES' },
    { id: 'e2', source: 'method:a', target: 'method:b', type: 'BUILT_ON' },
  ],
  truncated: false,
};

describe('the console result graph', () => {
  it.each(['light', 'dark'] as const)('draws edges that stand out 3:1 from the %s canvas', (theme) => {
    const graph = resultGraph(payload, theme);
    expect(graph.size).toBe(2);
    graph.forEachEdge((_edge, attributes) => {
      expect(contrast(String(attributes.color), CANVAS_BACKGROUND[theme])).toBeGreaterThanOrEqual(3);
      expect(attributes.size).toBeGreaterThanOrEqual(1.5);
    });
  });

  it('recolours its edges when the theme changes', () => {
    const graph = resultGraph(payload, 'light');
    recolorResultEdges(graph, 'dark');
    graph.forEachEdge((_edge, attributes) => {
      expect(contrast(String(attributes.color), CANVAS_BACKGROUND.dark)).toBeGreaterThanOrEqual(3);
    });
  });

  it('draws every relationship as an arrow (edge program "arrow" by default)', () => {
    expect(RESULT_EDGE_SETTINGS.defaultEdgeType).toBe('arrow');
    expect(RESULT_EDGE_SETTINGS.edgeProgramClasses?.arrow).toBeTypeOf('function');
    const graph = resultGraph(payload, 'dark');
    // Directed as stored: the arrow points from the paper to what it proposes.
    expect(graph.source('e1')).toBe('paper:p1');
    expect(graph.isDirected('e1')).toBe(true);
  });
});
