/** Sigma settings shared by the atlas and the console's result graph (labels kept apart by sigma's grid). */
import type { Settings } from 'sigma/settings';

export const SIGMA_SETTINGS: Partial<Settings> = {
  // A canvas inside a hidden or collapsed panel waits for a size instead of throwing.
  allowInvalidContainer: true,
  renderEdgeLabels: false,
  stagePadding: 60,
  labelFont: 'Inter, "Segoe UI", system-ui, sans-serif',
  labelSize: 12,
  labelWeight: '500',
  labelDensity: 0.09,
  labelGridCellSize: 80,
  labelRenderedSizeThreshold: 4,
  zIndex: true,
  minCameraRatio: 0.02,
  maxCameraRatio: 12,
  defaultEdgeType: 'line',
  enableEdgeEvents: false,
  itemSizesReference: 'screen',
  zoomToSizeRatioFunction: (ratio: number) => Math.sqrt(ratio),
};
