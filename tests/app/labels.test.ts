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
    });
    expect(picked).toEqual(['large']);
  });

  it('labels every node whose label has room, largest first', () => {
    const picked = pickLabels(
      [node('a', 100, 100, 5), node('b', 100, 200, 9), node('c', 400, 100, 7), node('d', 110, 205, 3)],
      { height: 12, viewport },
    );
    expect(picked).toEqual(['b', 'c', 'a']);
  });

  it('never keeps two overlapping labels, on a dense random layout', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    const candidates = Array.from({ length: 2000 }, (_, index) =>
      node(`n${index}`, random() * 800, random() * 600, 2 + random() * 20, 30 + random() * 120),
    );
    const picked = pickLabels(candidates, { height: 12, viewport, margin: 0 });
    const byId = new Map(candidates.map((candidate) => [candidate.id, candidate]));
    const boxes = picked.map((id) => labelBox(byId.get(id) as LabelCandidate, 12));
    for (let i = 0; i < boxes.length; i += 1) {
      for (let j = i + 1; j < boxes.length; j += 1) {
        const [a, b] = [boxes[i], boxes[j]] as [ReturnType<typeof labelBox>, ReturnType<typeof labelBox>];
        const overlap = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
        expect(overlap, `${picked[i]} and ${picked[j]}`).toBe(false);
      }
    }
    // The largest node on screen is always labelled, and so are many others.
    const largest = [...candidates].sort((a, b) => b.size - a.size)[0];
    expect(picked[0]).toBe(largest?.id);
    expect(picked.length).toBeGreaterThan(30);
  });

  it('skips labels off screen and stops at the limit', () => {
    const picked = pickLabels([node('off', -500, 100, 30), node('a', 10, 10, 5), node('b', 10, 300, 4)], {
      height: 12,
      viewport,
      limit: 1,
    });
    expect(picked).toEqual(['a']);
  });
});
