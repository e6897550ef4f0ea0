/** Light or dark: the person's last choice, else the system's preference; applied as `data-theme`. */
import { createStore } from '../store';

export type Theme = 'light' | 'dark';

const STORAGE_KEY = 'concept-atlas:theme';

function initialTheme(): Theme {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (saved === 'light' || saved === 'dark') return saved;
  } catch {
    // Storage can be unavailable (private mode); the system preference decides then.
  }
  return typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches
    ? 'dark'
    : 'light';
}

export const themeStore = createStore<Theme>(initialTheme());

export function applyTheme(theme: Theme): void {
  document.documentElement.dataset.theme = theme;
  try {
    localStorage.setItem(STORAGE_KEY, theme);
  } catch {
    // Not remembered; still applied.
  }
}

export function toggleTheme(): void {
  themeStore.set((theme) => (theme === 'dark' ? 'light' : 'dark'));
}
