/**
 * Keyboard movement in the search suggestions (a pure reducer): arrows move and wrap, Home/End jump,
 * Escape closes.
 */
export interface ListboxState {
  open: boolean;
  /** Index of the active option; -1: none. */
  active: number;
}

export type ListboxKey = 'ArrowDown' | 'ArrowUp' | 'Home' | 'End' | 'Escape';

/**
 * @example
 * moveActive({ open: true, active: 2 }, 'ArrowDown', 3); // { open: true, active: 0 }
 */
export function moveActive(state: ListboxState, key: ListboxKey, count: number): ListboxState {
  if (key === 'Escape') return { open: false, active: -1 };
  if (count === 0) return { open: state.open, active: -1 };
  switch (key) {
    case 'ArrowDown':
      return { open: true, active: state.open ? (state.active + 1) % count : 0 };
    case 'ArrowUp':
      return { open: true, active: state.open && state.active > 0 ? state.active - 1 : count - 1 };
    case 'Home':
      return { open: true, active: 0 };
    case 'End':
      return { open: true, active: count - 1 };
  }
}
