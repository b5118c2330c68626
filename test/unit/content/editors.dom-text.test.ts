// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { readDomText, textOffsetOf } from '../../../content/editors/dom-text';
import { pointForOffset, rangeForSpan } from '../../../content/editors/text-ranges';

/** A contenteditable root with the given inner HTML (white space kept as typed, as editors set it). */
function field(html: string, whiteSpace = 'pre-wrap'): HTMLElement {
  const el = document.createElement('div');
  el.setAttribute('contenteditable', 'true');
  el.style.whiteSpace = whiteSpace;
  el.innerHTML = html;
  document.body.append(el);
  return el;
}

/** The text of every span's range, as the highlight would cover it. */
function rangeTexts(el: HTMLElement, spans: { start: number; end: number }[]): (string | null)[] {
  const text = readDomText(el);
  return spans.map((span) => rangeForSpan(text, span, document)?.toString() ?? null);
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('readDomText', () => {
  it('separates blocks with one newline and keeps an empty block as an empty line', () => {
    expect(readDomText(field('<div>Hallo,</div><div><br></div><div>danke.</div>')).text).toBe(
      'Hallo,\n\ndanke.',
    );
    expect(readDomText(field('<p>one</p><p>two</p>')).text).toBe('one\ntwo');
    expect(readDomText(field('<div><br></div><div>after an empty first line</div>')).text).toBe(
      '\nafter an empty first line',
    );
  });

  it('reads <br> inside a block as a newline but a trailing one as nothing', () => {
    expect(readDomText(field('<p>a<br>b</p><p>c<br></p>')).text).toBe('a\nb\nc');
    // ProseMirror's trailing break and Lexical's empty paragraph.
    expect(
      readDomText(field('<p>x<br class="ProseMirror-trailingBreak"></p><p><br></p>')).text,
    ).toBe('x\n');
  });

  it('reads inline formatting as running text and nested blocks as lines', () => {
    expect(
      readDomText(
        field('<p>very <strong>good</strong> <em>news</em></p><ul><li>one</li><li>two</li></ul>'),
      ).text,
    ).toBe('very good news\none\ntwo');
  });

  it('leaves out editor fillers, non-editable widgets and skipped internals', () => {
    const el = field(
      '<p>ab\u2060\u2060cd\ufeff</p><p>x<span contenteditable="false">@mention widget</span>y</p><div class="ui">toolbar</div><p>end\u200b</p>',
    );
    expect(readDomText(el, { skip: '.ui' }).text).toBe('abcd\nxy\nend');
  });

  it('reads NBSP as a space', () => {
    expect(readDomText(field('<div>two&nbsp; spaces&nbsp;</div>')).text).toBe('two  spaces ');
  });

  it('drops source formatting between tags in a field that collapses white space', () => {
    expect(readDomText(field('\n  <div>one</div>\n  <div>two\nlines</div>\n', 'normal')).text).toBe(
      'one\ntwo lines',
    );
    // Rich editors keep white space as typed: a newline in a text node is a line the rep sees.
    expect(readDomText(field('<div>two\nlines</div>')).text).toBe('two\nlines');
  });

  it('reads an empty field as an empty string', () => {
    expect(readDomText(field('')).text).toBe('');
    expect(readDomText(field('<p><br></p>')).text).toBe('');
  });
});

describe('rangeForSpan', () => {
  it('covers exactly the span, across formatting and filler characters', () => {
    const el = field('<p>Hi <b>An</b>na,</p><p>we\u2060 refund it</p>');
    expect(readDomText(el).text).toBe('Hi Anna,\nwe refund it');
    expect(
      rangeTexts(el, [
        { start: 3, end: 7 },
        { start: 9, end: 21 },
        { start: 12, end: 18 },
      ]),
    ).toEqual(['Anna', 'we\u2060 refund it', 'refund']);
  });

  it('starts a span on a newline at the next line and ends one there at the line before', () => {
    const el = field('<p>one</p><p>two</p>');
    expect(
      rangeTexts(el, [
        { start: 3, end: 7 },
        { start: 1, end: 4 },
      ]),
    ).toEqual(['two', 'ne']);
  });

  it('gives no range for empty, newline-only or out-of-range spans', () => {
    const el = field('<p>one</p><p><br></p><p>two</p>');
    expect(
      rangeTexts(el, [
        { start: 2, end: 2 },
        { start: 3, end: 5 },
        { start: 6, end: 99 },
        { start: -1, end: 2 },
      ]),
    ).toEqual([null, null, null, null]);
  });
});

describe('textOffsetOf and pointForOffset', () => {
  it('maps DOM points in text nodes, between blocks and at the end to text offsets', () => {
    const el = field('<p>one</p><p><br></p><p>t<b>w</b>o</p>');
    const [first, empty, last] = Array.from(el.children);
    expect(textOffsetOf(el, { node: first!.firstChild!, offset: 2 })).toBe(2);
    expect(textOffsetOf(el, { node: empty!, offset: 0 })).toBe(4);
    expect(textOffsetOf(el, { node: last!.querySelector('b')!.firstChild!, offset: 1 })).toBe(7);
    expect(textOffsetOf(el, { node: el, offset: 1 })).toBe(4);
    // The end of the field is the end of its last line.
    expect(textOffsetOf(el, { node: el, offset: 3 })).toBe(8);
    expect(textOffsetOf(el, { node: document.body, offset: 0 })).toBeNull();
  });

  it('maps points inside filler characters to the text next to them', () => {
    const el = field('<p>ab\u2060\u2060cd</p>');
    const text = el.firstChild!.firstChild!;
    expect(textOffsetOf(el, { node: text, offset: 3 })).toBe(2);
    expect(textOffsetOf(el, { node: text, offset: 5 })).toBe(3);
  });

  it('finds the DOM point of an offset, a line start on a newline', () => {
    const el = field('<p>one</p><p>two</p>');
    const text = readDomText(el);
    const second = el.children[1]!.firstChild!;
    expect(pointForOffset(text, 5)).toEqual({ node: second, offset: 1 });
    expect(pointForOffset(text, 3)).toEqual({ node: el.firstChild!.firstChild!, offset: 3 });
    expect(pointForOffset(text, 7)).toEqual({ node: second, offset: 3 });
  });

  it('round-trips every offset of a mixed field', () => {
    const el = field('<p>Hi <i>there</i>,</p><p>a<br>b</p><p>end</p>');
    const text = readDomText(el);
    for (let offset = 0; offset <= text.text.length; offset += 1) {
      if (text.text[offset - 1] === '\n') continue; // a line start maps to the next line's first point
      const point = pointForOffset(text, offset);
      expect(point && textOffsetOf(el, point)).toBe(offset);
    }
  });
});
