/**
 * A moving layout drawn on a 2D canvas: every visible node where sigma will place it once the layout
 * stops (the same normalisation of the graph's extent, the same camera matrix), as a disc of its size and
 * colour (a square when too small to tell apart, which is cheaper), one path per colour. At 10k nodes the
 * page keeps a frame every ~19 ms this way (`npm run bench:ui`), where each sigma frame with software
 * WebGL took 130 ms or more. (graphology-canvas frames a graph its own way, with a fixed camera, so it
 * could not follow sigma's pan and zoom.)
 */
import type Sigma from 'sigma';
import { createNormalizationFunction, graphExtent, matrixFromCamera } from 'sigma/utils';
import type { AtlasGraph, EdgeAttributes, NodeAttributes } from '../core/atlas/graph';
import { isVisible, type VisibilityRules } from '../core/atlas/visibility';

export interface MotionPoint {
  x: number;
  y: number;
  /** In CSS pixels (sigma's node size at the camera's zoom). */
  radius: number;
  color: string;
}

type AtlasSigma = Sigma<NodeAttributes, EdgeAttributes>;

/** The smallest disc drawn, so nodes far out of zoom stay visible. */
const MIN_RADIUS = 1;
/** From this radius on, a point is drawn as a disc; smaller ones look the same as squares. */
const DISC_RADIUS = 2;
const FULL_TURN = Math.PI * 2;

/** Viewport positions of the working copy's nodes that the rules let through (attributes from `drawn`). */
export function motionPoints(
  sigma: AtlasSigma,
  working: AtlasGraph,
  drawn: AtlasGraph,
  rules: VisibilityRules,
): Map<string, MotionPoint> {
  const points = new Map<string, MotionPoint>();
  if (working.order === 0) return points;
  const extent = graphExtent(working);
  const normalize = createNormalizationFunction(extent);
  const matrix = matrixFromCamera(
    sigma.getCamera().getState(),
    sigma.getDimensions(),
    { width: extent.x[1] - extent.x[0] || 1, height: extent.y[1] - extent.y[0] || 1 },
    sigma.getStagePadding(),
  );
  working.forEachNode((node, { x, y }) => {
    if (!drawn.hasNode(node)) return;
    const attributes = drawn.getNodeAttributes(node);
    if (!isVisible(node, attributes, rules)) return;
    const at = sigma.framedGraphToViewport(normalize({ x, y }), { matrix });
    points.set(node, {
      x: at.x,
      y: at.y,
      radius: Math.max(MIN_RADIUS, sigma.scaleSize(attributes.size)),
      color: attributes.color,
    });
  });
  return points;
}

/** Clears the canvas (sized to its box at the device's pixel ratio) and draws the points. */
export function paintMotion(
  canvas: HTMLCanvasElement,
  points: Iterable<MotionPoint>,
  ratio = globalThis.devicePixelRatio || 1,
): void {
  const width = Math.round(canvas.clientWidth * ratio);
  const height = Math.round(canvas.clientHeight * ratio);
  if (canvas.width !== width) canvas.width = width;
  if (canvas.height !== height) canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) return;
  context.setTransform(ratio, 0, 0, ratio, 0, 0);
  context.clearRect(0, 0, canvas.clientWidth, canvas.clientHeight);
  const byColor = new Map<string, MotionPoint[]>();
  for (const point of points) {
    const group = byColor.get(point.color);
    if (group) group.push(point);
    else byColor.set(point.color, [point]);
  }
  for (const [color, group] of byColor) {
    context.fillStyle = color;
    context.beginPath();
    for (const { x, y, radius } of group) {
      if (radius < DISC_RADIUS) {
        context.rect(x - radius, y - radius, radius * 2, radius * 2);
      } else {
        context.moveTo(x + radius, y);
        context.arc(x, y, radius, 0, FULL_TURN);
      }
    }
    context.fill();
  }
}
