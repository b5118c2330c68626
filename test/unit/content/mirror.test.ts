// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { fillMirror, MIRRORED_PROPERTIES, mirrorStyle } from '../../../content/marks/mirror';

/** A computed style where every property has a distinct value, so copying is observable. */
function computedStyle(overrides: Record<string, string> = {}): CSSStyleDeclaration {
  const values: Record<string, string> = {
    'padding-top': '4px',
    'padding-right': '6px',
    'padding-bottom': '8px',
    'padding-left': '10px',
    'border-top-width': '1px',
    'border-right-width': '2px',
    'border-bottom-width': '3px',
    'border-left-width': '4px',
    ...overrides,
  };
  const get = (name: string) => values[name] ?? `value-of-${name}`;
  return {
    getPropertyValue: get,
    paddingTop: get('padding-top'),
    paddingRight: get('padding-right'),
    paddingBottom: get('padding-bottom'),
    borderLeftWidth: get('border-left-width'),
    borderRightWidth: get('border-right-width'),
    borderTopWidth: get('border-top-width'),
    borderBottomWidth: get('border-bottom-width'),
  } as unknown as CSSStyleDeclaration;
}

function sized<T extends HTMLElement>(
  el: T,
  size: { offsetWidth: number; offsetHeight: number; clientWidth: number; clientHeight: number },
): T {
  for (const [key, value] of Object.entries(size))
    Object.defineProperty(el, key, { value, configurable: true });
  return el;
}

describe('the textarea mirror', () => {
  it('copies every text-layout property', () => {
    const field = sized(document.createElement('textarea'), {
      offsetWidth: 306,
      offsetHeight: 104,
      clientWidth: 300,
      clientHeight: 100,
    });
    const style = mirrorStyle(field, computedStyle());
    for (const name of MIRRORED_PROPERTIES) {
      if (name.startsWith('padding') || name === 'box-sizing') continue;
      expect(style[name], name).toBe(computedStyle().getPropertyValue(name));
    }
    for (const name of [
      'font-family',
      'letter-spacing',
      'word-spacing',
      'line-height',
      'text-indent',
      'text-transform',
      'white-space',
      'word-break',
      'overflow-wrap',
      'tab-size',
      'direction',
      'writing-mode',
      'text-align',
    ]) {
      expect(MIRRORED_PROPERTIES).toContain(name);
    }
    expect(style['width']).toBe('306px');
    expect(style['height']).toBe('104px');
    expect(style['border-color']).toBe('transparent');
  });

  it('pads by the width of the field scrollbar, which the mirror does not have', () => {
    // Borders 4 + 2 = 6 px; a 15 px scrollbar makes clientWidth 15 px narrower.
    const field = sized(document.createElement('textarea'), {
      offsetWidth: 321,
      offsetHeight: 104,
      clientWidth: 300,
      clientHeight: 100,
    });
    const style = mirrorStyle(field, computedStyle());
    expect(style['padding-right']).toBe('21px');
    expect(style['padding-bottom']).toBe('8px');
  });

  it('keeps a single-line input on one line, centred in its content box', () => {
    const field = sized(document.createElement('input'), {
      offsetWidth: 200,
      offsetHeight: 36,
      clientWidth: 194,
      clientHeight: 32,
    });
    const style = mirrorStyle(field, computedStyle());
    expect(style['white-space']).toBe('pre');
    expect(style['line-height']).toBe('20px');
  });

  it('wraps the marked spans and keeps the rest of the text as it is', () => {
    const mirror = document.createElement('div');
    fillMirror(mirror, 'We are delayed by two weeks.\n', [
      { start: 7, end: 14, active: false },
      { start: 18, end: 27, active: true },
    ]);
    const marks = [...mirror.querySelectorAll('.mark')];
    expect(marks.map((m) => m.textContent)).toEqual(['delayed', 'two weeks']);
    expect(marks[1]!.classList.contains('mark--active')).toBe(true);
    expect(mirror.textContent).toBe('We are delayed by two weeks.\u200b');
  });

  it('leaves out the lines after the last mark but stays as tall as the field', () => {
    const mirror = document.createElement('div');
    fillMirror(
      mirror,
      'One delayed word here.\nMore text.\nAnd more.',
      [{ start: 4, end: 11, active: false }],
      400,
    );
    expect(mirror.textContent).toBe('One delayed word here.\u200b');
    expect((mirror.lastElementChild as HTMLElement).style.height).toBe('400px');
  });
});
