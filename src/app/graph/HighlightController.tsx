/**
 * Renderless: the node and edge reducers. Filters and hidden nodes hide; nodes outside the year range fade
 * (the map as of those years; their edges too); hovering (or the selection) highlights a node and its
 * neighbours and dims the rest. While a layout moves a large graph, sigma
 * draws nothing: the motion preview (MotionController) shows the moving nodes on a 2D canvas.
 */
import { useSigma } from '@react-sigma/core';
import { useEffect, useRef } from 'react';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { EdgeAttributes, NodeAttributes } from '../core/atlas/graph';
import type { LabelSide } from '../core/atlas/labels';
import { dimmed } from '../core/atlas/style';
import { inYears, isVisible, yearRange, type VisibilityRules } from '../core/atlas/visibility';
import { createStore, useStore, type Store } from '../core/store';
import { themeStore, type Theme } from '../core/theme/store';

interface Props {
  rules: VisibilityRules;
  selected?: string;
  /** A layout is moving a large graph: the motion preview draws it, so the page stays responsive. */
  moving?: boolean;
  /** Nodes whose labels are drawn (the atlas picks them, `LabelController`); all of them when absent. */
  labelled?: Store<ReadonlyMap<string, LabelSide>>;
}

const NONE = createStore<ReadonlyMap<string, LabelSide>>(new Map());

/** What the reducers read. Kept outside React's state: a change refreshes sigma, it never replaces the reducers. */
interface Highlight {
  rules: VisibilityRules;
  selected?: string;
  moving: boolean;
  picked: ReadonlyMap<string, LabelSide>;
  theme: Theme;
  hovered?: string;
  /** The hovered node, else the selected one. */
  focus?: string;
  /** The focus's neighbours, when the focus is in the graph. */
  neighbours?: ReadonlySet<string>;
  /** The theme's colours of what is not highlighted. */
  faded?: { node: string; edge: string };
  /** The year range of the filters: what lies outside fades (the map as of those years). */
  range?: ReturnType<typeof yearRange>;
}

export function HighlightController({ rules, selected, moving = false, labelled }: Props) {
  const sigma = useSigma<NodeAttributes, EdgeAttributes>();
  const theme = useStore(themeStore);
  const picked = useStore(labelled ?? NONE);
  const graph = sigma.getGraph();
  const state = useRef<Highlight>({ rules, selected, moving, picked, theme });
  // Set by the effect below: reads the neighbourhood again and redraws, once however many changes came at once.
  const refresh = useRef<() => void>(() => undefined);

  useEffect(() => {
    let pending = false;
    let live = true;
    const recompute = () => {
      const current = state.current;
      const focus = current.hovered ?? current.selected;
      current.focus = focus;
      current.faded = dimmed(current.theme);
      current.neighbours = focus && graph.hasNode(focus) ? new Set(graph.neighbors(focus)) : undefined;
      current.range = yearRange(current.rules.filters);
    };
    const outside = (node: string, range: Highlight['range']) =>
      range !== undefined && !inYears(graph.getNodeAttributes(node), range);
    // `faded` is read by the canvas inspector (InspectController), not by sigma.
    const fade = (
      attributes: NodeAttributes,
      color?: string,
    ): Partial<NodeDisplayData> & { faded: true } => ({
      ...attributes,
      color,
      label: '',
      forceLabel: false,
      zIndex: 0,
      faded: true,
    });
    const redraw = () => {
      pending = false;
      if (!live) return;
      recompute();
      sigma.refresh({ skipIndexation: true });
    };
    const soon = () => {
      if (pending) return;
      pending = true;
      queueMicrotask(redraw);
    };
    recompute();
    refresh.current = soon;
    // Set once: every settings change makes sigma reprocess every node and edge, and a hover must not.
    sigma.setSettings({
      nodeReducer: (node, stored): Partial<NodeDisplayData> => {
        const { moving, rules, picked, focus, neighbours, selected, faded, range } = state.current;
        if (moving || !isVisible(node, stored, rules)) return { ...stored, hidden: true };
        const side = picked.get(node);
        const attributes = side ? { ...stored, forceLabel: true, labelSide: side } : stored;
        if (range && node !== focus && node !== selected && !inYears(stored, range))
          return fade(stored, faded?.node);
        if (!focus || !neighbours)
          return node === selected ? { ...attributes, highlighted: true, forceLabel: true } : attributes;
        if (node === focus) return { ...attributes, highlighted: true, forceLabel: true, zIndex: 2 };
        if (neighbours.has(node)) return { ...attributes, zIndex: 1 };
        return { ...attributes, color: faded?.node, label: '', forceLabel: false, zIndex: 0 };
      },
      edgeReducer: (edge, attributes): Partial<EdgeDisplayData> => {
        const { moving, focus, neighbours, theme, faded, range } = state.current;
        if (moving) return { ...attributes, hidden: true };
        const [source, target] = graph.extremities(edge);
        if (outside(source, range) || outside(target, range))
          return { ...attributes, color: faded?.edge, zIndex: 0 };
        if (!focus || !neighbours) return attributes;
        if (source === focus || target === focus) {
          return { ...attributes, color: theme === 'dark' ? '#8fa3c7' : '#7d8ba5', zIndex: 1 };
        }
        return { ...attributes, color: faded?.edge, zIndex: 0 };
      },
    });

    const enter = ({ node }: { node: string }) => {
      state.current.hovered = node;
      soon();
    };
    // A replaced graph has no hovered node any more (no leaveNode comes for it).
    const leave = () => {
      state.current.hovered = undefined;
      soon();
    };
    sigma.on('enterNode', enter);
    sigma.on('leaveNode', leave);
    graph.on('cleared', leave);
    graph.on('edgeAdded', soon);
    graph.on('nodeDropped', soon);
    return () => {
      live = false;
      refresh.current = () => undefined;
      sigma.off('enterNode', enter);
      sigma.off('leaveNode', leave);
      graph.off('cleared', leave);
      graph.off('edgeAdded', soon);
      graph.off('nodeDropped', soon);
    };
  }, [sigma, graph]);

  useEffect(() => {
    Object.assign(state.current, { rules, selected, moving, picked, theme });
    refresh.current();
  }, [rules, selected, moving, picked, theme]);

  return null;
}
