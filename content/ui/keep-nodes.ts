/**
 * Updating Maxim's own elements without taking a node out of the document. In Chromium, removing
 * any node from a document, even inside Maxim's closed shadow root, ends the typing step of the
 * focused textarea or contenteditable: the rep's next Ctrl+Z then takes back only what was typed
 * since Maxim last redrew, where without Maxim it takes the whole run of typing. So while a field
 * has focus Maxim changes text by `Text.data`, adds nodes and hides the ones it no longer needs;
 * nodes go only when the whole UI of a field goes (the field lost focus, typing has ended).
 */

/** Sets an element's text through its one text node (made once), never replacing the node. */
export function setText(element: HTMLElement, text: string): void {
  const first = element.firstChild;
  if (first && first === element.lastChild && first.nodeType === Node.TEXT_NODE) {
    if ((first as Text).data !== text) (first as Text).data = text;
  } else if (!first) {
    element.append(element.ownerDocument.createTextNode(text));
  } else element.textContent = text;
}

/**
 * The first `count` element children of `parent`, made by `create` where there are not yet as
 * many; those after them are hidden (`display: none`) and kept for a later use.
 */
export function reuseChildren(
  parent: HTMLElement,
  count: number,
  create: () => HTMLElement,
): HTMLElement[] {
  const children = Array.from(parent.children) as HTMLElement[];
  while (children.length < count) {
    const child = create();
    parent.append(child);
    children.push(child);
  }
  children.forEach((child, i) => {
    if (i < count) child.style.removeProperty('display');
    else child.style.setProperty('display', 'none');
  });
  return children.slice(0, count);
}
