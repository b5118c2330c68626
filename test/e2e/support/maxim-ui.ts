/**
 * Reads and drives Maxim's UI in Chromium like a user: its shadow root is closed, so the page
 * cannot see inside. Chromium's DevTools protocol can (`DOM.getDocument` with `pierce: true` lists
 * closed shadow roots and same-process frames); coordinates come from `DOM.getBoxModel`, clicks
 * from the mouse, keys from the keyboard.
 */
import type { CDPSession, Page } from 'playwright-core';

/** A node of the DevTools DOM tree (the fields used here). */
interface CdpNode {
  nodeId: number;
  backendNodeId: number;
  nodeType: number;
  nodeName: string;
  localName?: string;
  nodeValue?: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
  contentDocument?: CdpNode;
}

/** One element of Maxim's UI, as the test sees it. */
export interface UiElement {
  backendNodeId: number;
  localName: string;
  attributes: Record<string, string>;
  /** The text of the element and its descendants. */
  text: string;
  node: CdpNode;
}

function attributesOf(node: CdpNode): Record<string, string> {
  const out: Record<string, string> = {};
  const list = node.attributes ?? [];
  for (let i = 0; i + 1 < list.length; i += 2) out[list[i] as string] = list[i + 1] as string;
  return out;
}

function textOf(node: CdpNode): string {
  if (node.nodeType === 3) return node.nodeValue ?? '';
  return (node.children ?? []).map(textOf).join('');
}

function* walk(node: CdpNode): Generator<CdpNode> {
  yield node;
  for (const child of node.children ?? []) yield* walk(child);
  for (const root of node.shadowRoots ?? []) yield* walk(root);
  if (node.contentDocument) yield* walk(node.contentDocument);
}

function toElement(node: CdpNode): UiElement {
  return {
    backendNodeId: node.backendNodeId,
    localName: node.localName ?? '',
    attributes: attributesOf(node),
    text: textOf(node),
    node,
  };
}

/** Maxim's UI on one page. */
export class MaximUi {
  private constructor(
    readonly page: Page,
    private readonly cdp: CDPSession,
    private readonly topDocumentOnly: boolean,
  ) {}

  /**
   * Attaches to a page through a CDP session. `topDocumentOnly` looks for Maxim's hosts in the top
   * document alone, without reading the whole tree: for pages whose DOM is huge.
   */
  static async on(page: Page, { topDocumentOnly = false } = {}): Promise<MaximUi> {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('DOM.enable');
    return new MaximUi(page, cdp, topDocumentOnly);
  }

