/**
 * The highlighted node's label in a box of the theme's colours (sigma's own box is white, which hides a
 * light label on the dark theme).
 */
import type { NodeHoverDrawingFunction } from 'sigma/rendering';

export function themedHoverLabel(background: string, text: string): NodeHoverDrawingFunction {
  return (context, data, settings) => {
    const size = settings.labelSize;
    context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
    const label = typeof data.label === 'string' ? data.label : '';
    const padding = 3;
    const radius = Math.max(data.size, size / 2) + padding;
    const width = label ? context.measureText(label).width + 2 * padding + 4 : 0;
    const height = size + 2 * padding;

    context.fillStyle = background;
    context.shadowOffsetX = 0;
    context.shadowOffsetY = 1;
    context.shadowBlur = 6;
    context.shadowColor = 'rgba(0, 0, 0, 0.35)';
    context.beginPath();
    context.arc(data.x, data.y, radius, 0, Math.PI * 2);
    if (label) context.roundRect(data.x, data.y - height / 2, radius + width, height, 4);
    context.fill();
    context.shadowBlur = 0;
    context.shadowOffsetY = 0;

    if (label) {
      context.fillStyle = text;
      context.fillText(label, data.x + data.size + padding + 2, data.y + size / 3);
    }
  };
}
