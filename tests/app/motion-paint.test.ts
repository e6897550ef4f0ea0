import { describe, expect, it } from 'vitest';
import { paintMotion, type MotionPoint } from '../../src/app/graph/motion-points';

/** A canvas whose 2D context records the calls the painter makes. */
function recordingCanvas(clientWidth: number, clientHeight: number) {
  const calls: string[] = [];
  const context = {
    fillStyle: '',
    setTransform: (...args: number[]) => calls.push(`setTransform ${args.join(',')}`),
    clearRect: (...args: number[]) => calls.push(`clearRect ${args.join(',')}`),
    beginPath: () => calls.push('beginPath'),
    rect: (...args: number[]) => calls.push(`rect ${args.join(',')}`),
    moveTo: (...args: number[]) => calls.push(`moveTo ${args.join(',')}`),
    arc: (...args: number[]) => calls.push(`arc ${args.slice(0, 3).join(',')}`),
    fill() {
      calls.push(`fill ${this.fillStyle}`);
    },
  };
  const canvas = { clientWidth, clientHeight, width: 0, height: 0, getContext: () => context };
  return { canvas: canvas as unknown as HTMLCanvasElement, calls };
}

describe('the motion preview painter', () => {
  const points: MotionPoint[] = [
    { x: 10, y: 20, radius: 2, color: '#f00' },
    { x: 30, y: 40, radius: 3, color: '#00f' },
    { x: 50, y: 60, radius: 1, color: '#f00' },
  ];

  it('sizes the canvas at the pixel ratio, clears it, and fills one path per colour (discs; squares when tiny)', () => {
    const { canvas, calls } = recordingCanvas(200, 100);
    paintMotion(canvas, points, 2);
    expect([canvas.width, canvas.height]).toEqual([400, 200]);
    expect(calls).toEqual([
      'setTransform 2,0,0,2,0,0',
      'clearRect 0,0,200,100',
      'beginPath',
      'moveTo 12,20',
      'arc 10,20,2',
      'rect 49,59,2,2',
      'fill #f00',
      'beginPath',
      'moveTo 33,40',
      'arc 30,40,3',
      'fill #00f',
    ]);
  });

  it('clears without drawing when there is nothing to show', () => {
    const { canvas, calls } = recordingCanvas(50, 50);
    paintMotion(canvas, [], 1);
    expect(calls).toEqual(['setTransform 1,0,0,1,0,0', 'clearRect 0,0,50,50']);
  });
});
