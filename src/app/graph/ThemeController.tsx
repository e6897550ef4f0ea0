/** Renderless: keeps sigma's label colours and hover box in step with the light/dark theme. */
import { useSigma } from '@react-sigma/core';
import { useEffect } from 'react';
import { EDGE_COLORS } from '../core/atlas/style';
import { useStore } from '../core/store';
import { themedHoverLabel } from './hover-label';
import { themeStore } from '../core/theme/store';

export function ThemeController() {
  const sigma = useSigma();
  const theme = useStore(themeStore);
  useEffect(() => {
    const [surface, text] = theme === 'dark' ? ['#232a36', '#e4e7ec'] : ['#ffffff', '#1f2430'];
    sigma.setSetting('labelColor', { color: theme === 'dark' ? '#d5dae3' : '#2a2f3a' });
    sigma.setSetting('defaultDrawNodeHover', themedHoverLabel(surface, text));
    sigma.setSetting('defaultEdgeColor', EDGE_COLORS[theme].atlas);
  }, [sigma, theme]);
  return null;
}
