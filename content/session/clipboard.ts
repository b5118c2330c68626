/**
 * Copying a phrasing: the async Clipboard API, falling back to a hidden textarea inside Maxim's
 * shadow root and execCommand('copy') where the API is refused (no focus, permissions policy).
 */

/** Copies text; resolves to whether it worked. `root` is Maxim's shadow root (for the fallback). */
export async function copyText(text: string, root: ShadowRoot): Promise<boolean> {
  try {
    const clipboard = root.ownerDocument.defaultView?.navigator.clipboard;
    if (clipboard?.writeText) {
      await clipboard.writeText(text);
      return true;
    }
  } catch {
    // Fall through to the legacy route.
  }
  return copyWithTextarea(text, root);
}

function copyWithTextarea(text: string, root: ShadowRoot): boolean {
  const doc = root.ownerDocument;
  const scratch = doc.createElement('textarea');
  scratch.value = text;
  scratch.setAttribute('readonly', '');
  scratch.setAttribute('aria-hidden', 'true');
  scratch.className = 'copy-scratch';
  root.append(scratch);
  try {
    scratch.select();
    return doc.execCommand('copy');
  } catch {
    return false;
  } finally {
    scratch.remove();
  }
}
