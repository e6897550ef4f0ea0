/** Renderless: the layout worker dies with the canvas (graphology's one-owner rule). */
import { useEffect } from 'react';
import type { LayoutOwner } from '../core/layout/owner';

export function LayoutController({ owner }: { owner: LayoutOwner }) {
  useEffect(() => () => owner.kill(), [owner]);
  return null;
}
