// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { isExcluded, proseFieldFromPath } from '../../../content/fields';

function make(html: string): Element {
  document.body.innerHTML = html;
  return document.body.firstElementChild!;
}

describe('which fields Maxim reads', () => {
  it('takes textareas and prose text inputs', () => {
    expect(isExcluded(make('<textarea></textarea>'))).toBe(false);
    expect(isExcluded(make('<input type="text" name="subject">'))).toBe(false);
    expect(isExcluded(make('<input name="subject">'))).toBe(false);
  });

  it.each([
    ['password', '<input type="password">'],
    ['search', '<input type="search">'],
    ['email address', '<input type="email">'],
    ['text input for a user name', '<input type="text" name="username">'],
    ['Grammarly opt-out', '<textarea data-gramm="false"></textarea>'],
    ['Grammarly opt-out (enable attribute)', '<textarea data-enable-grammarly="false"></textarea>'],
    ['code editor', '<div class="cm-content" contenteditable="true"></div>'],
  ])('skips a %s field', (_name, html) => {
    expect(isExcluded(make(html))).toBe(true);
  });

  it('finds the editing root of a contenteditable from an inner node', () => {
    const rootEl = make(
      '<div id="r" contenteditable="true"><p><b id="inner">x</b></p></div>',
    ) as HTMLElement;
    const inner = document.getElementById('inner')!;
    // happy-dom computes isContentEditable from the attribute chain like browsers do.
    expect(proseFieldFromPath([inner, inner.parentElement!, rootEl])).toBe(rootEl);
  });

  it('ignores read-only and disabled fields', () => {
    expect(proseFieldFromPath([make('<textarea readonly></textarea>')])).toBeNull();
    expect(proseFieldFromPath([make('<textarea disabled></textarea>')])).toBeNull();
  });
});
