/**
 * Renderless: picks the labels the atlas draws — largest nodes first, each only where it overlaps no label
 * already drawn (`pickLabels`) — whenever the camera, the graph or what is visible changes (at most every
 * 150 ms), and publishes them to `labelled`, which the node reducer turns into `forceLabel` and the side
 * `drawSidedLabel` draws them on. Sigma's own
 * label grid is switched off (`labelRenderedSizeThreshold`), so no other label is drawn.
 */
import { useSigma } from '@react-sigma/core';
import { useEffect } from 'react';
import type { EdgeAttributes, NodeAttributes } from '../core/atlas/graph';
import { LABEL_GAP, pickLabels, type LabelCandidate, type LabelSide } from '../core/atlas/labels';
import type { Store } from '../core/store';
import type { NodeLabelDrawingFunction } from 'sigma/rendering';

const THROTTLE_MS = 150;

/** Text width in px for the label font; an estimate where there is no canvas (tests). */
function textMeasurer(font: string, size: number): (text: string) => number {
  const context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  if (!context) return (text) => text.length * size * 0.6;
  context.font = font;
  const widths = new Map<string, number>();
  return (text) => {
    let width = widths.get(text);
    if (width === undefined) {
      width = context.measureText(text).width;
      widths.set(text, width);
    }
    return width;
  };
}

/** Sigma's label drawing, on the side the picking chose (`labelSide` in the node's display data). */
export const drawSidedLabel: NodeLabelDrawingFunction<NodeAttributes, EdgeAttributes> = (
  context,
  data,
  settings,
) => {
  if (!data.label) return;
  const { labelSize, labelFont, labelWeight, labelColor } = settings;
  context.fillStyle = labelColor.attribute
    ? String((data as Record<string, unknown>)[labelColor.attribute] ?? labelColor.color ?? '#000')
    : (labelColor.color ?? '#000');
  context.font = `${labelWeight} ${labelSize}px ${labelFont}`;
  const side = (data as { labelSide?: LabelSide }).labelSide;
  if (side === 'below') {
    // Centred under the disc; the baseline sits about 0.8 of the font size below the box's top.
    const x = data.x - context.measureText(data.label).width / 2;
    context.fillText(data.label, x, data.y + data.size + LABEL_GAP + labelSize * 0.8);
    return;
  }
  const x =
    side === 'left'
      ? data.x - data.size - LABEL_GAP - context.measureText(data.label).width
      : data.x + data.size + LABEL_GAP;
  context.fillText(data.label, x, data.y + labelSize / 3);
};

interface Props {
  labelled: Store<ReadonlyMap<string, LabelSide>>;
  /** Changes when what is visible changes (filters, hidden nodes, a moving layout). */
  visibility: unknown;
}

export function LabelController({ labelled, visibility }: Props) {
  const sigma = useSigma<NodeAttributes, EdgeAttributes>();

  useEffect(() => {
    sigma.setSetting('labelRenderedSizeThreshold', Number.POSITIVE_INFINITY);
    sigma.setSetting('defaultDrawNodeLabel', drawSidedLabel);
    const settings = sigma.getSettings();
    const measure = textMeasurer(
      `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`,
      settings.labelSize,
    );
    let timer: ReturnType<typeof setTimeout> | undefined;

    const pick = () => {
      timer = undefined;
      const { width, height } = sigma.getDimensions();
      const candidates: LabelCandidate[] = [];
      sigma.getGraph().forEachNode((node) => {
        const data = sigma.getNodeDisplayData(node);
        if (!data || data.hidden || !data.label) return;
        const position = sigma.framedGraphToViewport(data);
        candidates.push({
          id: node,
          x: position.x,
          y: position.y,
          size: sigma.scaleSize(data.size),
          width: measure(data.label),
        });
      });
      const picked = pickLabels(candidates, { height: settings.labelSize, viewport: { width, height } });
      const previous = labelled.get();
      if (picked.size !== previous.size || [...picked].some(([id, side]) => previous.get(id) !== side)) {
        labelled.set(picked);
      }
    };
    const schedule = () => {
      timer ??= setTimeout(pick, THROTTLE_MS);
    };

    const camera = sigma.getCamera();
    const graph = sigma.getGraph();
    camera.on('updated', schedule);
    sigma.on('resize', schedule);
    const graphEvents = [
      'nodeAdded',
      'nodeDropped',
      'cleared',
      'eachNodeAttributesUpdated',
      'nodeAttributesUpdated',
    ] as const;
    for (const event of graphEvents) graph.on(event, schedule);
    // The reducers may just have changed (visibility): read the display data once sigma has processed them.
    schedule();
    return () => {
      clearTimeout(timer);
      camera.off('updated', schedule);
      sigma.off('resize', schedule);
      for (const event of graphEvents) graph.off(event, schedule);
    };
  }, [sigma, labelled, visibility]);

  return null;
}
