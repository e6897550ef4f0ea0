/**
 * Renderless: the node and edge reducers. Filters and hidden nodes hide; nodes outside the year range fade
 * (the map as of those years; their edges too); hovering (or the selection) highlights a node and its
 * neighbours and dims the rest. While a layout moves a large graph, sigma
 * draws nothing: the motion preview (MotionController) shows the moving nodes on a 2D canvas.
 */
import { useSigma } from '@react-sigma/core';
import { useEffect, useState } from 'react';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { EdgeAttributes, NodeAttributes } from '../core/atlas/graph';
import type { LabelSide } from '../core/atlas/labels';
import { dimmed } from '../core/atlas/style';
import { inYears, isVisible, yearRange, type VisibilityRules } from '../core/atlas/visibility';
import { createStore, useStore, type Store } from '../core/store';
import { themeStore } from '../core/theme/store';

interface Props {
  rules: VisibilityRules;
  selected?: string;
  /** A layout is moving a large graph: the motion preview draws it, so the page stays responsive. */
  moving?: boolean;
  /** Nodes whose labels are drawn (the atlas picks them, `LabelController`); all of them when absent. */
  labelled?: Store<ReadonlyMap<string, LabelSide>>;
}

const NONE = createStore<ReadonlyMap<string, LabelSide>>(new Map());

export function HighlightController({ rules, selected, moving = false, labelled }: Props) {
  const sigma = useSigma<NodeAttributes, EdgeAttributes>();
  const theme = useStore(themeStore);
  const picked = useStore(labelled ?? NONE);
  const [hovered, setHovered] = useState<string>();

  const graph = sigma.getGraph();
  // Bumped when the graph's content changes, so the neighbourhood is read again.
  const [structure, setStructure] = useState(0);

  useEffect(() => {
    const enter = ({ node }: { node: string }) => setHovered(node);
    const leave = () => setHovered(undefined);
    const changed = () => setStructure((count) => count + 1);
    // A replaced graph has no hovered node any more (no leaveNode comes for it).
    const cleared = () => {
      setHovered(undefined);
      changed();
    };
    sigma.on('enterNode', enter);
    sigma.on('leaveNode', leave);
    graph.on('cleared', cleared);
    graph.on('edgeAdded', changed);
    graph.on('nodeDropped', changed);
    return () => {
      sigma.off('enterNode', enter);
      sigma.off('leaveNode', leave);
      graph.off('cleared', cleared);
      graph.off('edgeAdded', changed);
      graph.off('nodeDropped', changed);
    };
  }, [sigma, graph]);

  const focus = hovered ?? selected;

  useEffect(() => {
    const faded = dimmed(theme);
    const neighbours = focus && graph.hasNode(focus) ? new Set(graph.neighbors(focus)) : undefined;
    const range = yearRange(rules.filters);
    const outside = (node: string) => !inYears(graph.getNodeAttributes(node), range);
    // `faded` is read by the canvas inspector (InspectController), not by sigma.
    const fade = (attributes: NodeAttributes): Partial<NodeDisplayData> & { faded: true } => ({
      ...attributes,
      color: faded.node,
      label: '',
      forceLabel: false,
      zIndex: 0,
      faded: true,
    });
    // One call: every settings change makes sigma reprocess every node and edge.
    sigma.setSettings({
      nodeReducer: (node, stored): Partial<NodeDisplayData> => {
        if (moving || !isVisible(node, stored, rules)) return { ...stored, hidden: true };
        const side = picked.get(node);
        const attributes = side ? { ...stored, forceLabel: true, labelSide: side } : stored;
        if (range && node !== focus && node !== selected && !inYears(stored, range)) return fade(stored);
        if (!focus || !neighbours)
          return node === selected ? { ...attributes, highlighted: true, forceLabel: true } : attributes;
        if (node === focus) return { ...attributes, highlighted: true, forceLabel: true, zIndex: 2 };
        if (neighbours.has(node)) return { ...attributes, zIndex: 1 };
        return { ...attributes, color: faded.node, label: '', forceLabel: false, zIndex: 0 };
      },
      edgeReducer: (edge, attributes): Partial<EdgeDisplayData> => {
        if (moving) return { ...attributes, hidden: true };
        const [source, target] = graph.extremities(edge);
        if (range && (outside(source) || outside(target)))
          return { ...attributes, color: faded.edge, zIndex: 0 };
        if (!focus || !neighbours) return attributes;
        if (source === focus || target === focus) {
          return { ...attributes, color: theme === 'dark' ? '#8fa3c7' : '#7d8ba5', zIndex: 1 };
        }
        return { ...attributes, color: faded.edge, zIndex: 0 };
      },
    });
  }, [sigma, graph, rules, focus, selected, theme, moving, structure, picked]);

  return null;
}
