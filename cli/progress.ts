/**
 * Progress of an ingest: a cli-progress bar per stage with its rate on a terminal, plain lines otherwise
 * (one when a stage starts, every 10% of it, and one when it ends), so logs stay readable.
 */
import { SingleBar, Presets } from 'cli-progress';
import type { IngestProgress, IngestStage } from '../ingest/pipeline';

const UNITS: Record<IngestStage, string> = {
  read: 'files',
  check: 'papers',
  extract: 'papers',
  write: 'papers',
  derive: 'steps',
  csv: 'files',
};

export interface ProgressView {
  update(progress: IngestProgress): void;
  stop(): void;
}

export function progressView(options: { bar: boolean; stream?: NodeJS.WriteStream }): ProgressView {
  return options.bar
    ? new BarView(options.stream ?? process.stderr)
    : new LineView(options.stream ?? process.stderr);
}

const rate = (done: number, startedAt: number) => {
  const seconds = (performance.now() - startedAt) / 1000;
  return seconds > 0 ? Math.round(done / seconds) : 0;
};

class BarView implements ProgressView {
  private bar?: SingleBar;
  private stage?: IngestStage;
  private startedAt = 0;

  constructor(private readonly stream: NodeJS.WriteStream) {}

  update(progress: IngestProgress): void {
    if (progress.stage !== this.stage) {
      this.stop();
      this.stage = progress.stage;
      this.startedAt = performance.now();
      this.bar = new SingleBar(
        {
          stream: this.stream,
          format: `${progress.stage.padEnd(7)} [{bar}] {value}/{total} {unit} | {rate}/s | {duration_formatted} {detail}`,
          hideCursor: true,
        },
        Presets.shades_classic,
      );
      this.bar.start(progress.total, progress.done, { unit: UNITS[progress.stage], rate: 0, detail: '' });
    }
    this.bar?.setTotal(progress.total);
    this.bar?.update(progress.done, {
      rate: rate(progress.done, this.startedAt),
      detail: progress.detail ?? '',
    });
  }

  stop(): void {
    this.bar?.stop();
    this.bar = undefined;
    this.stage = undefined;
  }
}

class LineView implements ProgressView {
  private stage?: IngestStage;
  private startedAt = 0;
  private nextTenth = 1;

  constructor(private readonly stream: NodeJS.WriteStream) {}

  update(progress: IngestProgress): void {
    const { stage, done, total, detail } = progress;
    if (stage !== this.stage) {
      this.stage = stage;
      this.startedAt = performance.now();
      this.nextTenth = 1;
    }
    if (detail) {
      this.stream.write(`${stage}: ${detail}\n`);
      return;
    }
    const tenth = total > 0 ? Math.floor((done / total) * 10) : 10;
    if (done > 0 && tenth < this.nextTenth && done < total) return;
    this.nextTenth = tenth + 1;
    this.stream.write(`${stage}: ${done}/${total} ${UNITS[stage]} (${rate(done, this.startedAt)}/s)\n`);
  }

  stop(): void {
    this.stage = undefined;
  }
}
