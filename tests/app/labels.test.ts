import { describe, expect, it } from 'vitest';
import { labelBox, pickLabels, type LabelCandidate } from '../../src/app/core/atlas/labels';

const viewport = { width: 800, height: 600 };
const node = (id: string, x: number, y: number, size: number, width = 80): LabelCandidate => ({
  id,
  x,
  y,
  size,
  width,
});

describe('picking labels', () => {
  it('labels the largest node first and drops a smaller label that would cover it', () => {
    const picked = pickLabels([node('small', 105, 104, 4), node('large', 100, 100, 20)], {
      height: 12,
      viewport,
      always: 0,
    });
    expect([...picked]).toEqual([['large', 'right']]);
  });

  it('labels every node whose label has room, largest first', () => {
    const picked = pickLabels(
      [node('a', 100, 100, 5), node('b', 100, 200, 9), node('c', 400, 100, 7), node('d', 110, 205, 3)],
      { height: 12, viewport },
    );
    expect([...picked.keys()]).toEqual(['b', 'c', 'a']);
  });

  it('puts a label on the left when on the right it would run across a big neighbour', () => {
    // Two big nodes side by side: the larger one's label goes left, so the other keeps its right side.
    const picked = pickLabels([node('big', 400, 300, 22, 200), node('next', 500, 302, 20, 120)], {
      height: 12,
      viewport,
    });
    expect(picked.get('big')).toBe('left');
    expect(picked.get('next')).toBe('right');
  });

  it('never keeps two overlapping labels, on a dense random layout', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    const candidates = Array.from({ length: 400 }, (_, index) =>
      node(`n${index}`, random() * 800, random() * 600, 2 + random() * 14, 30 + random() * 120),
    );
    const picked = pickLabels(candidates, { height: 12, viewport, margin: 0 });
    const byId = new Map(candidates.map((candidate) => [candidate.id, candidate]));
    const boxes = [...picked].map(([id, side]) => labelBox(byId.get(id) as LabelCandidate, 12, 0, side));
    const ids = [...picked.keys()];
    for (let i = 0; i < boxes.length; i += 1) {
      for (let j = i + 1; j < boxes.length; j += 1) {
        const [a, b] = [boxes[i], boxes[j]] as [ReturnType<typeof labelBox>, ReturnType<typeof labelBox>];
        const overlap = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
        expect(overlap, `${ids[i]} and ${ids[j]}`).toBe(false);
      }
    }
    // The largest node on screen is always labelled, and so are many others.
    const largest = [...candidates].sort((a, b) => b.size - a.size)[0];
    expect(ids[0]).toBe(largest?.id);
    expect(ids.length).toBeGreaterThan(25);
  });

  it('skips labels off screen and stops at the limit', () => {
    const picked = pickLabels([node('off', -500, 100, 30), node('a', 10, 10, 5), node('b', 10, 300, 4)], {
      height: 12,
      viewport,
      limit: 1,
    });
    expect([...picked.keys()]).toEqual(['a']);
  });

  it("puts a big disc's label below it when big neighbours leave no room on either side", () => {
    // Three big discs in a row: the middle one's label would run across a neighbour on both sides.
    const picked = pickLabels(
      [node('west', 300, 300, 30, 120), node('middle', 380, 300, 31, 120), node('east', 460, 300, 30, 120)],
      { height: 12, viewport, always: 0 },
    );
    expect(picked.get('middle')).toBe('below');
    const middle = labelBox(node('middle', 380, 300, 31, 120), 12, 0, 'below');
    expect(middle).toEqual({ left: 320, right: 440, top: 334, bottom: 346 });
  });
});
