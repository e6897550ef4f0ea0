/**
 * The one owner of the ForceAtlas2 web worker: start, stop (positions stay where they are), kill; a run
 * stops by itself after the layout's duration. The worker moves a working copy of the graph; the drawn
 * graph takes its positions once per animation frame (`FramePositions`) — or, for a large graph, only
 * when the layout stops, while `preview` offers every frame to the atlas's motion preview. Watchers (the
 * toolbar) learn about running/stopped; `moving` says a large graph is shown by the preview.
 */
import FA2LayoutSupervisor from 'graphology-layout-forceatlas2/worker';
import type { AtlasGraph } from '../atlas/graph';
import { createStore } from '../store';
import { animationFrames, FramePositions } from './frame-positions';
import { isLargeGraph, LayoutPreview } from './preview';
import { LAYOUTS } from './registry';

/** Marks on the page's timeline (DevTools, `npm run bench:ui`); absent outside a browser. */
const mark = (name: string) => globalThis.performance?.mark?.(name);

interface Run {
  supervisor: FA2LayoutSupervisor;
  positions: FramePositions;
  working: AtlasGraph;
  large: boolean;
}

export class LayoutOwner {
  readonly running = createStore(false);
  readonly moving = createStore(false);
  readonly preview = new LayoutPreview();
  private run: Run | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly graph: AtlasGraph) {}

  start(): void {
    if (this.graph.order === 0) return;
    this.run ??= this.prepare();
    if (this.run.supervisor.isRunning()) return;
    this.run.supervisor.start();
    mark('atlas:layout-start');
    if (this.run.large) this.preview.publish(this.run.working);
    this.moving.set(this.run.large);
    this.running.set(true);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.stop(), LAYOUTS.forceAtlas2.duration(this.graph.order));
  }

  stop(): void {
    clearTimeout(this.timer);
    if (this.run?.supervisor.isRunning()) {
      this.run.supervisor.stop();
      this.run.positions.flush();
      mark('atlas:layout-stop');
    }
    this.still();
  }

  toggle(): void {
    if (this.running.get()) this.stop();
    else this.start();
  }

  /** The graph's structure changed: positions so far are kept, the next start gets a fresh worker. */
  reset(): void {
    this.run?.positions.flush();
    this.kill();
  }

  kill(): void {
    clearTimeout(this.timer);
    this.run?.supervisor.kill();
    this.run?.positions.dispose();
    this.run = undefined;
    this.still();
  }

  private still(): void {
    this.preview.clear();
    this.moving.set(false);
    this.running.set(false);
  }

  private prepare(): Run {
    const working = this.graph.copy();
    const large = isLargeGraph(working);
    return {
      supervisor: new FA2LayoutSupervisor(working, {
        settings: LAYOUTS.forceAtlas2.settings(working),
        getEdgeWeight: 'weight',
      }),
      positions: new FramePositions(
        working,
        this.graph,
        animationFrames,
        large ? this.preview.publish : undefined,
      ),
      working,
      large,
    };
  }
}
