/**
 * The one owner of the ForceAtlas2 web worker: start, stop (positions stay where they are), kill; a run
 * stops by itself after the layout's duration. Watchers (the toolbar) learn about running/stopped.
 */
import FA2LayoutSupervisor from 'graphology-layout-forceatlas2/worker';
import type { AtlasGraph } from '../atlas/graph';
import { createStore } from '../store';
import { LAYOUTS } from './registry';

export class LayoutOwner {
  readonly running = createStore(false);
  private supervisor: FA2LayoutSupervisor | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly graph: AtlasGraph) {}

  start(): void {
    if (this.graph.order === 0) return;
    this.supervisor ??= new FA2LayoutSupervisor(this.graph, {
      settings: LAYOUTS.forceAtlas2.settings(this.graph),
      getEdgeWeight: 'weight',
    });
    if (this.supervisor.isRunning()) return;
    this.supervisor.start();
    this.running.set(true);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.stop(), LAYOUTS.forceAtlas2.duration(this.graph.order));
  }

  stop(): void {
    clearTimeout(this.timer);
    this.supervisor?.stop();
    this.running.set(false);
  }

  toggle(): void {
    if (this.running.get()) this.stop();
    else this.start();
  }

  /** The graph's structure changed: the next start gets a fresh worker that knows the new nodes. */
  reset(): void {
    this.kill();
  }

  kill(): void {
    clearTimeout(this.timer);
    this.supervisor?.kill();
    this.supervisor = undefined;
    this.running.set(false);
  }
}
