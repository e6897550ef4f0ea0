/** Saving a text or a blob as a file the browser downloads. */
export function download(fileName: string, content: string | Blob, type = 'application/octet-stream'): void {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

/** A file name for the current view, e.g. `concept-atlas-cluster-4.gexf`. */
export function exportFileName(scopeLabel: string | undefined, extension: string): string {
  const slug = (scopeLabel ?? 'view')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40);
  return `concept-atlas-${slug || 'view'}.${extension}`;
}
