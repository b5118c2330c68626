// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { adapterFor, EDITOR_KINDS } from '../../../content/editors';

/** The element matching `selector` in freshly written markup. */
function mount(html: string, selector: string): HTMLElement {
  document.body.innerHTML = html;
  const el = document.querySelector<HTMLElement>(selector);
  if (!el) throw new Error(`no ${selector}`);
  return el;
}

/** The adapter kind the registry gives the element (the adapter is disposed again). */
function kindOf(el: HTMLElement): string | null {
  const adapter = adapterFor(el);
  adapter?.dispose();
  return adapter?.kind ?? null;
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('editor registry', () => {
  it('lists every kind once, the generic contenteditable last', () => {
    const kinds = EDITOR_KINDS.map((kind) => kind.kind);
    expect(new Set(kinds).size).toBe(kinds.length);
    expect(kinds.at(-1)).toBe('contenteditable');
    expect(kinds).toEqual(
      expect.arrayContaining([
        'textarea',
        'ckeditor5',
        'tinymce',
        'quill',
        'prosemirror',
        'lexical',
        'draftjs',
      ]),
    );
  });

  it.each([
    ['textarea', '<textarea id="f"></textarea>', 'textarea'],
    ['text input', '<input id="f" type="text" name="subject">', 'textarea'],
    ['input without a type', '<input id="f" name="subject">', 'textarea'],
    [
      'contenteditable',
      '<div id="f" contenteditable="true"><div>Hi</div></div>',
      'contenteditable',
    ],
    [
      'CKEditor 5',
      '<div id="f" class="ck ck-content ck-editor__editable ck-editor__editable_inline" contenteditable="true"><p>Hi</p></div>',
      'ckeditor5',
    ],
    [
      'TinyMCE body',
      '<div id="f" class="mce-content-body" data-id="editor" contenteditable="true"><p>Hi</p></div>',
      'tinymce',
    ],
    [
      'Quill',
      '<div class="ql-container"><div id="f" class="ql-editor" contenteditable="true"><p>Hi</p></div></div>',
      'quill',
    ],
    [
      'ProseMirror',
      '<div id="f" class="tiptap ProseMirror" contenteditable="true"><p>Hi</p></div>',
      'prosemirror',
    ],
    [
      'Lexical',
      '<div id="f" contenteditable="true" data-lexical-editor="true"><p>Hi</p></div>',
      'lexical',
    ],
    [
      'Draft.js',
      '<div class="DraftEditor-root"><div class="public-DraftEditor-content" id="f" contenteditable="true"><div data-contents="true"></div></div></div>',
      'draftjs',
    ],
  ])('recognises a %s field', (_name, html, kind) => {
    expect(kindOf(mount(html, '#f'))).toBe(kind);
  });

  it.each([
    ['password', '<input id="f" type="password">'],
    ['search', '<input id="f" type="search">'],
    ['email address', '<input id="f" type="email">'],
    ['text input for a user name', '<input id="f" type="text" name="username">'],
    ['opted-out field', '<textarea id="f" data-gramm="false"></textarea>'],
    [
      'Grammarly opt-out',
      '<div id="f" contenteditable="true" data-enable-grammarly="false"></div>',
    ],
    [
      'code editor',
      '<div class="cm-editor"><div id="f" class="cm-content" contenteditable="true"></div></div>',
    ],
    ['read-only textarea', '<textarea id="f" readonly></textarea>'],
    ['disabled input', '<input id="f" type="text" disabled>'],
    ['element that is not editable', '<div id="f">text</div>'],
  ])('gives no adapter for a %s', (_name, html) => {
    expect(adapterFor(mount(html, '#f'))).toBeNull();
  });

  it('gives textarea adapters no ranges (the overlay measures instead) and reads the value', () => {
    const adapter = adapterFor(mount('<textarea id="f">Hi\u00a0Anna</textarea>', '#f'));
    expect(adapter?.read()).toBe('Hi Anna');
    expect(adapter?.rangesFor([{ start: 0, end: 2 }])).toEqual([]);
  });

  it('gives no ranges once the text changed after the last read, until it is read again', async () => {
    const el = mount('<div id="f" contenteditable="true"><p>We refund it.</p></div>', '#f');
    const adapter = adapterFor(el);
    if (!adapter) throw new Error('no adapter');
    expect(adapter.read()).toBe('We refund it.');
    expect(adapter.rangesFor([{ start: 3, end: 9 }]).map(String)).toEqual(['refund']);
    el.firstElementChild!.textContent = 'We will refund it.';
    expect(adapter.rangesFor([{ start: 3, end: 9 }])).toEqual([]);
    // Also after the observer has delivered its records.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(adapter.rangesFor([{ start: 3, end: 9 }])).toEqual([]);
    adapter.read();
    expect(adapter.rangesFor([{ start: 3, end: 7 }]).map(String)).toEqual(['will']);
    adapter.dispose();
  });
});
