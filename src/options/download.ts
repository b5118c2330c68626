/** Saves text as a file download, entirely in the page: a Blob, an object URL and `<a download>`. */

/** A file name safe on every system: `maxim-pack-my-team-1.2.0.json`. */
export function safeFileName(name: string): string {
  return name.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'maxim.json';
}

/** Offers JSON text as a file download; nothing leaves the machine. */
export function downloadText(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = safeFileName(fileName);
  link.hidden = true;
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    // Firefox may still be reading the blob right after click(); revoke a little later.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}
