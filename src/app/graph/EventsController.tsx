/**
 * Renderless: clicks become navigation. A cluster drills down; any other node opens its details; a
 * double click expands the node's neighbours in place; a click on empty space closes the details.
 */
import { useRegisterEvents } from '@react-sigma/core';
import { useEffect } from 'react';
import { clusterIdOf } from '../../model/keys';

export interface GraphIntents {
  openCluster?(clusterId: string): void;
  select(nodeId: string | undefined): void;
  expand?(nodeId: string): void;
}

export function EventsController({ intents }: { intents: GraphIntents }) {
  const registerEvents = useRegisterEvents();
  useEffect(() => {
    registerEvents({
      clickNode: ({ node }) => {
        const cluster = clusterIdOf(node);
        if (cluster !== undefined && intents.openCluster) intents.openCluster(cluster);
        else intents.select(node);
      },
      doubleClickNode: ({ node, preventSigmaDefault }) => {
        if (!intents.expand || clusterIdOf(node) !== undefined) return;
        preventSigmaDefault();
        intents.expand(node);
      },
      clickStage: () => intents.select(undefined),
      enterNode: ({ event }) => {
        const target = event.original.target;
        if (target instanceof HTMLElement) target.style.cursor = 'pointer';
      },
      leaveNode: ({ event }) => {
        const target = event.original.target;
        if (target instanceof HTMLElement) target.style.cursor = '';
      },
    });
  }, [registerEvents, intents]);
  return null;
}
