/**
 * Which node labels to draw: the largest nodes first, each label kept only when its box overlaps no label
 * already kept, so the biggest nodes are always named and the rest as room allows, never on top of each
 * other. Boxes are in screen pixels (a label sits right of its node, as sigma draws it); a grid of cells
 * finds the neighbours of a box, so picking stays O(n log n) at tens of thousands of nodes.
 */

export interface LabelCandidate {
  id: string;
  /** Node centre on screen (px). */
  x: number;
  y: number;
  /** Node radius on screen (px). */
  size: number;
  /** Label width (px) as drawn. */
  width: number;
}

export interface LabelBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface PickOptions {
  /** Label height (px): the font size. */
  height: number;
  /** The screen: labels whose box lies wholly outside it are not kept (and take no room). */
  viewport: { width: number; height: number };
  /** Room kept free around each label (px). */
  margin?: number;
  /** At most this many labels. */
  limit?: number;
}

/** The box of a label drawn to the right of its node, vertically centred on it. */
export function labelBox(candidate: LabelCandidate, height: number, margin = 0): LabelBox {
  const left = candidate.x + candidate.size + 3;
  return {
    left: left - margin,
    right: left + candidate.width + margin,
    top: candidate.y - height / 2 - margin,
    bottom: candidate.y + height / 2 + margin,
  };
}

const overlaps = (a: LabelBox, b: LabelBox) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * The ids whose labels to draw, largest node first.
 *
 * @example
 * pickLabels(
 *   [{ id: 'a', x: 0, y: 0, size: 10, width: 60 }, { id: 'b', x: 5, y: 2, size: 4, width: 60 }],
 *   { height: 12, viewport: { width: 800, height: 600 } },
 * ); // ['a']: b's label would cover a's
 */
export function pickLabels(candidates: readonly LabelCandidate[], options: PickOptions): string[] {
  const { height, viewport, margin = 2, limit = Number.POSITIVE_INFINITY } = options;
  const ordered = [...candidates].sort((a, b) => b.size - a.size || a.id.localeCompare(b.id));
  const cell = Math.max(64, height * 6);
  const grid = new Map<string, LabelBox[]>();
  const cellsOf = (box: LabelBox): string[] => {
    const keys: string[] = [];
    for (let cx = Math.floor(box.left / cell); cx <= Math.floor(box.right / cell); cx += 1) {
      for (let cy = Math.floor(box.top / cell); cy <= Math.floor(box.bottom / cell); cy += 1) {
        keys.push(`${cx}:${cy}`);
      }
    }
    return keys;
  };
  const picked: string[] = [];
  for (const candidate of ordered) {
    if (picked.length >= limit) break;
    const box = labelBox(candidate, height, margin);
    if (box.right < 0 || box.left > viewport.width || box.bottom < 0 || box.top > viewport.height) continue;
    const cells = cellsOf(box);
    if (cells.some((key) => grid.get(key)?.some((other) => overlaps(box, other)))) continue;
    for (const key of cells) {
      const boxes = grid.get(key);
      if (boxes) boxes.push(box);
      else grid.set(key, [box]);
    }
    picked.push(candidate.id);
  }
  return picked;
}
