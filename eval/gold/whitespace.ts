/** Collapses runs of whitespace and maps character offsets from the original text to the collapsed one. */

export function collapseWhitespace(text: string): { text: string; map: (offset: number) => number } {
  const positions: number[] = [];
  let collapsed = '';
  let previousSpace = true;
  for (let index = 0; index < text.length; index += 1) {
    positions.push(collapsed.length);
    const char = text[index] as string;
    const space = /\s/.test(char);
    if (space && previousSpace) continue;
    collapsed += space ? ' ' : char;
    previousSpace = space;
  }
  positions.push(collapsed.length);
  const trimmed = collapsed.trimEnd();
  return { text: trimmed, map: (offset) => Math.min(positions[offset] ?? trimmed.length, trimmed.length) };
}
