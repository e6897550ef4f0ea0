import { describe, expect, it } from 'vitest';
import { createAtlasGraph, replaceGraph, type AtlasGraph } from '../../src/app/core/atlas/graph';
import { FramePositions, type FrameScheduler } from '../../src/app/core/layout/frame-positions';
import type { GraphPayload } from '../../src/model/api';

const payload: GraphPayload = {
  nodes: [
    { id: 'method:a', kind: 'Method', label: 'A', size: 2 },
    { id: 'method:b', kind: 'Method', label: 'B', size: 1 },
    { id: 'paper:1', kind: 'Paper', label: 'P', size: 1 },
  ],
  edges: [{ id: 'e1', source: 'paper:1', target: 'method:a', type: 'USES' }],
  truncated: false,
};

/** Frames that run only when the test says so. */
function manualFrames() {
  const queued = new Map<number, () => void>();
  let next = 1;
  const scheduler: FrameScheduler = {
    request: (callback) => (queued.set(next, callback), next++),
    cancel: (handle) => void queued.delete(handle),
  };
  return {
    scheduler,
    pending: () => queued.size,
    tick() {
      const callbacks = [...queued.values()];
      queued.clear();
      callbacks.forEach((callback) => callback());
    },
  };
}

/** What a layout worker does to its graph: one bulk write of every position. */
function layoutStep(graph: AtlasGraph, dx: number): void {
  graph.updateEachNodeAttributes((_node, attributes) => ({ ...attributes, x: attributes.x + dx }));
}

function setup() {
  const drawn = createAtlasGraph();
  replaceGraph(drawn, payload, '#ccc');
  const working = drawn.copy();
  const frames = manualFrames();
  const positions = new FramePositions(working, drawn, frames.scheduler);
  let writes = 0;
  const hints: unknown[] = [];
  drawn.on('eachNodeAttributesUpdated', (event) => {
    writes += 1;
    hints.push(event.hints);
  });
  return { drawn, working, frames, positions, writes: () => writes, hints };
}

describe('layout positions reach the drawn graph once per frame', () => {
  it('takes only the latest of several layout steps, in one write with x/y hints', () => {
    const { drawn, working, frames, writes, hints } = setup();
    const before = drawn.getNodeAttribute('method:a', 'x');
    layoutStep(working, 1);
    layoutStep(working, 1);
    layoutStep(working, 1);
    expect(frames.pending()).toBe(1);
    expect(writes()).toBe(0);
    expect(drawn.getNodeAttribute('method:a', 'x')).toBe(before);
    frames.tick();
    expect(writes()).toBe(1);
    expect(hints).toEqual([{ attributes: ['x', 'y'] }]);
    expect(drawn.getNodeAttribute('method:a', 'x')).toBeCloseTo(before + 3);
    expect(drawn.getNodeAttribute('method:a', 'label')).toBe('A');
  });

  it('writes nothing on a frame without a layout step', () => {
    const { working, frames, writes } = setup();
    layoutStep(working, 1);
    frames.tick();
    frames.tick();
    expect(frames.pending()).toBe(0);
    expect(writes()).toBe(1);
  });

  it('flush copies at once and cancels the pending frame (a stopped layout keeps its last positions)', () => {
    const { drawn, working, frames, positions, writes } = setup();
    layoutStep(working, 5);
    positions.flush();
    expect(frames.pending()).toBe(0);
    expect(drawn.getNodeAttribute('paper:1', 'x')).toBe(working.getNodeAttribute('paper:1', 'x'));
    expect(writes()).toBe(1);
  });

  it('leaves nodes the working copy lacks where they are, and stops listening when disposed', () => {
    const { drawn, working, frames, positions, writes } = setup();
    drawn.addNode('method:new', { ...drawn.getNodeAttributes('method:b'), x: 42, y: 7 });
    layoutStep(working, 2);
    frames.tick();
    expect(drawn.getNodeAttributes('method:new')).toMatchObject({ x: 42, y: 7 });
    positions.dispose();
    layoutStep(working, 2);
    expect(frames.pending()).toBe(0);
    frames.tick();
    expect(writes()).toBe(1);
  });
});

describe('a large graph: frames go to the preview, the drawn graph takes positions when flushed', () => {
  function previewSetup() {
    const drawn = createAtlasGraph();
    replaceGraph(drawn, payload, '#ccc');
    const working = drawn.copy();
    const frames = manualFrames();
    const previews: AtlasGraph[] = [];
    const positions = new FramePositions(working, drawn, frames.scheduler, (graph) => previews.push(graph));
    let writes = 0;
    drawn.on('eachNodeAttributesUpdated', () => (writes += 1));
    return { drawn, working, frames, positions, previews, writes: () => writes };
  }

  it('hands the working copy to the preview once per frame and leaves the drawn graph alone', () => {
    const { drawn, working, frames, previews, writes } = previewSetup();
    const before = drawn.getNodeAttribute('method:a', 'x');
    layoutStep(working, 1);
    layoutStep(working, 1);
    frames.tick();
    frames.tick();
    expect(previews).toEqual([working]);
    expect(writes()).toBe(0);
    expect(drawn.getNodeAttribute('method:a', 'x')).toBe(before);
    expect(working.getNodeAttribute('method:a', 'x')).toBeCloseTo(before + 2);
  });

  it('flush copies the latest positions into the drawn graph and cancels the pending preview frame', () => {
    const { drawn, working, frames, positions, previews, writes } = previewSetup();
    layoutStep(working, 4);
    positions.flush();
    expect(frames.pending()).toBe(0);
    expect(previews).toEqual([]);
    expect(writes()).toBe(1);
    expect(drawn.getNodeAttribute('paper:1', 'x')).toBe(working.getNodeAttribute('paper:1', 'x'));
  });
});