  /** Every closed shadow root of a `maxim-ui` host, in all same-process frames. */
  async roots(): Promise<CdpNode[]> {
    if (this.topDocumentOnly) return this.topDocumentRoots();
    const { root } = (await this.cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as {
      root: CdpNode;
    };
    const roots: CdpNode[] = [];
    for (const node of walk(root)) {
      if (node.localName === 'maxim-ui') roots.push(...(node.shadowRoots ?? []));
    }
    return roots;
  }

  /** The shadow roots of the `maxim-ui` hosts of the top document, found by selector. */
  private async topDocumentRoots(): Promise<CdpNode[]> {
    const { root } = (await this.cdp.send('DOM.getDocument', { depth: 0 })) as { root: CdpNode };
    const { nodeIds } = (await this.cdp.send('DOM.querySelectorAll', {
      nodeId: root.nodeId,
      selector: 'maxim-ui',
    })) as { nodeIds: number[] };
    const roots: CdpNode[] = [];
    for (const nodeId of nodeIds) {
      const { node } = (await this.cdp.send('DOM.describeNode', {
        nodeId,
        depth: -1,
        pierce: true,
      })) as { node: CdpNode };
      roots.push(...(node.shadowRoots ?? []));
    }
    return roots;
  }

  /** Elements inside Maxim's shadow roots that match a predicate. */
  async query(match: (el: UiElement) => boolean): Promise<UiElement[]> {
    const found: UiElement[] = [];
    for (const root of await this.roots()) {
      for (const node of walk(root)) {
        if (node.nodeType !== 1) continue;
        const el = toElement(node);
        if (match(el)) found.push(el);
      }
    }
    return found;
  }

  /** Whether an element (or an ancestor inside the shadow root) is hidden by the `hidden` attribute. */
  private static visibleIn(root: CdpNode, target: CdpNode): boolean {
    const path: CdpNode[] = [];
    const find = (node: CdpNode): boolean => {
      path.push(node);
      if (node === target) return true;
      for (const child of node.children ?? []) if (find(child)) return true;
      path.pop();
      return false;
    };
    find(root);
    return path.every((node) => node.nodeType !== 1 || !('hidden' in attributesOf(node)));
  }

  /** The badge that is shown (not hidden), or null. */
  async badge(): Promise<UiElement | null> {
    for (const root of await this.roots()) {
      for (const node of walk(root)) {
        const el = toElement(node);
        if ('data-maxim-badge' in el.attributes && MaximUi.visibleIn(root, node)) return el;
      }
    }
    return null;
  }

  /** The badge's count (0 for "nothing to say"), or null when no badge is shown or nothing is known yet. */
  async badgeCount(): Promise<number | null> {
    const badge = await this.badge();
    const count = badge?.attributes['data-count'];
    return count === undefined || count === 'pending' ? null : Number(count);
  }

  /** The open card, or null. */
  async card(): Promise<UiElement | null> {
    const [card] = await this.query((el) => 'data-maxim-card' in el.attributes);
    return card ?? null;
  }

  /** Ids of the principles the card lists, in order. */
  async cardPrinciples(): Promise<string[]> {
    const items = await this.query(
      (el) => el.localName === 'li' && 'data-principle-id' in el.attributes,
    );
    return items.map((el) => el.attributes['data-principle-id'] as string);
  }

  /** Ids of the principles listed in one group of the card: the rep's own words, the message replied to, or what the draft already does. */
  async groupPrinciples(group: 'own' | 'reply' | 'done'): Promise<string[]> {
    const [section] = await this.query((el) => el.attributes['data-group'] === group);
    if (!section) return [];
    const ids: string[] = [];
    const walk = (node: { attributes?: string[]; children?: unknown[] }) => {
      const attributes = node.attributes ?? [];
      const at = attributes.indexOf('data-principle-id');
      if (at !== -1) ids.push(attributes[at + 1] as string);
      for (const child of (node.children ?? []) as (typeof node)[]) walk(child);
    };
    walk(section.node as never);
    return ids;
  }

  /** An element of one principle: its `data-action` button, or another hook (`[data-status]`, `[data-phrasing]`). */
  async inPrinciple(id: string, match: (el: UiElement) => boolean): Promise<UiElement | null> {
    const [item] = await this.query((el) => el.attributes['data-principle-id'] === id);
    if (!item) return null;
    for (const node of walk(item.node)) {
      if (node.nodeType === 1 && match(toElement(node))) return toElement(node);
    }
    return null;
  }

  /** A button of a principle by its `data-action`. */
  action(id: string, action: string): Promise<UiElement | null> {
    return this.inPrinciple(id, (el) => el.attributes['data-action'] === action);
  }

  /** Overlay marks drawn for textareas and inputs (their count). */
  async overlayMarks(): Promise<number> {
    const marks = await this.query((el) =>
      /\b(mark|rect-mark)\b/.test(el.attributes['class'] ?? ''),
    );
    return marks.length;
  }

  /** The centre of an element in page coordinates. */
  async centre(el: UiElement): Promise<{ x: number; y: number }> {
    const { model } = (await this.cdp.send('DOM.getBoxModel', {
      backendNodeId: el.backendNodeId,
    })) as { model: { border: number[] } };
    const q = model.border;
    const xs = [q[0], q[2], q[4], q[6]] as number[];
    const ys = [q[1], q[3], q[5], q[7]] as number[];
    return { x: xs.reduce((a, b) => a + b) / 4, y: ys.reduce((a, b) => a + b) / 4 };
  }

  /** Clicks an element with the mouse, at its centre (scrolled into view first, as a user would). */
  async click(el: UiElement): Promise<void> {
    await this.cdp
      .send('DOM.scrollIntoViewIfNeeded', { backendNodeId: el.backendNodeId })
      .catch(() => undefined);
    const { x, y } = await this.centre(el);
    await this.page.mouse.click(x, y);
  }

  /** The `data-action` (or `field:<label>`) of the element of Maxim's UI that has keyboard focus, or null (from the accessibility tree). */
  async focusedAction(): Promise<string | null> {
    const { nodes } = (await this.cdp.send('Accessibility.getFullAXTree')) as {
      nodes: {
        backendDOMNodeId?: number;
        properties?: { name: string; value: { value: unknown } }[];
      }[];
    };
    // The document itself is "focused" too: the focused element is the one inside Maxim's UI.
    const focused = new Set(
      nodes
        .filter((n) => n.properties?.some((p) => p.name === 'focused' && p.value.value === true))
        .map((n) => n.backendDOMNodeId),
    );
    const [el] = await this.query((e) => focused.has(e.backendNodeId));
    // A fill-in field of a phrasing reads as `field:<label>`.
    const field = el?.attributes['data-field'];
    return field !== undefined ? `field:${field}` : (el?.attributes['data-action'] ?? null);
  }

  async detach(): Promise<void> {
    await this.cdp.detach().catch(() => undefined);
  }
}
