/**
 * A layout's positions, handed on at most once per animation frame. The layout writes its own working
 * copy of the graph as often as its worker answers; every write to the drawn graph makes sigma reprocess
 * every node, so the drawn graph takes only the latest positions, once per frame, and never queues
 * several. With a `preview` (a large graph), frames go to it instead, and the drawn graph takes the
 * positions only when flushed (the layout stopped).
 */
import type { AtlasGraph } from '../atlas/graph';

export interface FrameScheduler {
  request(callback: () => void): number;
  cancel(handle: number): void;
}

export const animationFrames: FrameScheduler = {
  request: (callback) =>
    typeof requestAnimationFrame === 'function'
      ? requestAnimationFrame(callback)
      : (setTimeout(callback, 16) as unknown as number),
  cancel: (handle) =>
    typeof cancelAnimationFrame === 'function' ? cancelAnimationFrame(handle) : clearTimeout(handle),
};

export class FramePositions {
  private pending: number | undefined;

  constructor(
    private readonly working: AtlasGraph,
    private readonly drawn: AtlasGraph,
    private readonly frames: FrameScheduler = animationFrames,
    private readonly preview?: (working: AtlasGraph) => void,
  ) {
    working.on('eachNodeAttributesUpdated', this.schedule);
  }

  private readonly schedule = (): void => {
    this.pending ??= this.frames.request(this.frame);
  };

  private readonly frame = (): void => {
    if (!this.preview) return this.flush();
    this.pending = undefined;
    this.preview(this.working);
  };

  /** Copies the latest positions now (a pending frame is cancelled); nodes the working copy lacks stay put. */
  readonly flush = (): void => {
    if (this.pending !== undefined) this.frames.cancel(this.pending);
    this.pending = undefined;
    const working = this.working;
    this.drawn.updateEachNodeAttributes(
      (node, attributes) => {
        if (!working.hasNode(node)) return attributes;
        attributes.x = working.getNodeAttribute(node, 'x');
        attributes.y = working.getNodeAttribute(node, 'y');
        return attributes;
      },
      { attributes: ['x', 'y'] },
    );
  };

  /** Stops listening; positions not yet copied are dropped (flush first to keep them). */
  dispose(): void {
    if (this.pending !== undefined) this.frames.cancel(this.pending);
    this.pending = undefined;
    this.working.off('eachNodeAttributesUpdated', this.schedule);
  }
}
