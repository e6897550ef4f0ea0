/**
 * Which node labels to draw, and on which side: the largest nodes first, each label right of its node, else
 * left of it, else (a disc at least as tall as a label) centred below it — big discs packed side by side
 * leave room only there —, kept only where its box overlaps no label already kept and covers no node at least 70%
 * as large as its own (a big cluster's long label must not run across its big neighbour, whose own label
 * would then have no room). So the biggest nodes are always named and the rest as room allows, never on top
 * of each other. Boxes are in screen pixels; grids of cells find the neighbours of a box, so picking stays
 * O(n log n) at tens of thousands of nodes.
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

export type LabelSide = 'right' | 'left' | 'below';

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
  /** The first this many (largest) nodes are labelled even where their label must cover a node. */
  always?: number;
}

/** A label may not cover a node at least this fraction of its own node's size. */
export const OBSTACLE_RATIO = 0.7;

/** Gap between a node's disc and its label (px), as sigma draws it. */
export const LABEL_GAP = 3;

/** The box of a label drawn on one side of its node, vertically centred on it. */
export function labelBox(
  candidate: LabelCandidate,
  height: number,
  margin = 0,
  side: LabelSide = 'right',
): LabelBox {
  if (side === 'below') {
    const top = candidate.y + candidate.size + LABEL_GAP;
    return {
      left: candidate.x - candidate.width / 2 - margin,
      right: candidate.x + candidate.width / 2 + margin,
      top: top - margin,
      bottom: top + height + margin,
    };
  }
  const left =
    side === 'right'
      ? candidate.x + candidate.size + LABEL_GAP
      : candidate.x - candidate.size - LABEL_GAP - candidate.width;
  return {
    left: left - margin,
    right: left + candidate.width + margin,
    top: candidate.y - height / 2 - margin,
    bottom: candidate.y + height / 2 + margin,
  };
}

const overlaps = (a: LabelBox, b: LabelBox) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

const coversDisc = (box: LabelBox, disc: LabelCandidate) => {
  const dx = Math.max(box.left - disc.x, 0, disc.x - box.right);
  const dy = Math.max(box.top - disc.y, 0, disc.y - box.bottom);
  return dx * dx + dy * dy < disc.size * disc.size;
};

/** Items indexed by the grid cells their boxes touch. */
class CellGrid<T> {
  private readonly cells = new Map<string, T[]>();
  constructor(private readonly cell: number) {}

  private keys(box: LabelBox): string[] {
    const keys: string[] = [];
    for (let cx = Math.floor(box.left / this.cell); cx <= Math.floor(box.right / this.cell); cx += 1) {
      for (let cy = Math.floor(box.top / this.cell); cy <= Math.floor(box.bottom / this.cell); cy += 1) {
        keys.push(`${cx}:${cy}`);
      }
    }
    return keys;
  }

  add(box: LabelBox, item: T): void {
    for (const key of this.keys(box)) {
      const items = this.cells.get(key);
      if (items) items.push(item);
      else this.cells.set(key, [item]);
    }
  }

  some(box: LabelBox, test: (item: T) => boolean): boolean {
    return this.keys(box).some((key) => this.cells.get(key)?.some(test) ?? false);
  }
}

/**
 * The nodes whose labels to draw, largest node first, each with the side its label goes.
 *
 * @example
 * pickLabels(
 *   [{ id: 'a', x: 0, y: 0, size: 10, width: 60 }, { id: 'b', x: 5, y: 2, size: 4, width: 60 }],
 *   { height: 12, viewport: { width: 800, height: 600 } },
 * ); // Map { 'a' => 'right' }: b's label would cover a
 */
export function pickLabels(
  candidates: readonly LabelCandidate[],
  options: PickOptions,
): Map<string, LabelSide> {
  const { height, viewport, margin = 2, limit = Number.POSITIVE_INFINITY, always = 3 } = options;
  const ordered = [...candidates].sort((a, b) => b.size - a.size || a.id.localeCompare(b.id));
  const cell = Math.max(64, height * 6);
  const labels = new CellGrid<LabelBox>(cell);
  const discs = new CellGrid<LabelCandidate>(cell);
  for (const candidate of ordered) {
    const r = candidate.size;
    discs.add(
      { left: candidate.x - r, right: candidate.x + r, top: candidate.y - r, bottom: candidate.y + r },
      candidate,
    );
  }
  const onScreen = (box: LabelBox) =>
    box.right >= 0 && box.left <= viewport.width && box.bottom >= 0 && box.top <= viewport.height;
  const picked = new Map<string, LabelSide>();
  ordered.forEach((candidate, rank) => {
    if (picked.size >= limit) return;
    const free = (box: LabelBox) => onScreen(box) && !labels.some(box, (other) => overlaps(box, other));
    const clear = (box: LabelBox) =>
      !discs.some(
        box,
        (disc) => disc !== candidate && disc.size >= candidate.size * OBSTACLE_RATIO && coversDisc(box, disc),
      );
    // Below only for discs at least as tall as a label: a small node's label stays beside it.
    const sides: LabelSide[] = candidate.size >= height ? ['right', 'left', 'below'] : ['right', 'left'];
    const boxes = sides.map((side) => ({ side, box: labelBox(candidate, height, margin, side) }));
    const placed =
      boxes.find(({ box }) => free(box) && clear(box)) ??
      (rank < always ? boxes.find(({ box }) => free(box)) : undefined);
    if (!placed) return;
    labels.add(placed.box, placed.box);
    picked.set(candidate.id, placed.side);
  });
  return picked;
}
