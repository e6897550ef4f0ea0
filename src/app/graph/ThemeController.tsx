/** Renderless: keeps sigma's label colours in step with the light/dark theme. */
import { useSigma } from '@react-sigma/core';
import { useEffect } from 'react';
import { useStore } from '../core/store';
import { themeStore } from '../core/theme/store';

export function ThemeController() {
  const sigma = useSigma();
  const theme = useStore(themeStore);
  useEffect(() => {
    sigma.setSetting('labelColor', { color: theme === 'dark' ? '#d5dae3' : '#2a2f3a' });
    sigma.setSetting('defaultEdgeColor', theme === 'dark' ? '#3a4354' : '#cfd4dd');
  }, [sigma, theme]);
  return null;
}
