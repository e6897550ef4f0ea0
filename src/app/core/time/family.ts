/** The family tree dialog: which method it shows and its lineage as loaded. */
import type { LineageResponse } from '../../../model/api';
import { api, type Api } from '../../api/client';
import { reportFailure } from '../health/actions';
import { createStore, type Loadable } from '../store';

export interface FamilyTreeState {
  key?: string;
  lineage: Loadable<LineageResponse>;
}

export const familyTreeStore = createStore<FamilyTreeState>({ lineage: { status: 'idle' } });

/** Opens the dialog on a method and loads its family tree (two steps around it). */
export async function openFamilyTree(key: string, client: Api = api): Promise<void> {
  familyTreeStore.set({ key, lineage: { status: 'loading' } });
  try {
    const lineage = await client.lineage(key, { depth: 2 });
    if (familyTreeStore.get().key === key)
      familyTreeStore.set({ key, lineage: { status: 'ready', data: lineage } });
  } catch (error) {
    reportFailure(error);
    if (familyTreeStore.get().key === key)
      familyTreeStore.set({ key, lineage: { status: 'error', error: error as Error } });
  }
}

export function closeFamilyTree(): void {
  familyTreeStore.set({ lineage: { status: 'idle' } });
}
