/**
 * The family tree dialog: which method it shows and its lineage as loaded. The open tree is part of the
 * view (`tree` in the URL): a link reopens it, Back closes it.
 */
import type { LineageResponse } from '../../../model/api';
import { api, type Api } from '../../api/client';
import { reportFailure } from '../health/actions';
import { createStore, type Loadable } from '../store';
import { navigate } from '../view/actions';
import type { ViewState } from '../view/state';

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

/** Opens a method's family tree as a place of its own in the history. */
export function showFamilyTree(key: string, client: Api = api): void {
  navigate((view) => ({ ...view, tree: key }));
  if (familyTreeStore.get().key !== key) void openFamilyTree(key, client);
}

/** Closes the family tree and takes it out of the view. */
export function hideFamilyTree(options: { replace?: boolean } = {}): void {
  navigate((view) => {
    if (view.tree === undefined) return view;
    const rest = { ...view };
    delete rest.tree;
    return rest;
  }, options);
  closeFamilyTree();
}

/** Follows the view: opens the tree it names (a link, Forward), closes one it no longer names (Back). */
export function syncFamilyTree(view: ViewState, client: Api = api): void {
  const open = familyTreeStore.get().key;
  if (view.tree !== undefined && view.tree !== open) void openFamilyTree(view.tree, client);
  else if (view.tree === undefined && open !== undefined) closeFamilyTree();
}
